import type { TriggerCondition } from "./lexicon.ts";
import type { ActorKind, Count } from "./schema.ts";

/**
 * The event coder's word classes, as data in one place (the trigger lexicon itself is lexicon.ts;
 * the word lists its conditions check are at the end of this file).
 * Every rule that asks "is this a verb of saying?" or "is this a preposition of place?" reads it here.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

// ---------------------------------------------------------------- words of the trigger lexicon's conditions and of the argument rules

/** Words that make a sentence about armed forces. */
export const MILITARY_WORDS = words(`
  soldier troop troops force forces military army contingent peacekeeper battalion brigade
  serviceman servicemen unit marine warship tank police officer reinforcement reinforcements
  navy naval frigate destroyer cruiser corvette submarine missile`);

export const AID_WORDS = words(`
  aid material arms equipment grant loan loans food medicine supplies assistance relief water
  tents vaccine vaccines fuel blankets`);

export const PHONE_WORDS = words(`
  phone telephone video videoconference`);

export const LABEL_WORDS = words(`
  terrorist terrorists terrorism criminal criminals bandit bandits traitor traitors illegal
  aggression provocation coup extremist extremists genocide murderer murderers`);

export const PEOPLE_OBJECT_WORDS = words(`
  prisoner prisoners hostage hostages detainee detainees captive captives journalist activist
  activists`);

/** Words after a march or gathering that give its protest purpose ("marched … to demand", "rallied against"). */
export const PROTEST_PURPOSE = words(`
  against demand demanding protest denounce denouncing oppose opposing calling call`);

export const PROTEST_PARTICIPANTS = words(`
  protester protesters demonstrator demonstrators crowd crowds rioter rioters marcher marchers
  supporter supporters worker workers student students striker strikers unions unionists`);

export const STRIKE_WORDS = words(`
  workers union unions general hunger labour labor nationwide went go`);

export const GUNFIRE_WORDS = words(`
  exchange exchanges open opened heavy gunfire live returned`);

export const AIR_WORDS = words(`
  air drone missile rocket airstrike`);

export const BUILDING_WORDS = words(`
  building buildings car cars shop shops office offices house houses home homes vehicle vehicles
  church mosque hall`);

/** Arms and munitions by name: what is seized, found or destroyed in a weapons haul. */
export const WEAPON_NOUNS = words(`
  weapons arms ammunition explosives explosive bomb bombs ied ieds mines grenades rockets cache
  caches stash depot rifles guns pistols device devices`);

/** Word lists for the conditions of the rules above, each named for what it checks. */
export const CONDITION_WORDS: Partial<Record<TriggerCondition, ReadonlySet<string>>> = {
  official: words(`
    president minister official officials delegation leader king emir envoy secretary chancellor
    premier diplomats foreign`),
  ties: words(`
    ties relations links embassy`),
  restriction: words(`
    curfew restrictions restriction ban bans sanctions measures blockade controls lockdown embargo
    limits siege suspension suspensions warning warnings deadline moratorium freeze veto
    emergency quarantine closure tariffs quotas`),
  expertise: words(`
    expertise intelligence information evidence technology know-how data experience`),
  joint: words(`
    joint war military naval combined`),
  property: words(`
    weapons equipment property land territory bodies remains prisoners hostages detainees
    helicopter aircraft assets`),
  office: words(`
    office post job position government cabinet`),
  agree: words(`
    agree agreement deal accord consensus compromise`),
  talks: words(`
    talks negotiations elections election meeting summit vote poll`),
  "not-festive": words(`
    campaign election electoral biker bikers motorcycle car annual pep victory fundraising
    stock stocks market markets music`),
  guest: words(`
    talks negotiations meeting meetings summit conference delegation delegations visit visitors
    leaders leader president counterpart minister ministers officials envoy envoys king prince
    premier chancellor forum round`),
  conflict: words(`
    retaliate attack fight respond avenge destroy kill crush punish strike not never`),
  envoy: words(`
    ambassador envoy diplomats diplomat embassy`),
  mediation: words(`
    mediation talks negotiations cooperation aid assistance`),
  border: words(`
    border borders airspace crossing crossings embassy schools ports airport frontier`),
  state: words(`
    state`),
  territory: words(`
    town city village villages territory stronghold base area region positions district hill
    airport province capital border`),
  armed: words(`
    group groups brigade brigades unit units battalion troops forces rebels militants army fighters
    soldiers guerrillas police militia militias insurgents gunmen`),
  // "formed a militia", "troops were formed", "set up a brigade": a body made to fight, not any
  // group ("a workers' group formed").
  "armed-body": words(`
    militia militias brigade brigades battalion battalions army armies squad squads guerrilla
    guerrillas self-defence self-defense self vigilante vigilantes paramilitary paramilitaries
    unit units troops forces force soldiers fighters rebels militants insurgents police`),
  fired: words(`
    fire fired launched hit struck attack attacks landed`),
  "attack-word": words(`
    strike strikes attack attacks raid raids`),
  // Arms named as such, plus words that say a weapon is meant ("chemical attack", "nerve agent").
  weapon: new Set([
    ...WEAPON_NOUNS,
    ...words(`
    projectiles weapon attack gas agent agents`),
  ]),
  bomb: words(`
    bomber bombers bombing bombings attack blast car vest`),
  base: words(`
    barracks observation base bases post posts outpost outposts headquarters checkpoint checkpoints
    camp position positions point points`),
  explosive: words(`
    bomb bombs device devices mine mines landmine landmines shell shells rocket rockets grenade
    grenades ied ieds explosive explosives car vehicle truck package parcel missile missiles mortar
    mortars vest suicide blast ordnance drone`),
  // A violated truce is an attack (the ASSAULT rule's "truce" condition), not a rejection.
  commitment: words(`
    agreement agreements accord accords deal treaty treaties resolution resolutions sanctions embargo
    commitment commitments pledge obligations sovereignty airspace border borders territory waters
    protocol ban bans decree decrees order orders curfew restrictions`),
  "explode-word": words(`
    exploded explosion blast hit struck stepped detonated went`),
  personnel: words(`
    inspectors observers monitors ambassador ambassadors envoy diplomats staff workers peacekeepers
    peacekeeping mission personnel aid support recognition`),
  truce: words(`
    ceasefire cease-fire truce armistice`),
  // "supported the Presidential Inauguration", "Future Technology Week is supported by …": help
  // with an occasion or its sponsors, no political backing; nor "life support".
  "not-occasion": words(`
    life inauguration ball festival conference conferences exhibition expo fair week tournament
    championship championships game games event events ceremony gala marathon concert show race`),
  // "to impose its will", "imposing their values": a will or a view pressed on others, no restriction.
  // ("the sentence imposed on McMahon", "fines imposed": a penalty, the court's sanction, no restriction.)
  "not-will": words(`
    will views view values ideology ideas culture agenda vision beliefs sentence sentences fine fines
    penalty penalties fee fees levy levies surcharge`),
  // What thrown makes an attack: "threw a grenade", "a petrol bomb was hurled", "pelted with stones".
  thrown: words(`
    grenade grenades bomb bombs firebomb firebombs petrol molotov cocktail cocktails stone stones
    rock rocks brick bricks acid explosive explosives device devices`),
  munition: words(`
    shells shell rockets rocket missiles missile shots bullets mortars mortar rounds bombs at on
    into grenades`),
  // Anyone who can be released: the held people above, and people named by role or group.
  captives: new Set([
    ...PEOPLE_OBJECT_WORDS,
    ...words(`
    fishermen nationals citizens people civilians students leaders leader opposition men women
    children suspects crew sailors passengers tourists workers dissidents protesters soldiers crew
    sailors minister members
    tanker tankers ship ships vessel vessels freighter freighters trawler trawlers yacht`),
  ]),
  // Objects that make a trigger verb mean something else; the "not-" conditions require their absence.
  // "executed a search warrant", "the execution of the plan": carrying out, not killing.
  "not-document": words(`
    resolution resolutions plan plans bid bids bond bonds budget budgets contract contracts
    ordinance ordinances rezoning permit permits application applications minutes amendment
    amendments bill bills law laws measure measures proposal proposals legislation funding
    purchase expenditure lease agreement agreements treaty treaties deal deals`),
  "not-plan": words(`
    warrant warrants order orders plan plans strategy search searches policy policies contract
    contracts deal deals trade trades transaction transactions program programme programs
    programmes project projects task tasks duties mission swap transfer agreement command commands
    instructions will budget script code query manoeuvre maneuver move moves turn`),
  // "abusing his office", "abuse of power": misconduct in office, not a beating.
  "not-office": words(`
    office power powers authority position trust privilege privileges discretion system process
    drug drugs alcohol substance substances`),
  // "withdrew its IPO filing", "withdrew $500 from the account": a firm's or a customer's act on a
  // document, an offer or money, no retreat of forces from ground or from a commitment.
  "not-filing": words(`
    filing filings application applications ipo offering listing prospectus lawsuit lawsuits suit
    complaint complaints registration product products recall money cash funds deposit deposits
    savings $ dollars euros pounds case cases charge charges`),
  // "to grant Elian citizenship", "granted an interview", "granted bail": a status or leave, no aid.
  "not-status": words(`
    citizenship permission interview interviews audience license licence licenses licences approval
    extension waiver immunity status leave degree degrees award tenure patent bail parole custody
    divorce visa visas passport residency wish wishes request`),
  // "shot a documentary", "the footage was shot in Jordan": filming.
  "not-film": words(`
    film films movie movies video videos footage documentary documentaries episode
    episodes commercial commercials pictures photo photos photographs music-video pilot`),
  // "denied the request", "denied him entry", "was denied bail": what a party refuses to grant.
  granted: words(`
    request requests permission access entry visa visas bail parole application applications appeal
    appeals petition petitions motion motions asylum passage landing aid rights right service services
    allocation license licence permit permits demand demands proposal proposals offer offers clearance
    admission membership recognition extradition transit call calls plan plans ultimatum invitation
    suggestion suggestions vaccine vaccines care treatment medicine medicines medication food water`),
  // "agreed with the judge's decision", "agree with his assessment": an opinion shared, an endorsement.
  opinion: words(`
    decision decisions ruling rulings verdict view views assessment assessments position conclusion
    conclusions finding findings analysis comment comments remark remarks statement statements
    sentiment sentiments approach stance argument arguments criticism idea ideas move choice call`),
  // "while visiting a former neighbour", "visited his mother in hospital": a private call.
  "not-private": words(`
    neighbor neighbors neighbour neighbours friend friends relative relatives mother father parents
    grandmother grandfather grandparents grandson granddaughter sister sisters brother brothers son
    daughter cousin cousins aunt uncle nephew niece girlfriend boyfriend fiancee fiance wife
    husband in-laws daughter-in-law son-in-law`),
  // "the second video captured the beating", "captured on camera", "images captured by a drone".
  "not-recording": words(`
    video videos camera cameras footage photo photos photograph photographs photographer
    photographers image images recording recordings film lens surveillance cctv dashcam bodycam`),
  // "to hijack their browser", "hijacked the account": a computer taken over (a cyber act, told by other words).
  "not-computer": words(`
    browser browsers computer computers pc pcs account accounts website websites site sites server
    servers device devices network networks phone phones session sessions`),
  // "sanctioning the murders of six mobsters": approving an act, no sanction on a party.
  "not-approval": words(`
    murder murders killing killings hit hits attack attacks use killing assassination assassinations`),
  // "to destroy documents", "destroyed evidence": records done away with, no attack.
  "not-records": words(`
    document documents records record files file evidence papers emails e-mails tapes data notes
    ballots diaries`),
  // "signed an order allowing the transfer", "signed the bill into law", "signed a three-year
  // contract": a text of one's own office or a business paper, no formal agreement with a party.
  // "signed a deal with the EU": an agreement signed is the agreement's event (these nouns are
  // AGREE triggers), no act of support besides it.
  // "signed a proclamation", "signed a petition", "signed the motion": a document put into force or
  // endorsed, no support given to a party.
  "not-decree": words(`
    order orders decree decrees bill bills law laws legislation ordinance ordinances warrant
    warrants contract contracts extension copies loan loans lease leases mortgage deal deals
    agreement agreements accord accords pact pacts act acts proclamation proclamations declaration
    declarations memorandum petition petitions statement statements letter letters motion motions
    resolution resolutions budget budgets waiver waivers affidavit form forms`),
  // "reopen the investigation", "reopened the case": a proceeding resumed, not a border or embassy.
  "not-proceedings": words(`
    investigation investigations probe inquiry case cases file files hearing trial`),
  // "took over Ukrainian policy", "took over as chairman": a role or a firm, not ground.
  "not-role": words(`
    policy role job post position company business firm management leadership portfolio duties
    responsibility responsibilities presidency chairmanship helm reins account shift stake team
    brand operations as baton keys motion motions document documents letter letters petition
    petitions report reports`),
  // "a news conference", "a press conference": a statement to reporters, not a meeting of parties.
  "not-press": words(`news press media`),
  "not-tour": words(`his her my`),
  "not-sport": words(`stance stances range ranges gallery galleries star stars guard guards club clubs
    competition competitions sport sports lesson lessons practice percentage sleeve script schedule`),
  // "settlements threaten the viability of a two-state solution", "a threat to the stability of the
  // region": what is endangered, not a party warned of an act.
  "not-risk": words(`
    viability stability future existence survival life lives livelihood livelihoods health safety
    peace integrity credibility economy recovery growth job jobs environment progress solution
    prospect prospects hope hopes legitimacy unity democracy freedom freedoms independence
    sovereignty wellbeing well-being balance order supply supplies`),
};

