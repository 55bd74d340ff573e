/**
 * Word classes the learned event model reads as cues. They name a function in the sentence
 * (negation, modality), not an event type: which types they favour is learnt.
 */

/** A negation right before a trigger: "did not attack", "no … threat", "never agreed". */
export const NEGATION_CUES = new Set(["not", "n't", "n’t", "no", "never", "nor", "without", "neither"]);

/** Verbs that deny or refute what follows: "denied attacking", "rejected reports of". */
export const DENIAL_CUES = new Set(["deny", "refute", "dismiss", "rule"]);

/** Modal and intention cues: the act is planned, possible or wished, not done ("will strike", "threatened to"). */
export const MODALITY_CUES = new Set([
  "will",
  "would",
  "could",
  "may",
  "might",
  "should",
  "must",
  "shall",
  "can",
  "plan",
  "threaten",
  "vow",
  "warn",
  "pledge",
  "promise",
  "intend",
  "want",
  "seek",
  "propose",
  "offer",
  "agree",
  "refuse",
  "urge",
  "call",
]);

/** How many tokens before a trigger a negation or modality cue may stand ("would not be willing to attack"). */
export const CUE_WINDOW = 4;

/** Words too common to tell one sentence's topic from another's. */
export const STOPWORDS = new Set(
  "a an the of to in on at by for with from and or but as is are was were be been being has have had do does did it its this that these those he she they we you i his her their our your which who whom whose what when where while if than then so such there here not no also after before over under into about up down out more most said says say".split(
    " ",
  ),
);

/** Parts of speech that can head a subject or object (the nearest one on either side of a trigger). */
export const NOMINAL = new Set(["NOUN", "PROPN", "PRON", "NUM"]);

/** Punctuation that closes a clause: the neighbourhood of a trigger is not looked for beyond it. */
export const CLAUSE_BREAK = new Set([";", ":", "—", "–", "(", ")"]);
