import type { TriggerCondition } from "../lexicon.ts";
import { words } from "./word-set.ts";

/** Words the trigger lexicon's conditions check (lexicon.ts, trigger-conditions.ts): what must or must not stand near a trigger for its rule to hold. */

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