// ---------------------------------------------------------------- verbs of saying

/**
 * Every verb of saying (and of believing) the coder knows, each with the roles it plays. One list,
 * so that a verb added for one rule is seen by the others that should see it:
 * - attributes: the event in its complement is attributed to its subject ("the Kremlin said …");
 * - opens-clause: after it a new clause begins, so a noun after it is not its object ("said the protest …");
 * - demands: "X <verb> that Y must V" is a demand by X on Y;
 * - antecedent: a pronoun in the reported clause usually refers to its subject ("X said it will …").
 */
type SpeechRole = "attributes" | "opens-clause" | "demands" | "antecedent";

const SPEECH: Record<string, readonly SpeechRole[]> = {
  say: ["attributes", "opens-clause", "demands", "antecedent"],
  tell: ["attributes", "opens-clause", "demands", "antecedent"],
  report: ["attributes", "opens-clause", "antecedent"],
  announce: ["attributes", "demands", "antecedent"],
  state: ["attributes", "demands", "antecedent"],
  claim: ["attributes", "opens-clause", "antecedent"],
  add: ["attributes", "opens-clause", "demands", "antecedent"],
  confirm: ["attributes", "antecedent"],
  declare: ["attributes", "demands", "antecedent"],
  write: ["attributes", "opens-clause", "demands"],
  tweet: ["attributes"],
  note: ["attributes", "opens-clause"],
  insist: ["attributes", "opens-clause", "demands", "antecedent"],
  assert: ["attributes"],
  allege: ["attributes"],
  explain: ["attributes", "opens-clause"],
  believe: ["opens-clause"],
  think: ["opens-clause"],
  reiterate: ["demands"],
  warn: ["demands"],
  stress: ["demands"],
};

function speechVerbs(role: SpeechRole): ReadonlySet<string> {
  return new Set(Object.keys(SPEECH).filter((verb) => SPEECH[verb].includes(role)));
}

/**
 * Verbs whose object may be a clause without "that" ("a brief arguing the agency cannot …",
 * "saying police had attacked"): every verb of saying and a few of thinking and showing.
 */
export const CLAUSE_COMPLEMENT_VERBS: ReadonlySet<string> = new Set([
  ...Object.keys(SPEECH),
  ...words("argue suggest fear hope know show indicate maintain contend acknowledge admit deny"),
]);
/** Verbs that report what someone said: the event in their complement is attributed to the speaker. */
export const ATTRIBUTING_VERBS = speechVerbs("attributes");
/** Verbs after which a new clause begins: "announced a ceasefire" is an act, "said the protest …" is not. */
export const CLAUSE_OPENING_VERBS = speechVerbs("opens-clause");
/** Verbs that report a demand when followed by "Y must …". */
export const DEMAND_VERBS = speechVerbs("demands");
/** Verbs of saying whose subject a pronoun in the reported clause usually refers to. */
export const ANTECEDENT_VERBS = speechVerbs("antecedent");
/** Verbs that deny the event in their complement. */
export const DENIAL_VERBS = words("deny dismiss refute reject");

// ---------------------------------------------------------------- modality and intention

/** Modals of obligation: "Y must return", "Y should drop". */
export const OBLIGATION_CUES = words("must should");
/** Words before a verb that state an actor's intention ("will visit", "is ready to send", "vowed to retaliate"). */
export const INTENT_CUES = words(`
  will would shall 'll going plans plan planned intends intend intended ready willing prepared
  offered offers vowed promised pledged threatened threatens decided`);
/** "is prepared to lift", "is committed to opening": adjectives of intention that look like passives. */
export const INTENT_PARTICIPLES = words(
  "prepared committed determined resolved obliged supposed inclined pledged",
);
/** Words that make a stated intention conditional, the mark of a threat ("unless", "otherwise"). */
export const CONDITIONAL_CUES = words("unless otherwise");
/** Modals that, in a sentence with "if"/"unless", make a warning ("may halt mediation if …"). */
export const CONDITIONAL_MODALS = words("may might could");
/** Modals of what a party will do, the content of a threat ("warned that it would strike"). */
export const WILL_MODALS = words("will would 'll shall could");
/** Pronouns that open a clause as its subject ("warned they will cease control"). */
export const SUBJECT_PRONOUNS = words("we they he she i");

// ---------------------------------------------------------------- clause structure

/** Prepositions after which an actor phrase is a place or an adjunct, not a subject. */
export const NON_SUBJECT_PREPOSITIONS = words(`
  in at near off to from into across of for with on against over under through toward towards around
  outside inside via along past between among during after before since within without by about
  regarding concerning amid despite upon behind beyond beside unlike like than`);
