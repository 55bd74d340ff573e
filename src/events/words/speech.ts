import { words } from "./word-set.ts";

/** Verbs of saying, one list with named subsets, and the words of what sources say, ask and withhold. */

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
 * Verbs of telling: refusing or declining to do them ("declined to comment", "refused to identify
 * the suspect", "declined to be named") is a source's silence, not a rejection.
 */
export const DISCLOSURE_VERBS = words(`
  comment identify name say confirm disclose elaborate discuss specify reveal speculate detail
  answer`);
/** Verbs of giving whose object may be information ("declined to give his name", "refused to provide details"). */
export const INFORMATION_GIVING_VERBS = words("give provide release offer");
/** The information given ("his name", "details", "figures"). */
export const DISCLOSED_THINGS = words(`
  name names identity identities details detail figures figure numbers information comment
  reason reasons surname surnames`);

/**
 * Verbs of a speaker's own declaration after "must" ("the Ministry of Defence must confirm that …",
 * "I must say", "we must inform you"): a formula of saying, not a demand on anyone.
 */
export const OWN_DECLARATIONS = words("confirm say report add note stress inform regret");
