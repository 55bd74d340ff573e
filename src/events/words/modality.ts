import { words } from "./word-set.ts";

/** Modality, intention and aims: the words that make an act planned, wanted, averted, stopped or habitual rather than done. */

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
 * Verbs that take an object and a participle, "see the officers punished", "have the unit
 * disbanded": after a want ("want to see …", NONFACTUAL_GOVERNORS) the participle's act is wished for.
 */
export const RESULT_CLAUSE_VERBS = words("see have get");
/**
 * Verbs of beginning and going on (lemmas), which pass the status of their infinitive to the act they
 * take: "for US troops to begin leaving" is an aim as "for US troops to leave" is.
 */
export const ASPECTUAL_VERBS = words("begin start continue resume keep stop cease");
/**
 * Verbs whose infinitive's doer is their own subject ("the rebels threatened to bomb the dam", "Iran
 * vowed to retaliate", "the union refused to end the strike").
 */
export const SUBJECT_CONTROL_VERBS = words(
  "threaten vow promise pledge agree refuse decide plan try attempt seek want intend hope offer fail",
);
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
/** Nouns whose possessor does the act of the infinitive after them: "the judge's decision to sentence him". */
export const DECISION_NOUNS = words(
  "decision decisions move plan order vote bid attempt effort refusal promise pledge threat",
);
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
 * Nouns of an undertaking whose "to V" is its aim: "in an attempt to shut down operations", "in a bid
 * to seize the airport", "a rescue mission to free the hostages", "efforts to reach a deal"; and of
 * a filing or a bill whose "to V" is what it asks ("filed a motion to prohibit cameras", "a bill to
 * ban the party", "a lawsuit to block the merger"). The
 * undertaking is told; whether its aim came about is not. Not "operation" or "offensive", which are
 * fighting whatever they aim at; the verb "attempted to storm" tells an attempt made, and is left.
 */
export const PURPOSE_NOUNS = words(
  `attempt attempts bid bids effort efforts mission missions quest drive campaign campaigns push
  motion motions proposal proposals bill bills amendment amendments petition
  petitions lawsuit lawsuits suit appeal appeals`,
);
/**
 * Verbs of seeking, awaiting, fearing or averting an outcome, beyond NONFACTUAL_GOVERNORS:
 * "pursuing an agreement" is no agreement, "efforts to arrange a meeting" and "pending meetings with
 * Blair" no meeting, "feared an attack" and "averted a strike" no attack or strike, and "convicted
 * of inciting a riot" no riot by the convict (an attempted act, "tried to hack", is the act).
 */
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
/**
 * Nouns whose "of" names an event that may come, not one that came: "the possibility of a ground
 * assault", "the prospect of war", "the risk of attack".
 */
export const POSSIBILITY_NOUNS = words(
  "possibility possibilities prospect prospects risk risks danger dangers likelihood chance chances spectre specter threat threats option options",
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
/** Verbs whose object names what did not happen to their subject: "evaded capture", "to avoid a war". */
export const EVASION_VERBS = words("evade avoid escape elude dodge");
/** Objects that stand only where nothing definite happened ("arrest anyone"). */
export const NEGATIVE_POLARITY_OBJECTS = words("anyone anybody anything");
/** Adverbs of frequency after an act: "gather daily", "meet weekly". */
export const FREQUENCY_ADVERBS = words("daily weekly nightly regularly routinely");
/** What "every" counts when it tells a habit: "every day", "each week", "every Friday". */
export const FREQUENCY_UNITS = words(`
  day days week weeks night nights month months year morning evening weekend monday tuesday wednesday
  thursday friday saturday sunday`);
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
/** Nouns whose "of" names a habit, not an act: "a long history of domestic violence", "a pattern of abuse", "a culture of violence". */
export const HABIT_NOUNS = words("history histories pattern patterns culture cycle record");
/** Verbs that say a promise or threat was kept: its act was done ("kept their promise to kill", "carried out its threat to strike"; "made good on" is read in drop-aims). */
export const KEPT_VERBS = words(
  "keep kept fulfil fulfill fulfilled honour honor honoured honored carry carried follow followed deliver delivered",
);
/** What ends the clause an adverb of habit must share with its trigger. */
export const HABIT_CLAUSE_ENDS = words(", ; : — – ( that which when while but");