/** Prepositions that name the party an act is aimed at ("aid to Mozambique", "talks with Iran"). */
export const RECIPIENT_PREPOSITIONS = words("to with against on for toward towards");
/** One withdraws from a party. */
export const RECIPIENT_PREPOSITIONS_FROM = new Set([...RECIPIENT_PREPOSITIONS, "from"]);
/** "suspended aid deliveries in Baghdad", "imposed a curfew in Cizre", "strengthened its forces in Lebanon". */
export const RECIPIENT_PREPOSITIONS_WHERE = new Set([
  ...RECIPIENT_PREPOSITIONS,
  "from",
  "in",
  "into",
  "between",
  "by",
]);
/** "rejected an offer from Kabul", "dismissed calls by the rulers", "complained over Israeli raids". */
export const RECIPIENT_PREPOSITIONS_VERBAL = new Set([...RECIPIENT_PREPOSITIONS, "from", "by", "over"]);
/** One visits in a country, or mediates between parties. */
export const RECIPIENT_PREPOSITIONS_VISIT = new Set([...RECIPIENT_PREPOSITIONS, "in", "between"]);
export const NO_PREPOSITIONS: ReadonlySet<string> = new Set();
/** Prepositions of place ("lifted a curfew in Montenegro", "its invasion of South Lebanon"). */
export const LOCATIVE_PREPOSITIONS = words("in at of into inside");
/** Prepositions that introduce the other party ("met with X", "protested against X"). */
export const OBJECT_PREPOSITIONS = words("with against on");
/** A preposition right before a date dates the event itself ("after demonstrations on January 2"). */
export const ON_PREPOSITIONS = words("on in at");
/** Words after a protest that introduce what it is against ("to demand", "in protest against", "calling for"). */
export const PROTEST_TARGET_CUES = words(
  "against demand demanding protest over calling removal resignation reinstated independence from",
);
export const PASSIVE_AUX = words("was were been be is are being get got");
/** Past participles that do not end in -ed, -en or -wn: "was shot dead", "were hit", "was held hostage". */
export const IRREGULAR_PARTICIPLES = words(`
  shot hit struck held caught led sent cut shut put set fought brought built sought kept told
  left lost found bought paid sold spent hurt burnt dealt heard laid lit made read rid run slain
  spread stuck swept taught thought upheld withheld won bound bled fed fled got hung shed slit
  split sworn torn overrun beat`);
export const POSSESSIVE_PRONOUNS = words("its their his her our");
/**
 * Participles of change that describe a noun rather than govern it: "growing threats", "mounting
 * attacks", "escalating violence" are no verb with an event as its object.
 */
export const ADJECTIVAL_PARTICIPLES = words(`
  growing mounting increasing rising continuing escalating worsening intensifying deepening
  spreading widening recurring lingering looming ongoing sporadic renewed repeated`);
/** Verbs followed by a bare infinitive ("help defend", "let them leave"). */
export const BARE_INFINITIVE_AFTER = words("help let make");
/**
 * Verbs after which "to V" happened: "continued to shell", "began to withdraw", "managed to
 * escape", "went on to win". After any other word an infinitive is an aim, a demand's content, a
 * plan or an ability ("sent troops to quell", "called on them to withdraw", "eager to withdraw").
 */
export const IMPLICATIVE_BEFORE_TO = words(`
  continue continued continues continuing begin began begun begins beginning start started starts
  starting resume resumed resumes manage managed manages proceed proceeded proceeds went go goes
  going keep kept came come comes moved`);
/**
 * Verbs of beginning and going on (lemmas), which pass the status of their infinitive to the act they
 * take: "for US troops to begin leaving" is an aim as "for US troops to leave" is.
 */
/**
 * Verbs that take an object and a participle, "see the officers punished", "have the unit
 * disbanded": after a want ("want to see …", NONFACTUAL_GOVERNORS) the participle's act is wished for.
 */
export const RESULT_CLAUSE_VERBS = words("see have get");
export const ASPECTUAL_VERBS = words("begin start continue resume keep stop cease");
/**
 * Lemmas whose infinitive complement is wanted, needed, allowed or expected, not done: "want Congress
 * to investigate", "requiring employees to sign", "get Ukraine to investigate", "for Damascus to
 * allow", "was due to be released". Verbs and nouns of trying are not among them: PLOVER and ACLED
 * code an attempt as the act ("tried to hack", "attempted to assassinate").
 */
export const NONFACTUAL_GOVERNORS = words(`
  want wish hope need require allow permit enable get expect aim design entrust authorize
  authorise mandate empower prefer like love train prepare equip teach
  desire chance opportunity right power ability capacity way proposal bill due supposed
  agreement deal accord pact deadline timetable envisage envision foresee stipulate
  permission licence license plot conspire conspiracy scheme intent intention intentions
  crime offence offense felony misdemeanor misdemeanour advise encourage working`);
/**
 * Verbs of pressing a party into an act ("tried to scare Arab leaders into supporting him"): when the
 * pressure is only tried or wanted, the "into V-ing" is what it aims at.
 */
export const PERSUASION_VERBS = words(`
  scare frighten pressure pressurise pressurize coax cajole bully trick lure talk push prod goad
  shame intimidate browbeat manipulate tempt entice persuade`);
/** Verbs of persuading or forcing, implicative when told as done ("persuaded him to surrender", "forced him to resign"), an aim after "to" ("tried to force him to resign"). */
export const PERSUADING_VERBS = words("persuade convince coax force compel pressure");
/** "to help end the fighting", "to help to stop": the act the help is for follows. */
export const HELPING_VERBS = words("help assist");
/** Words before a verb that make it bare whatever the lemmatiser says ("must lay", "did not lay"). */
export const BARE_VERB_BEFORE = words(
  "will would should must can could may might shall to not n't did do does",
);
/** Nouns whose possessor does the act of the infinitive after them: "the judge's decision to sentence him". */
export const DECISION_NOUNS = words(
  "decision decisions move plan order vote bid attempt effort refusal promise pledge threat",
);
/**
 * Words before a verb that make it something other than a present simple: "to meet", "will meet",
 * "did meet", "have met", "is meeting".
 */
export const NOT_PRESENT_SIMPLE_BEFORE = words(`
  to will would shall should can could may might must did do does has have had was were is are am be
  been being 's 'll 'd not n't never`);
/** Verbs whose past is their present ("cut", "hit", "set"): their tense cannot be read from the word. */
export const SAME_FORM_PAST = words(`
  put set cut hit let shut quit spread cast burst hurt bet bid broadcast cost rid split thrust upset
  read beat`);
/**
 * Verbs whose object is the subject of the infinitive after it ("urged Kyiv to investigate",
 * "forced residents to flee", "trained rebels to fight"). After any other verb, "to V" following
 * an object is a purpose, done by the verb's own subject ("police fired tear gas to disperse the crowd").
 */
export const OBJECT_CONTROL_VERBS = words(`
  ask urge tell order force compel oblige allow permit enable help want need expect require
  persuade convince encourage invite train prepare equip arm teach instruct direct authorize
  authorise empower call press pressure push lead cause get request beg advise warn challenge
  dare drive prompt inspire motivate recruit mobilize mobilise hire pay send deploy appoint elect
  choose select leave trust exhort implore entreat`);
/**
 * Verbs of seeking, awaiting, fearing or averting an outcome, beyond NONFACTUAL_GOVERNORS:
 * "pursuing an agreement" is no agreement, "efforts to arrange a meeting" and "pending meetings with
 * Blair" no meeting, "feared an attack" and "averted a strike" no attack or strike, and "convicted
 * of inciting a riot" no riot by the convict (an attempted act, "tried to hack", is the act).
 */
/**
 * Nouns of an undertaking whose "to V" is its aim: "in an attempt to shut down operations", "in a bid
 * to seize the airport", "a rescue mission to free the hostages", "efforts to reach a deal"; and of
 * a filing or a bill whose "to V" is what it asks ("filed a motion to prohibit cameras", "a bill to
 * ban the party", "a lawsuit to block the merger"). The
 * undertaking is told; whether its aim came about is not. Not "operation" or "offensive", which are
 * fighting whatever they aim at; the verb "attempted to storm" tells an attempt made, and is left.
 */
export const PURPOSE_NOUNS = words(
  `attempt attempts bid bids effort efforts mission missions quest drive campaign campaigns push
  motion motions proposal proposals bill bills measure measures amendment amendments petition
  petitions lawsuit lawsuits suit appeal appeals`,
);
export const SOUGHT_OR_AVERTED = words(
  "seek pursue demand fear avert prevent avoid forestall foil thwart arrange propose pending incite block stall push urge",
);
/**
 * Verbs whose "for" names what is wanted: "calling for a withdrawal", "pressed for talks", "hoping
 * for a ceasefire", "lobbying for sanctions"; and the writs that allow it: "a warrant for his
 * arrest", "an order for the arrest of" (an arrest authorised, not made).
 */
export const WANTING_FOR = words(
  "call ask appeal plead press push hope wait lobby campaign clamour clamor beg pray agitate petition warrant",
);
/**
 * Words that keep an event away: "to protect Kurds from attack", "shielded them from arrest", "safe
 * from persecution", "are prohibited from killing one another", "refrained from attacking". The event after "from" is what is averted, not what happened.
 */
export const PROTECTION_WORDS = words(
  "protect shield defend save guard spare secure safeguard insulate safe immune protection prohibit forbid bar ban deter discourage dissuade refrain abstain prevent stop block keep hinder",
);
/**
 * Nouns whose "to", "for" or "against" with a gerund names an act that is opposed or proposed, not
 * done: "the opposition to lifting the ban", "plans for withdrawing troops", "a campaign against
 * deporting migrants".
 */
export const PROPOSED_OR_OPPOSED = words(`
  opposition objection resistance plan plans proposal proposals call calls bid campaign push
  demand demands idea talk talks case argument pressure`);
/** Verbs that make "a protest" a complaint to a party ("lodged a formal protest with Tokyo"), not a demonstration. */
export const PROTEST_LODGING_VERBS = words(
  "lodge file register deliver send make issue voice express hand submit convey hear receive",
);
/** Of those, the verbs whose subject is the one protested to ("summoned to hear a sharp protest"). */
export const PROTEST_HEARING_VERBS = words("hear receive");
/** Verbs whose object is a topic: "discussed investigations", "debated a ceasefire", "citing Taliban violence". */
export const TOPIC_VERBS = words(
  "discuss debate consider review mention raise cite study examine weigh oppose renounce commemorate mark remember recall honour honor liken compare",
);
/**
 * URL path segments of the sections where a paper comments rather than reports: an opinion column
 * or an editorial argues about events and imagines others ("he should be impeached", "Democrats
 * could have shown"); what it reports in passing was reported as news elsewhere. Not "blog": news
 * sites file live coverage and news briefs under blogs ("/blogs/blog-briefing-room/news/").
 */
