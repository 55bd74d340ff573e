import { words } from "./word-set.ts";

/** Clause structure: prepositions, auxiliaries and verb forms, and the words that open or order clauses. */

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
/** Words before a verb that make it bare whatever the lemmatiser says ("must lay", "did not lay"). */
export const BARE_VERB_BEFORE = words(
  "will would should must can could may might shall to not n't did do does",
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
/** Relative pronouns that open a clause telling its act as fact ("the men who attacked the mosque"). */
export const RELATIVE_WH = words("who which whom whose");
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
export const TITLE_OR_DETERMINER = /^(mr|mrs|ms|mm|dr|the|a|an|\.)\.?$/i;
/** Prepositions after which a place name tells where an event happened ("at Republic Square", "into Goma"). */
export const PLACE_PREPOSITIONS = words(`
  in at near into inside outside towards toward to through across around along onto from of`);
/** The narrower set that places an event noun ("clashes in Kassala", "talks at the border"), unlike "the envoy to Ukraine". */
export const AT_PLACE_PREPOSITIONS = words("in at near inside outside across around along throughout");
/** Words of degree: an -ing word after them is an adjective ("as demanding as", "very threatening"). */
export const DEGREE_WORDS = words("as so very too more most less least increasingly extremely quite rather");
/**
 * Nouns after which English starts a clause without "that", "when" or "why" ("the reason residents
 * refuse", "the day troops arrived", "the way police treated them"): a party never runs over them.
 */
export const CONTACT_CLAUSE_HEADS = words(
  "reason reasons way day days time times moment year night week month",
);
/** Particles of result after a verb of shooting ("shot dead", "gunned down"): with them a verb's tag is a verb's. */
export const RESULTATIVES: ReadonlySet<string> = new Set(["dead", "down"]);
/** Prepositions that follow such a verb only when it is passive ("arrested in", "charged with"). */
export const HEADLINE_PASSIVE_PREPOSITIONS = words(
  "of with in for after over on during following near while when last",
);
/** Participles that open a sentence as a discourse marker ("Granted, …"). */
export const DISCOURSE_PARTICIPLES = words("granted admittedly");
/** Subordinators after which an "-ing" word opens a participle clause sharing the main clause's subject ("after meeting the king", "before visiting Montenegro"). */
export const PARTICIPLE_SUBORDINATORS = words("before after while since when without upon whilst");
/** Prepositions of a place that may follow a subject ("rioters in Greece", "students from Kabul"). */
export const SUBJECT_PLACE_PREPOSITIONS = words("in at from near outside inside");
/** Prepositions before where something is sent or moves to. */
export const DESTINATION_PREPOSITIONS = words("to into toward towards");
/** Words that order two acts of a sentence in time: "was arrested after store employees detained him". */
export const SEQUENCE_WORDS = words("after before until since");
/** Words that open a clause of its own between two acts of a sentence (merge-mentions). */
export const ACT_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ...SEQUENCE_WORDS,
  ...words("who whom which where when while because"),
  ";",
]);

/**
 * Verbs after which "in" and a gerund tell the subject's own act ("joined fellow Democrats in
 * calling for", "led the region in condemning", "persisted in demanding").
 */
export const JOINING_IN_VERBS = words(`
  join lead unite persist succeed engage participate partner side follow
  collaborate cooperate`);

/** Words that open a free relative clause ("anything you ask", "whatever they demand"). */
export const FREE_RELATIVES = words("anything whatever everything all whatsoever");
/**
 * Present forms of "be" and modals that make what follows a gerund subject a judgement of the act in
 * general ("Imposing new tariffs is a dead end"). Not "was": "Attacking the convoy was a mistake"
 * judges an attack that happened.
 */
export const JUDGEMENT_AUXILIARIES = words("is are would will could can remains seems");
