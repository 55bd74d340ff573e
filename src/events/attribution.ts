import type { Doc } from "../nlp/types.ts";
import type { ActorCandidate } from "./actors.ts";
import type { Attribution } from "./schema.ts";
import { ATTRIBUTING_VERBS } from "./words.ts";

/** Phrases saying that a claim was made without support. */
const CONTESTED = [
  /without (providing|offering|giving|presenting|citing) (any )?(concrete |hard |supporting )?(evidence|proof)/i,
  /(has|have|had) not(,[^,]*,)? (provided|offered|given|presented|produced) (any )?(concrete |hard |supporting )?(evidence|proof)/i,
  /no evidence/i,
];

function phraseAfter(
  doc: Doc,
  from: number,
  sentenceEnd: number,
): { start: number; end: number } | undefined {
  let last = from;
  while (last < sentenceEnd && ![",", ".", ";", ":", "!", "?"].includes(doc.tokens[last].text)) last++;
  if (last === from) return undefined;
  return { start: doc.tokens[from].start, end: doc.tokens[last - 1].end };
}

export interface SentenceAttribution extends Attribution {
  /** Token index of the cue; events whose trigger is the cue itself are not attributed to it. */
  cueToken: number;
}

/** The source a sentence's claims are attributed to: "according to X", "X said", "…, said X". */
export function findAttribution(
  doc: Doc,
  sentence: number,
  actors: ActorCandidate[],
): SentenceAttribution | undefined {
  const s = doc.sentences[sentence];
  const tokens = doc.tokens;
  for (let i = s.tokenStart; i < s.tokenEnd - 1; i++) {
    if (tokens[i].norm === "according" && tokens[i + 1].norm === "to") {
      const span = phraseAfter(doc, i + 2, s.tokenEnd);
      if (!span) continue;
      const actor = actors.find((a) => a.start >= span.start && a.end <= span.end);
      return {
        source: doc.text.slice(span.start, span.end),
        cue: "according to",
        start: span.start,
        end: span.end,
        ...(actor ? { kind: actor.kind, ...(actor.country ? { country: actor.country } : {}) } : {}),
        cueToken: i,
      };
    }
  }
  for (let i = s.tokenEnd - 1; i >= s.tokenStart; i--) {
    const t = tokens[i];
    if (t.pos !== "VERB" || !ATTRIBUTING_VERBS.has(t.lemma.toLowerCase())) continue;
    // "X said" — the speaker is the actor phrase just before the verb; "…, said X" — just after.
    const before = actors.filter((a) => a.lastToken < i && a.lastToken >= i - 3).at(-1);
    const after = actors.find((a) => a.firstToken > i && a.firstToken <= i + 2);
    const speaker = before ?? after;
    if (!speaker) continue;
    return {
      source: speaker.text,
      cue: t.text.toLowerCase(),
      start: speaker.start,
      end: speaker.end,
      kind: speaker.kind,
      ...(speaker.country ? { country: speaker.country } : {}),
      cueToken: i,
    };
  }
  return undefined;
}

export function isContested(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence];
  const text = doc.text.slice(s.start, s.end);
  return CONTESTED.some((re) => re.test(text));
}