export const COMMENTARY_SECTION =
  /\/(?:opinions?|columns?|columnists?|commentary|comment|editorials?|op-?eds?)(?:\/|$)/i;
/**
 * The same sections as the page names them in its own markup (Open Graph `article:section`,
 * JSON-LD `articleSection`: "Opinion", "Comment", "Editorials", "Letters", "Advice"), whatever its
 * URL says (a paper's opinion section may live at "/commentisfree/"), and the schema.org types of
 * opinion, review and satire.
 */
export const COMMENTARY_SECTION_NAME =
  /^(?:opinions?|columns?|columnists?|commentary|comment|editorials?|op-?eds?|letters(?: to the editor)?|advice|reviews?)(?:\s*[-:|/].*)?$/i;
export const COMMENTARY_GENRE =
  /\b(?:OpinionNewsArticle|ReviewNewsArticle|Review|CriticReview|SatiricalArticle)\b/;
/**
 * Sections of a paper whose pages tell of companies, artists and players, not of politics: by URL
 * path (/business/, /entertainment/, /sport/) and as the page names its section in its markup
 * ("Business", "Economy & Business", "Arts", "Science & Health").
 */
const NONPOLITICAL_SECTIONS =
  "business|money|markets|investing|finance|tech|technology|entertainment|arts|culture|music|celebrity|lifestyle|style|sports?|science|health|travel|food";
export const NONPOLITICAL_SECTION = new RegExp(`/(?:${NONPOLITICAL_SECTIONS}|real-?estate)(?:/|$)`, "i");
/** The same sections as words of a compound section name in a URL ("/Acme-business-news/", "/sci-tech/"). */
export const NONPOLITICAL_SECTION_WORD = new RegExp(`^(?:${NONPOLITICAL_SECTIONS}|sci)$`, "i");
export const NONPOLITICAL_SECTION_NAME =
  /\b(?:business|economy|money|markets?|finance|tech(?:nology)?|entertainment|arts?|culture|music|celebrit(?:y|ies)|lifestyle|style|sports?|science|health|travel|food|real estate|ipos?|fundraising)\b/i;
/**
 * Common nouns for things, sectors and states of mind, which an argument phrase may end in but no
 * party is ("access to China's financial services industry", "for fear of retribution", "U.S. aid").
 */
export const NON_PARTY_NOUNS = words(`
  fear fears retribution reprisal reprisals industry sector sectors market markets economy trade
  aid policy policies plan plans law laws rule rules measure measures will album albums song songs
  film films movie movies book books report reports statement statements data figure figures
  money cash fund funds funding budget program programme system process option options issue
  issues matter question concern concerns interest interests right rights freedom freedoms
  access record records document documents video videos footage debate debates vote votes session
  sessions resolution resolutions decision decisions choice choices stance approach remarks comments
  tweet tweets speech speeches effort efforts`);
/**
 * "riots across the country", "a nationwide strike", "the general strike": a sentence that spreads
 * its event over the whole country is placed in the country, not in the town the story named before.
 */
export const NATIONWIDE =
  /\b(?:nationwide|countrywide|(?:across|throughout|around|all over)\s+(?:the\s+)?(?:country|nation)|(?:national|general)\s+strikes?)\b/i;
/** "in 21 cities", "in more than 100 towns", "in dozens of provinces": a count spread over a country's places. */
export const MANY_PLACES =
  /\b(?:in|across)\s+(?:more than\s+|at least\s+|over\s+|some\s+|about\s+|nearly\s+|almost\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|scores of|hundreds of|several|many)\s+(?:other\s+|different\s+)?(?:cities|towns|provinces|regions|states|districts|villages|counties)\b/i;

/** Nouns of a state of affairs that statements are about ("stability in Europe", "the situation in Syria"). */
export const SITUATION_NOUNS = words(`
  crisis situation stability instability peace security war conflict violence unrest tension
  tensions fighting developments democracy chaos turmoil`);
/** Acts of a court case, by the lemma of their trigger: they happen where the court sits. */
export const COURT_ACTS = words(`
  charge indict indictment sue lawsuit convict conviction sentence acquit acquittal plead plea
  arraign arraignment prosecute prosecution trial hearing testify`);
/** Parties to a court case: what they allege or ask for, they say in court or in its filings. */
export const COURT_PARTIES = words(`
  prosecutor prosecutors judge judges jury jurors court attorney attorneys lawyer lawyers
  magistrate counsel`);

/**
 * Seats of government by the names news uses for them, with the capital they stand in and its
 * country ("a meeting in the Oval Office" happened in Washington).
 */
/**
 * Where international bodies sit and speak from ("the Arab League condemned", "NATO said"): the
 * city and its country. Not a party's country: the body belongs to none.
 */
export const INTERNATIONAL_SEATS: ReadonlyMap<string, readonly [string, string]> = new Map([
  ["arab league", ["Cairo", "EGY"]],
  ["african union", ["Addis Ababa", "ETH"]],
  ["european commission", ["Brussels", "BEL"]],
  ["european council", ["Brussels", "BEL"]],
  ["nato", ["Brussels", "BEL"]],
  ["un security council", ["New York City", "USA"]],
  ["u.n. security council", ["New York City", "USA"]],
  ["united nations security council", ["New York City", "USA"]],
  ["security council", ["New York City", "USA"]],
  ["un general assembly", ["New York City", "USA"]],
  ["u.n. general assembly", ["New York City", "USA"]],
  ["general assembly", ["New York City", "USA"]],
  ["asean", ["Jakarta", "IDN"]],
  ["opec", ["Vienna", "AUT"]],
  ["iaea", ["Vienna", "AUT"]],
  ["international atomic energy agency", ["Vienna", "AUT"]],
  ["international criminal court", ["The Hague", "NLD"]],
  ["world health organization", ["Geneva", "CHE"]],
  ["un human rights council", ["Geneva", "CHE"]],
  ["u.n. human rights council", ["Geneva", "CHE"]],
  ["gulf cooperation council", ["Riyadh", "SAU"]],
  ["organization of american states", ["Washington", "USA"]],
]);

export const SEATS_OF_GOVERNMENT: ReadonlyMap<string, readonly [string, string]> = new Map([
  ["oval office", ["Washington", "USA"]],
  ["white house", ["Washington", "USA"]],
  ["pentagon", ["Washington", "USA"]],
  ["capitol hill", ["Washington", "USA"]],
  ["capitol", ["Washington", "USA"]],
  ["kremlin", ["Moscow", "RUS"]],
  ["downing street", ["London", "GBR"]],
  ["elysee palace", ["Paris", "FRA"]],
  ["élysée palace", ["Paris", "FRA"]],
  ["elysee", ["Paris", "FRA"]],
  ["élysée", ["Paris", "FRA"]],
  ["great hall of the people", ["Beijing", "CHN"]],
  ["zhongnanhai", ["Beijing", "CHN"]],
  ["blue house", ["Seoul", "KOR"]],
  ["knesset", ["Jerusalem", "ISR"]],
  ["bundestag", ["Berlin", "DEU"]],
  ["chancellery in berlin", ["Berlin", "DEU"]],
  ["quirinale", ["Rome", "ITA"]],
  ["palazzo chigi", ["Rome", "ITA"]],
  ["moncloa", ["Madrid", "ESP"]],
  ["kantei", ["Tokyo", "JPN"]],
  ["rashtrapati bhavan", ["New Delhi", "IND"]],
  ["aso rock", ["Abuja", "NGA"]],
  ["union buildings", ["Pretoria", "ZAF"]],
  ["casa rosada", ["Buenos Aires", "ARG"]],
  ["planalto", ["Brasilia", "BRA"]],
  ["los pinos", ["Mexico City", "MEX"]],
  ["akorda", ["Astana", "KAZ"]],
]);
/**
 * National institutions news names without their country ("White House Press Secretary Stephanie
 * Grisham", "a State Department spokesman", "the Kremlin said"): the seats of government and the
 * bodies whose name belongs to one state only.
 */
export const NATIONAL_INSTITUTIONS: ReadonlyMap<string, string> = new Map([
  ...[...SEATS_OF_GOVERNMENT].map(([name, [, country]]) => [name, country] as const),
  ["state department", "USA"],
  ["justice department", "USA"],
  ["fbi", "USA"],
  ["cia", "USA"],
  ["scotland yard", "GBR"],
  ["whitehall", "GBR"],
  ["duma", "RUS"],
  ["bundeswehr", "DEU"],
  ["mossad", "ISR"],
]);
/** Actor kinds that political event data codes wherever they appear. */
export const POLITICAL_ACTOR_KINDS: ReadonlySet<ActorKind> = new Set<ActorKind>([
  "state",
  "government",
  "military",
  "police",
  "party",
  "rebels",
  "protesters",
  "rioters",
  "igo",
]);
/** Offices that make a named person a political actor ("Trade Representative Robert Lighthizer"). */
export const POLITICAL_TITLES = words(`
  president minister premier chancellor senator congressman congresswoman lawmaker lawmakers
  legislator mp governor mayor ambassador envoy diplomat secretary representative king queen emir
  sultan prince general commander prosecutor prosecutors attorney judge court regulator regulators
  administration government official officials authorities`);
