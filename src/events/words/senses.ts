import { words } from "./word-set.ts";

/** Other senses of trigger words: the compounds, objects and modifiers that make an event word a thing, a figure of speech, a court's step or a courtesy. */

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
/** Nouns of a charge or an allegation, whose content is an act alleged ("charges of attacking an officer"). */
export const CHARGE_NOUNS = words(`
  charge charges count counts accusation accusations allegation allegations indictment indictments`);
/**
 * Nouns of proceedings whose bare name modifier is who or what is looked into: "the Bin Laden
 * investigation", "the Slepian murder inquiry" (with a possessive the name leads it: "the FBI's investigation").
 */
export const PROCEEDING_NOUNS = words(
  "investigation investigations inquiry inquiries probe probes trial case hearing",
);
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
/** Words after "investigating" that make it a technical inquiry, no accusation ("investigating the cause of the blast"). */
export const CAUSE_WORDS = words("cause causes");
/** Words of a conviction or a sentence, whose "of" or "for" names an old crime ("convicted of assault", "serving life for murder"). */
export const CONVICTION_WORDS = words(`
  convicted conviction convictions guilty acquitted sentenced sentence sentences serving served jailed
  imprisoned imprisonment`);
/**
 * What is offered to no party in particular: a reward or bounty for information, or a courtesy
 * ("offer a religious service", "offered condolences"); such an offer is no concession. Nor is an
 * apology offered an agreement: the apology itself is the concession (its noun is a trigger).
 */
export const OFFERED_COURTESIES = words(`
  reward rewards bounty bounties service services prayer prayers mass condolences sympathy thanks
  congratulations apology apologies`);
/** Words before "appeal" that make it a court's ("a federal court appeal", "a legal appeal"). */
export const LEGAL_BEFORE_APPEAL = words("court legal judicial criminal civil");
/** Words after "appeal" that make it a court's ("appealed to the Supreme Court", "appealed the verdict"). */
export const COURT_WORDS = words(
  "court courts verdict conviction sentence ruling judgment judgement tribunal",
);
/** What a court condemns someone to, after "to" ("condemned him to death"). */
export const SENTENCE_WORDS = words("death life prison jail hang die execution");
/** Nouns that "warning" modifies: "warning shots" are fired, "warning signs" seen, no warning given to a party. */
export const WARNING_COMPOUND_HEADS = words(
  "shot shots sign signs light lights label labels system systems siren sirens",
);
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

/** Words after a kind of violence that tell a case of it: its target, its agent, its place ("sexual violence against …"). */
export const VIOLENCE_TOLD_AFTER = words("against by in at");
