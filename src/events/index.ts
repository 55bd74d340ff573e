/** The events stage: Doc → EventMention[]. The coder and its refiners live in coder.ts and refiners/. */
export { type CoderOptions, codeEvents, LEARNED_REFINERS, refiners, ruleRefiners } from "./coder.ts";