/** Words after "ask" that make it a question ("asked about", "asked whether"). */
export const QUESTION_WORDS = words("about whether if how what why when who where which");
/**
 * A source's wish not to be named, after "requested", "asked", "demanded": "requested anonymity",
 * "asked not to be identified", "requested that his name not be used". The words of the wish, and
 * the participles after "not (to) be".
 */
export const ANONYMITY_WORDS = words("anonymity anonymous");
export const UNNAMED_PARTICIPLES = words("named identified quoted used published cited disclosed revealed");
/** Words that open a clause after a verb ("recognize that", "demonstrates how"). */
export const CLAUSE_OPENERS = words("that how what why whether");
/**
 * Nouns an event noun may modify to name a thing, a place or a kind of people rather than an event:
 * "detention center", "aid workers", "arrest warrant", "attack helicopter", "protest site"; and
 * legal framing, which alleges an act rather than reporting it: "a rape allegation", "murder
 * charges", "a terror suspect".
 */
export const NOUNS_AFTER_EVENT_MODIFIER = words(`
  center centre centers centres facility facilities camp camps site sites cell cells ward wards
  worker workers agency agencies group groups organisation organisations organization organizations
  convoy convoys warrant warrants helicopter helicopters aircraft jet jets drone drones dog dogs
  period periods policy policies programme programmes program programs law laws leader leaders
  organiser organisers organizer organizers
  allegation allegations accusation accusations charge charges claim claims case cases trial trials
  bargain bargains deal deals
  suspect suspects money funds funding project projects technology stance
  requirement requirements rule rules regulation regulations provision provisions clause clauses
  plan plans offer offers request requests application applications office offices desk hotline`);
/**
 * Gear an "-ing" word names with the noun after it ("detonating cord", "a firing pin", "the shooting
 * range"): no act told, whatever the tagger reads the "-ing" word as.
 */
export const GEAR_AFTER_ING = words(`
  cord cords range ranges pin pins device devices mechanism mechanisms cap caps wire wires gallery`);
/** Relative pronouns that open a clause telling its act as fact ("the men who attacked the mosque"). */
export const RELATIVE_WH = words("who which whom whose");
/** Nouns of a charge or an allegation, whose content is an act alleged ("charges of attacking an officer"). */
export const CHARGE_NOUNS = words(`
  charge charges count counts accusation accusations allegation allegations indictment indictments`);
/** Event nouns whose possessor is who it was done to ("Assange's arrest"), unlike "the army's attack". */
export const PATIENT_NOUNS = words(`
  arrest detention abduction kidnapping killing murder assassination execution release deportation
  extradition conviction sentencing imprisonment jailing expulsion disappearance torture`);
/** Attacks that news names by their place or occasion: "the Kenya embassy bombing", "the Olympic bombing". */
export const NAMED_ATTACK_NOUNS = words(
  "bombing bombings blast blasts explosion explosions massacre massacres shooting shootings attack attacks assault stabbing stabbings killing killings murder murders rampage",
);
/**
 * Nouns of proceedings whose bare name modifier is who or what is looked into: "the Bin Laden
 * investigation", "the Slepian murder inquiry" (with a possessive the name leads it: "the FBI's investigation").
 */
export const PROCEEDING_NOUNS = words(
  "investigation investigations inquiry inquiries probe probes trial case hearing",
);
/**
 * Nouns whose "of" names an event that may come, not one that came: "the possibility of a ground
 * assault", "the prospect of war", "the risk of attack".
 */
export const POSSIBILITY_NOUNS = words(
  "possibility possibilities prospect prospects risk risks danger dangers likelihood chance chances spectre specter threat threats option options",
);
/** Words that end or mark a company's name ("Big Machine Records", "Acme Corp."); case matters. */
export const COMPANY_SUFFIXES = new Set(
  `Inc Corp Co Ltd LLC Plc PLC plc AG SA NV GmbH Holdings Productions Records Airline Airlines Airways
  Technologies Motors Pharmaceuticals Entertainment Studios Industries Enterprises Brands Labs`.split(/\s+/),
);
/** Head nouns of phrases that name a company ("the company", "the carrier", "the label"). */
export const COMPANY_HEADS = words(`
  company firm carrier label retailer manufacturer airline startup start-up corporation conglomerate
  automaker carmaker chipmaker insurer lender brand`);
/** What one attacks with words: "attacked the government's policies", "attacked his record". */
export const VERBAL_ATTACK_OBJECTS = words(`
  policy policies plan plans bill bills record remarks comments decision decisions proposal
  proposals views statement statements speech stance leadership handling
  rhetoric budget reforms agenda claims credibility integrity motives character loyalty patriotism
  reputation career competence judgment judgement honesty`);
/** Words before "attacks" that make them words, not blows ("Republican attacks", "personal attacks"). */
export const VERBAL_ATTACK_MODIFIERS = words(`
  republican democratic partisan personal verbal political rhetorical scathing withering blistering
  stinging vitriolic racist sexist media`);
/** Accidents and disasters that kill without an attacker: "killed in a helicopter crash". */
export const ACCIDENT_WORDS = words(`
  crash crashes accident accidents collision collisions fire fires blaze flood floods flooding storm
  storms earthquake quake landslide landslides mudslide avalanche stampede cyclone hurricane typhoon
  tornado derailment shipwreck sinking capsizing drowning`);
/** Texts that may be the subject of what they "would" do: "the bill would impose sanctions". */
export const DOCUMENT_HEADS = words(`
  act bill law legislation measure resolution proposal amendment draft plan deal agreement treaty
  accord order decree formula framework policy rule regulation constitution charter system`);
/** Verbs whose subject receives the event named by their object ("received the support of X"). */
export const CONVERSE_VERBS = words(
  "receive get win obtain gain secure enjoy accept face draw attract suffer endure deny reject dismiss",
);
/** Verbs that cause an event named by their object ("the killing sparked riots", "provoked protests"). */
export const CAUSING_VERBS = words("spark trigger provoke prompt cause fuel ignite unleash inspire");
/** Verbs that answer a request, whose subject is the one asked: "approved an extradition request from the US". */
export const ANSWER_VERBS = words("approve grant honour honor consider review weigh process");
/**
 * Verbs that act on an event their object names, so their subject is not its actor: "police
 * dispersed the protest", "troops crushed the uprising", "the court banned the rally", "the army
 * repelled an attack", "police alone cannot curb the violence", "failed to contain the protests",
 * "residents fled the fighting", "journalists covering the protests". (A verb of saying about it, "condemned the killings", leaves the event no
 * actor by itself: the condemnation is the clause's event and the other is coded from its own words.)
 */
export const ACTING_ON_EVENT_VERBS = words(`
  disperse crush quell suppress repress smash ban outlaw prohibit forbid repel repulse foil thwart
  prevent curb contain stem combat counter tackle avert deter resist condemn denounce
  criticise criticize blame investigate probe witness survive flee escape fear mourn cover film
  document monitor observe describe recount recall`);
/**
 * Verbs of a stance toward another's act: "the one ally who has backed his threat of force",
 * "welcomed their withdrawal". Whoever takes the stance did not do the act, even with a possessive
 * in the object.
 */
export const STANCE_VERBS = words(`
  back support welcome endorse praise applaud hail oppose decry deplore protest lament regret dispute
  question challenge ignore defy flout violate breach`);
/**
 * Nouns of strife that no one side owns ("the violence", "the fighting", "the bloodshed"). A party
 * that ends or stops it is its mediator or its policeman as often as a side in it: "police alone
 * cannot end the violence" does not make the police violent; "the rebels ended their fighting" does
 * (a possessive gives it back).
 */
export const UNOWNED_STRIFE_NOUNS = words(`
  violence fighting bloodshed unrest chaos clashes hostilities conflict war killing killings`);
/** Verbs that end strife; with UNOWNED_STRIFE_NOUNS their subject is not its actor. */
export const ENDING_VERBS = words("end stop halt");
/**
 * Words that are a preposition or a subordinator: "after the talks" / "after the talks collapsed",
 * "as a result" / "as thousands took to the streets".
 * Before a phrase and a finite verb the tagger's preposition opens a clause with its own subject.
 */
