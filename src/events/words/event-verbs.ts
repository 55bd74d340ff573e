import { words } from "./word-set.ts";

/** Verbs around an event word that decide who its actor is: verbs that receive, cause, answer, act on, own, carry or hand over an event, and acts done to persons. */

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
/** Verbs with which a party owns an act ("claimed responsibility for the attack"). */
export const CLAIMING_VERBS = words("claim take accept admit assume acknowledge bear");
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
/**
 * Verbs that hand aid over: "sent aid", "delivered relief", "pledged $5 million in assistance".
 * Aid that is blocked, stalled, wanted or freed is the goods, not an act of giving.
 */
export const GIVING_VERBS = words(
  "send deliver provide give pledge donate offer ship airlift airdrop distribute receive grant allocate disburse bring fly dispatch hand extend approve announce commit contribute channel",
);
/** Verbs whose subject arrives with aid: "aid reached the town", "relief flowed into Gaza". */
export const ARRIVING_VERBS = words("arrive reach flow enter land pour");
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
