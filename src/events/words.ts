/**
 * The event coder's word classes, as data in one place: src/events/words/ holds them, one file per
 * family, and this index re-exports them all (the trigger lexicon itself is lexicon.ts).
 * Every rule that asks "is this a verb of saying?" or "is this a preposition of place?" reads it here.
 */
export * from "./words/conditions.ts";
export * from "./words/counts.ts";
export * from "./words/event-verbs.ts";
export * from "./words/grammar.ts";
export * from "./words/harm.ts";
export * from "./words/modality.ts";
export * from "./words/parties.ts";
export * from "./words/places.ts";
export * from "./words/sections.ts";
export * from "./words/senses.ts";
export * from "./words/speech.ts";