export const CLAUSE_PREPOSITIONS = words("after before until till since once as");
/** The possessive's "'s", straight or curly ("Trump's", "Assange’s"). */
export const POSSESSIVE_S = /^['’]s$/;
/** A possessive mark, also the bare apostrophe of a plural ("the rebels' leader", "Saudis’"). */
export const POSSESSIVE_MARK = /^['’]s?$/;
/** Verbs with which a party owns an act ("claimed responsibility for the attack"). */
export const CLAIMING_VERBS = words("claim take accept admit assume acknowledge bear");
/** What crowd-control verbs act on ("crushed the protests", "quelled the unrest"). */
export const CROWD_WORDS = words(`
  protest protests demonstration demonstrations rally rallies protester protesters demonstrator
  demonstrators crowd crowds unrest uprising uprisings riot riots rioters marchers gathering
  gatherings sit-in`);
/** Verbs that only carry a nominal event: the event's actor is their subject. */
export const LIGHT_VERBS = words(`
  have hold launch carry stage conduct make mount organise organize begin start lead continue resume
  announce order provide give deliver send offer impose complete`);
/**
 * Verbs that bring an event named by their object about ("make a deal", "hold talks", "launch an
 * attack", "pay a visit"): what stands before them (a modal, a negation) stands before the event.
 * Not verbs that end, continue or judge one ("end the violence", "condemned the attack").
 */
export const EVENT_MAKING_VERBS = words(`
  have hold launch carry stage conduct make mount organise organize reach strike sign seal conclude
  open pay impose deliver give offer begin start`);
export const TITLE_OR_DETERMINER = /^(mr|mrs|ms|mm|dr|the|a|an|\.)\.?$/i;

// ---------------------------------------------------------------- what events are about

/** Vague violence words that, in an article about riots, are the riots. */
export const GENERIC_VIOLENCE = words("violence unrest clash clashes turmoil");
/** Triggers that name violence or agreement with two sides ("rioters and police clashed"). */
export const MUTUAL_TRIGGERS = words("clashed clash fought clashes signed sign agreed");
/** Territory words after a seizure verb: "captured the town", "took control of three villages". */
export const TERRITORY_OBJECTS = words(`
  camp camps areas ground town towns city cities village villages territory territories district
  districts area region province stronghold strongholds base bases hill hills positions airport
  border crossing neighbourhood neighborhood suburb suburbs control outskirts county port`);
/**
 * Head words of the names of natural features: "the South China Sea", "the Gulf of Aden", "the Nile
 * River" are where things happen, never who acts or is acted on.
 */
export const NATURAL_FEATURE_HEADS = words(`
  sea seas ocean gulf strait straits river lake bay canal channel peninsula desert mountains valley`);
/** Armed groups outside any state, by name ("the Taliban", "Boko Haram"): rebels wherever they appear. */
export const ARMED_GROUP_NAMES =
  /\b(taliban|al-shabaa?b|boko haram|isis|isil|islamic state|daesh|al-qaeda|al-qaida)\b/i;
/** Political parties by the names news gives them ("the Democrats", "a Labour Party MP", "the GOP"). */
export const PARTY_NAMES = /\b(Party|Democrats|Republicans|Dems|GOP|Tories)\b/;
/**
 * Verbs of telling: refusing or declining to do them ("declined to comment", "refused to identify
 * the suspect", "declined to be named") is a source's silence, not a rejection.
 */
export const DISCLOSURE_VERBS = words(`
  comment identify name say confirm disclose elaborate discuss specify reveal speculate detail
  answer`);
/** Weapon words after a seizure verb: named arms plus the kinds police list in a haul. */
export const WEAPON_WORDS: ReadonlySet<string> = new Set([
  ...WEAPON_NOUNS,
  ...words(`
  ammunitions landmines grenade missiles rifle gun pistol revolver revolvers firearms cartridges
  rounds kalashnikov launcher launchers mortars shells detonators munitions baton batons truncheons`),
]);
/**
 * Guns by their make or model ("returned with a .357 Magnum", "armed with a Glock"): weapons, never
 * who acts, though the recogniser may take them for names. Not makes that are also places or people
 * (Winchester, Colt, Remington).
 */
export const GUN_NAMES = words(
  "magnum magnums glock glocks kalashnikov kalashnikovs uzi uzis ak-47 ak-47s ar-15 ar-15s m16 m-16",
);
/** Heads of a passive's agent phrase that name the means, not who used it ("by a police bullet"). */
export const INSTRUMENT_HEADS: ReadonlySet<string> = new Set([
  ...WEAPON_WORDS,
  ...words("bullet bullets gunfire fire shell shrapnel missile airstrike airstrikes strike strikes"),
]);
/** Acts that are the mode of an assault whatever weapon was used. */
export const ACT_MODES = words("abduct sexual torture beat targeted");

// ---------------------------------------------------------------- counts

/** Counted nouns and what their count measures ("12 dead" → killed). */
export const COUNT_NOUNS: Record<string, Count["what"]> = {
  dead: "killed",
  killed: "killed",
  death: "killed",
  deaths: "killed",
  fatality: "killed",
  fatalities: "killed",
  body: "killed",
  life: "killed",
  injured: "injured",
  wounded: "injured",
  hurt: "injured",
  injury: "injured",
  arrested: "arrested",
  detained: "arrested",
  detainee: "arrested",
  arrest: "arrested",
  soldier: "troops",
  troop: "troops",
  troops: "troops",
  serviceman: "troops",
  servicemen: "troops",
  peacekeeper: "troops",
  personnel: "troops",
  marine: "troops",
  paratrooper: "troops",
  protester: "protesters",
  protestor: "protesters",
  demonstrator: "protesters",
  marcher: "protesters",
  displaced: "displaced",
  refugee: "displaced",
  evacuee: "displaced",
};
/** Verbs after a counted noun that say what happened to them ("14 people were killed"). */
export const COUNT_VERBS: Record<string, Count["what"]> = {
  kill: "killed",
  die: "killed",
  injure: "injured",
  wound: "injured",
  arrest: "arrested",
  detain: "arrested",
  displace: "displaced",
  flee: "displaced",
};
/** Counted nouns that are people ("15 villagers", "300 students"), as opposed to "three projects". */
export const PERSON_NOUNS = words(`
  people person persons civilian resident villager child children woman women man men student
  worker member supporter migrant refugee journalist activist opponent official officer passenger
  pilgrim farmer fighter militant rebel suspect individual inmate prisoner hostage family families
  demonstrator protester soldier troop policeman guard teacher doctor nurse employee national`);

// ---------------------------------------------------------------- what cannot take part in an event

/** Heads of street, square and open-place names: "Republic Square", "Abovyan Street" are where, never who. */
export const FACILITY_HEADS = words(`
  square street avenue road boulevard lane highway bridge stadium park market station airport
  junction roundabout plaza esplanade quay`);
/** Heads of building names: a place after "at", "outside", "towards" ("marched to the State House"), though "the White House said" acts. */
export const BUILDING_HEADS = words(
  "house hall building palace office tower headquarters compound residence",
);
/** Counted nouns that say only "how many": "15 people" is a figure for counts[], not a party. */
export const GENERIC_PEOPLE = words("people persons individuals others civilians residents");
/** Nouns for private persons that a place name may qualify ("a Pottstown man", "two Alexandria women"). */
export const PRIVATE_PERSON_NOUNS = words(`
  man men woman women boy boys girl girls teen teens teenager teenagers youth couple mother father
  son daughter husband wife resident tourist tourists national nationals citizen citizens`);
/** Prepositions after which a place name tells where an event happened ("at Republic Square", "into Goma"). */
export const PLACE_PREPOSITIONS = words(`
  in at near into inside outside towards toward to through across around along onto from of`);
/** The narrower set that places an event noun ("clashes in Kassala", "talks at the border"), unlike "the envoy to Ukraine". */
export const AT_PLACE_PREPOSITIONS = words("in at near inside outside across around along throughout");

/** Modifiers that make an event noun a medical or everyday thing: "heart attack", "panic attack". */
export const SENSE_MODIFIERS = words(
  "heart panic asthma anxiety allergy allergic migraine coughing sneezing weather storm flood tsunami shipping profit gale frost heat hurricane cyclone typhoon",
);
/** What "meet" satisfies rather than meets in person ("meet the demand", "met the deadline"). */
export const SATISFIED_OBJECTS = words(`
  demand demands need needs target targets deadline deadlines requirement requirements expectation
  expectations standard standards criterion criteria goal goals condition conditions obligation
  obligations challenge challenges cost costs quota quotas threshold`);
/** Words before "demand" that make it the economists' ("growing demand for security products", "meet the demand"). */
export const ECONOMIC_DEMAND_CUES = words(
  "growing rising strong weak increasing high higher low lower global consumer domestic market energy oil power meet",
);
/** Words of degree: an -ing word after them is an adjective ("as demanding as", "very threatening"). */
export const DEGREE_WORDS = words("as so very too more most less least increasingly extremely quite rather");

// ---------------------------------------------------------------- other domains

/** Trigger words that markets and sports use for their own news ("stocks rallied", "Brazil beat Chile"). */
export const OTHER_DOMAIN_TRIGGERS = words(`
  rally rallied rallies beat beats beating strike strikes attack attacked attacks attacking defeat
  defeated defeats fight fought clash clashed battle battled crush crushed storm stormed surge
  capture captured`);
/** Words that set a sentence in a market report. */
export const MARKET_WORDS = words(`
  stock stocks shares index indexes indices markets investor investors trading traders bond bonds
  yields futures nasdaq dow s&p nikkei ftse dax sensex earnings commodities bullish
  bearish`);
/** Words that set a sentence in a sports report. */
export const SPORTS_WORDS = words(`
  match matches goal goals season league cup coach striker midfielder defender goalkeeper
  innings wicket wickets tournament championship semi-final quarter-final playoff playoffs
  quarterback touchdown medal fixture derby kickoff halftime half-time`);

/**
 * Lemmas of common nouns that denote people or groups of people, beyond the agent nouns of
 * actors.ts that also give an actor kind: an actor phrase headed by one of them can act ("a gunman
 * opened fire", "the families demanded"); one headed by any other common noun cannot ("the
 * helicopter was shot", "a series of measures to oppose it", "the license allowing companies").
 */
export const ACTOR_NOUNS = words(`
  man woman boy girl child kid teenager youth person individual adult baby
  suspect gunman attacker assailant bomber shooter killer murderer kidnapper abductor hijacker
  sniper raider intruder thief robber burglar looter smuggler trafficker pirate hacker bandit poacher
  arsonist rapist vandal carjacker stalker molester
  hooligan thug vigilante skinhead neo-nazi militiaman squatter settler
  terrorist extremist militant insurgent rebel fighter guerrilla jihadist separatist
  group crowd mob gang cell faction wing network coalition alliance movement front bloc side camp
  activist campaigner supporter member follower loyalist opponent critic dissident rival ally
  partner neighbour neighbor leader chief head boss founder owner
  candidate voter lawmaker legislator senator congressman congresswoman representative mp
  politician deputy councillor councilor delegate envoy diplomat negotiator mediator
  minister secretary director chairman chairwoman chair president vice-president premier
  governor mayor commissioner inspector investigator prosecutor attorney lawyer judge jury
  magistrate sheriff marshal coroner inspector official spokesman spokeswoman spokesperson adviser advisor
  aide staffer analyst expert economist scientist researcher doctor physician medic nurse
  surgeon teacher professor student pupil worker employee employer staff personnel crew pilot sailor
  fisherman farmer miner driver trucker resident citizen inhabitant local villager tribesman
  tribe clan elder warlord commander general colonel officer policeman policewoman cop agent
  guard soldier troop marine sailor veteran recruit conscript
  prisoner detainee inmate hostage captive convict defendant plaintiff victim survivor witness
  refugee migrant immigrant émigré exile settler national
  family relative parent mother father son daughter brother sister husband wife
  cleric imam priest bishop pope monk nun rabbi clergy mullah ayatollah sheikh
  king queen prince princess emir sultan monarch emperor
  company firm corporation business bank group organisation organization agency body charity
  institute foundation association federation union party club team board panel
  government administration authority regime state nation country power
  people population public community population electorate workforce
  journalist reporter editor publisher broadcaster blogger
  protester protestor demonstrator striker rioter marcher picketer
  operator manufacturer producer supplier retailer investor shareholder creditor lender donor
  provider contractor vendor insurer regulator watchdog consumer customer client patient tenant
  landlord homeowner lobbyist advocate organizer organiser volunteer participant passenger tourist
  visitor motorist bystander trader dealer broker developer engineer consultant`);

/**
 * Nouns after which English starts a clause without "that", "when" or "why" ("the reason residents
 * refuse", "the day troops arrived", "the way police treated them"): a party never runs over them.
 */
export const CONTACT_CLAUSE_HEADS = words(
  "reason reasons way day days time times moment year night week month",
);

/** Verbs that call off a planned or running protest ("called off" with its particle, "cancelled", "postponed"). */
export const CANCELLING_VERBS = words("cancel postpone suspend abandon");
/** Verbs whose object event does not happen: "suspended aid", "withheld aid", "called off the talks". */
export const STOP_VERBS = words(`
  suspend halt stop withhold freeze cancel postpone delay scrap abandon end terminate cease quit exit
  scuttle derail torpedo
  block deny refuse reject cut axe shelve interrupt drop`);
/** Verbs that end a measure already in force: "lifted the curfew", "eased sanctions", "repealed the ban". */
export const LIFTING_VERBS = words("lift ease remove rescind revoke repeal overturn relax loosen");

/**
 * Verbs that hand aid over: "sent aid", "delivered relief", "pledged $5 million in assistance".
 * Aid that is blocked, stalled, wanted or freed is the goods, not an act of giving.
 */
export const GIVING_VERBS = words(
  "send deliver provide give pledge donate offer ship airlift airdrop distribute receive grant allocate disburse bring fly dispatch hand extend approve announce commit contribute channel",
);
/** Verbs whose subject arrives with aid: "aid reached the town", "relief flowed into Gaza". */
export const ARRIVING_VERBS = words("arrive reach flow enter land pour");

// ---------------------------------------------------------------- word lists of single rules

/** Particles of result after a verb of shooting ("shot dead", "gunned down"): with them a verb's tag is a verb's. */
export const RESULTATIVES: ReadonlySet<string> = new Set(["dead", "down"]);
/** Nouns of places a visit may go to that are no host: "visited the settlement bloc", "a refugee camp". */
export const VISITED_PLACE_NOUNS = words(`
  settlement bloc camp village town city base site hospital school plant factory border area district
  province region front frontline mosque church temple shrine memorial museum prison port mine farm
  neighbourhood neighborhood island`);
/** Plural nouns of parties that talk among themselves ("the leaders discussed", "both sides discussed"). */
export const PARTY_PLURALS = words(`
  leaders ministers officials sides delegations countries governments presidents envoys negotiators
  diplomats counterparts parties states nations two both`);
/** Words of approximation before a number ("about 4,000", "around 300", "over 50"). */
export const APPROXIMATORS = words("about around over nearly almost roughly some up");
/** Words that may open a count before its noun ("an estimated 20,000 GIs", "some 300 police"). */
export const COUNT_OPENERS = new Set([
  ...APPROXIMATORS,
  "estimated",
  "approximately",
  "additional",
  "another",
]);
/** Determiners that make a number part of a description ("the two leaders"), not a count. */
export const DEFINITE_DETERMINERS = words("the these those this that its their his her our my your");

// ---------------------------------------------------------------- lists of this session's rules

/** Verbs of acts done to a person that always name the person as object when active ("arrested him"). */
export const ACTS_ON_PERSONS = words(`
  arrest detain charge indict sentence jail convict accuse kill stab wound injure kidnap abduct
  shoot execute torture rape capture recapture murder`);
/**
 * Of those, the acts of the law, which police and troops do with an adjunct before the person
 * ("Police arrested in Lagos a man …"); any other act after a force with a preposition next was
 * done to it ("an officer killed while on duty", "soldiers captured during the war").
 */
export const LAWFUL_ACTS_ON_PERSONS = words("arrest detain charge indict sentence jail convict accuse");
/** Prepositions that follow such a verb only when it is passive ("arrested in", "charged with"). */
export const HEADLINE_PASSIVE_PREPOSITIONS = words(
  "of with in for after over on during following near while when last",
);
/** Verbs whose object names what did not happen to their subject: "evaded capture", "to avoid a war". */
export const EVASION_VERBS = words("evade avoid escape elude dodge");
/** Objects that stand only where nothing definite happened ("arrest anyone"). */
export const NEGATIVE_POLARITY_OBJECTS = words("anyone anybody anything");
/** Adverbs (and the adjective) that say harm was not meant. */
export const ACCIDENT_ADVERBS = words("accidentally accidently accidental inadvertently unintentionally");
/** Verbs of a vehicle out of control: "a car veered into the crowd, killing two" (a ramming "plows" or "rams"). */
export const ACCIDENT_VERBS = words("veer skid overturn collide derail capsize");
/** Adverbs of frequency after an act: "gather daily", "meet weekly". */
export const FREQUENCY_ADVERBS = words("daily weekly nightly regularly routinely");
/** What "every" counts when it tells a habit: "every day", "each week", "every Friday". */
export const FREQUENCY_UNITS = words(`
  day days week weeks night nights month months year morning evening weekend monday tuesday wednesday
  thursday friday saturday sunday`);
/** Words that make a fire an attack: "nearly destroyed by arsonists", "torched", "firebombed". */
export const ARSON_WORDS = words(`
  arson arsonist arsonists torched firebomb firebombed firebombing petrol molotov ablaze looted
  looting attack attacks attackers`);
/** Fires, whose stories tell evacuations as safety: "a fire destroyed the supermarket". */
export const FIRE_WORDS = words("fire fires blaze blazes flames inferno wildfire wildfires");
/** Why people are evacuated when no party aids them: "as a precaution", "after a gas leak". */
export const EVACUATION_CAUSES = new Set([
  ...FIRE_WORDS,
  ...words("precaution smoke leak leaks flood floods flooding storm hurricane bomb-scare scare alarm"),
]);
/** Who harms with a vehicle they drive: "hit and killed by a motorist". */
export const MOTORISTS = words("motorist motorists driver drivers");
/** Words that say a driver meant the harm: "rammed his car into the crowd", "deliberately drove". */
export const DELIBERATE_WORDS = words(`
  ram rammed ramming deliberately intentionally purposely purposefully deliberate intentional
  terror terrorist terrorism attack attacker`);
/** Words after "investigating" that make it a technical inquiry, no accusation ("investigating the cause of the blast"). */
export const CAUSE_WORDS = words("cause causes");
/** Nouns for people who harm on purpose, whatever the tagger's kind for them. */
export const VIOLENT_AGENTS = words("bomber gunman attacker assailant shooter sniper militant");
/** Actor kinds that bear arms: their harm is coded whatever they meant, and ACLED reads them as armed. */
export const ARMED_ACTOR_KINDS: ReadonlySet<string> = new Set(["military", "police", "rebels"]);
/** Participles that open a sentence as a discourse marker ("Granted, …"). */
export const DISCOURSE_PARTICIPLES = words("granted admittedly");

/** Subordinators after which an "-ing" word opens a participle clause sharing the main clause's subject ("after meeting the king", "before visiting Montenegro"). */
export const PARTICIPLE_SUBORDINATORS = words("before after while since when without upon whilst");
/** Verbs of giving whose object may be information ("declined to give his name", "refused to provide details"). */
export const INFORMATION_GIVING_VERBS = words("give provide release offer");
/** The information given ("his name", "details", "figures"). */
export const DISCLOSED_THINGS = words(`
  name names identity identities details detail figures figure numbers information comment
  reason reasons surname surnames`);
/** Gatherings whose prevention restricts those who would hold them ("police prevented the demonstration"). */
export const PREVENTED_GATHERINGS = words(`
  demonstration demonstrations protest protests march marches rally rallies meeting meetings
  gathering gatherings vigil strike sit-in congress conference`);

/** What a passive "found" reports found dead, not seized. */
export const BODY_WORDS = words("body bodies corpse corpses remains");
/**
 * Adverbs of what tends to happen: "police often clash with youths", "rebels usually attack at
 * night" tell no dated event. Adverbs of a systematic practice are left out: "soldiers routinely
 * beat up detainees" reports abuse, and coders code it (a PLOVER gold ASSAULT); so are
 * "repeatedly" and "constantly", with which news tells real series of acts.
 */
export const HABITUAL_ADVERBS = words(`
  often usually typically generally normally sometimes occasionally seldom rarely`);
/** Adjectives of habit, right before an event noun: "the frequent battles", "routine patrols" ("the regular army" is no habit). */
export const HABITUAL_ADJECTIVES = words(
  "frequent regular routine occasional periodic recurrent recurring habitual customary",
);
/**
 * Verbs and nouns that hold, make or give up arms: "possess chemical weapons", "a stockpile of
 * chemical weapons", "develop biological weapons" tell an arsenal, no attack.
 */
export const ARMS_HOLDING_WORDS = words(`
  possess have own hold keep develop produce manufacture make build acquire obtain stockpile store
  hide declare destroy dismantle surrender possession stockpiles stock stocks arsenal arsenals
  programme programmes program programs production`);
/**
 * Words of a sentence about computers, in which an attack is a cyber operation and to hack is to
 * break in. Words that news also uses of its sources or of other things are left out ("the
 * website reported", "an email statement", "eyewitness accounts", "a terror network", "a patch").
 */
export const COMPUTING_WORDS = words(`
  computer computers server servers software hacker hackers hacking hacked cyber cyberattack
  cyberattacks cyber-attack cyber-attacks cybersecurity malware ransomware spyware
  phishing vulnerability vulnerabilities zero-day browser botnet botnets ddos firewall`);
/** Words of a conviction or a sentence, whose "of" or "for" names an old crime ("convicted of assault", "serving life for murder"). */
export const CONVICTION_WORDS = words(`
  convicted conviction convictions guilty acquitted sentenced sentence sentences serving served jailed
  imprisoned imprisonment`);
/** Nouns whose "of" names a habit, not an act: "a long history of domestic violence", "a pattern of abuse", "a culture of violence". */
export const HABIT_NOUNS = words("history histories pattern patterns culture cycle record");
/** Verbs that say a promise or threat was kept: its act was done ("kept their promise to kill", "carried out its threat to strike"; "made good on" is read in drop-aims). */
export const KEPT_VERBS = words(
  "keep kept fulfil fulfill fulfilled honour honor honoured honored carry carried follow followed deliver delivered",
);
/** Natural disasters: in a story that opens with one, harm with no attacker is its toll ("Tonban was all but destroyed"). */
export const NATURAL_DISASTERS = words(`
  earthquake earthquakes quake quakes tremor aftershock aftershocks tsunami flood floods flooding
  cyclone hurricane typhoon tornado storm storms landslide landslides mudslide avalanche eruption
  volcano wildfire wildfires drought`);
/**
 * What is offered to no party in particular: a reward or bounty for information, or a courtesy
 * ("offer a religious service", "offered condolences"); such an offer is no concession. Nor is an
 * apology offered an agreement: the apology itself is the concession (its noun is a trigger).
 */
export const OFFERED_COURTESIES = words(`
  reward rewards bounty bounties service services prayer prayers mass condolences sympathy thanks
  congratulations apology apologies`);
/** Buildings and places emptied by an evacuation ("the bank was evacuated"): no aid to a party. */
export const EVACUATED_PLACES: ReadonlySet<string> = new Set([
  ...BUILDING_WORDS,
  ...words(`
  bank banks school schools hotel hotels airport station store stores mall plant factory courthouse
  campus area block neighborhood neighbourhood premises branch`),
]);
/** Words before "appeal" that make it a court's ("a federal court appeal", "a legal appeal"). */
export const LEGAL_BEFORE_APPEAL = words("court legal judicial criminal civil");
/** Words after "appeal" that make it a court's ("appealed to the Supreme Court", "appealed the verdict"). */
export const COURT_WORDS = words(
  "court courts verdict conviction sentence ruling judgment judgement tribunal",
);
/** What a court condemns someone to, after "to" ("condemned him to death"). */
export const SENTENCE_WORDS = words("death life prison jail hang die execution");
/** Operations a force carries out, whose modifier names it ("a police raid", "an army operation"). */
export const OPERATION_NOUNS = words(
  "raid raids crackdown operation operations sweep offensive ambush assault airstrike airstrikes",
);
/** Nouns that "warning" modifies: "warning shots" are fired, "warning signs" seen, no warning given to a party. */
export const WARNING_COMPOUND_HEADS = words(
  "shot shots sign signs light lights label labels system systems siren sirens",
);
/** Words that name explosives, beside which "killing themselves" is a suicide bombing (instruments.ts). */
export const EXPLOSIVE_WORDS = words(
  "explosive explosives bomb bombs device devices blast detonated detonating detonate grenade grenades vest vests",
);
/** Prepositions of a place that may follow a subject ("rioters in Greece", "students from Kabul"). */
export const SUBJECT_PLACE_PREPOSITIONS = words("in at from near outside inside");
/** What ends the clause an adverb of habit must share with its trigger. */
export const HABIT_CLAUSE_ENDS = words(", ; : — – ( that which when while but");

/** Those posted to another country, who speak where they are posted ("China's ambassador to Britain"). */
export const POSTED_ENVOYS = words(
  "ambassador ambassadors envoy envoys embassy consul consulate high-commissioner",
);

/** Prepositions before where something is sent or moves to. */
export const DESTINATION_PREPOSITIONS = words("to into toward towards");

/** Occasions a party (a gathering) is held for: "a Christmas party", "an office party". */
export const SOCIAL_OCCASIONS = words(`
  christmas birthday office holiday dinner house garden tea launch farewell engagement wedding
  bachelor bachelorette cocktail pool block street retirement graduation costume new-year's`);
/** Words before a party one goes to: "at the party", "entering the party". */
export const PARTY_GOING = words("at to into entering entered attending attended leaving left");

/**
 * Gerunds of duties one is "charged with" ("charged with verifying", "with overseeing the vote"):
 * a task given, not a crime alleged. Not "handling" or "running" ("charged with handling stolen
 * goods", "with running a brothel").
 */
export const ASSIGNED_TASKS = words(`
  verifying overseeing monitoring supervising ensuring implementing enforcing managing leading
  preparing drafting coordinating organising organizing reviewing protecting investigating
  developing negotiating inspecting administering evaluating assessing`);

/**
 * Plurals of nouns for people by their agentive endings ("teachers", "activists", "residents",
 * "civilians", "reservists").
 */
export const PEOPLE_PLURAL = /^\p{Ll}+(?:ers|ors|ists|ians|ants|ents)$/u;

/** Words that order two acts of a sentence in time: "was arrested after store employees detained him". */
export const SEQUENCE_WORDS = words("after before until since");
/** Words that open a clause of its own between two acts of a sentence (merge-mentions). */
export const ACT_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ...SEQUENCE_WORDS,
  ...words("who whom which where when while because"),
  ";",
]);

