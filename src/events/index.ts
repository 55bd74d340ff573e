/** The events stage: Doc → EventMention[]. The coder and its refiners live in coder.ts and refiners/. */
export { codeEvents, refiners } from "./coder.ts";