/**
 * Modifiers that make "support" material help from one party to another, PLOVER AID ("gave air
 * support to the militias", "military support for Kyiv", "logistical support"), not praise or
 * endorsement. Not "political", "moral" or "public", which are SUPPORT.
 */
export const MATERIAL_SUPPORT = words(`
  air aerial military logistical logistic naval artillery fire financial economic material
  technical medical humanitarian budgetary`);

/**
 * Nouns of a belief one accepts ("accepted Britain's view that Russia was responsible", "accepted
 * the findings"): one agrees with a view, one makes no agreement.
 */
export const BELIEF_OBJECTS = words(`
  view views argument arguments explanation explanations finding findings conclusion conclusions
  assessment assessments claim claims account accounts version premise notion idea theory
  analysis interpretation narrative`);

/** What a body "forms" as a part of something else ("formed the backbone of the operation"): no body is formed. */
export const FORMED_PARTS = words(`
  backbone basis core bulk heart majority part parts nucleus spine mainstay base bedrock cornerstone
  centerpiece centrepiece foundation rest remainder half third`);

/**
 * Verbs after which "in" and a gerund tell the subject's own act ("joined fellow Democrats in
 * calling for", "led the region in condemning", "persisted in demanding").
 */
export const JOINING_IN_VERBS = words(`
  join lead unite persist succeed engage participate partner side follow
  collaborate cooperate`);

/** Dangers that no party makes, of which one warns others ("warning residents of the fire"). */
export const HAZARDS = words(`
  fire fires blaze flood floods flooding storm storms hurricane hurricanes tornado tornadoes earthquake
  tsunami heat heatwave cold snow ice avalanche avalanches smoke gas leak leaks danger dangers risk risks
  hazard hazards scam scams fraud virus outbreak disease epidemic pandemic shortage shortages drought
  landslide landslides mudslides wildfire wildfires`);

/** Modifiers that make "violence" a kind of crime or a social problem ("domestic violence services"), no event. */
export const VIOLENCE_CATEGORIES = words(`
  domestic sexual gender gender-based family partner intimate dating gun firearm teen youth school
  workplace animal elder child`);
/** Nouns whose "of violence" names a prospect, a means or a kind ("fears of violence", "the use of violence"). */
export const VIOLENCE_PROSPECTS = words(`
  fear fears threat threats use risk risks cycle culture intent act acts victim victims survivor
  survivors prevention history glorification incitement renunciation rejection condemnation`);
/** Verbs whose object "violence" is a prospect or a stance, not a deed told ("causing violence", "renounce violence"). */
export const VIOLENCE_STANCE_VERBS = words(`
  cause causing incite inciting promote promoting condone condoning
  renounce renouncing renounced reject rejecting oppose opposing prevent preventing avoid avoiding
  fear fearing feared advocate advocating glorify glorifying believe believes believed think thinks`);

/** Nouns of standing rules, which forbid, require or allow in the present tense without acting ("county policy prohibits"). */
export const RULE_NOUNS = words(`
  policy policies law laws rule rules regulation regulations code constitution statute statutes
  ordinance ordinances guidelines treaty charter bylaw bylaws`);
