import type { PlaceMention } from "../../geo/types.ts";
import type { Doc } from "../../nlp/types.ts";
import { clausePlace } from "../places.ts";
import { type Candidate, type Refiner, STATEMENT_TYPES } from "../types.ts";
import { ATTRIBUTING_VERBS } from "../words.ts";

/** "in", "at": what joins a verb of saying to where it was said ("said in Washington", "told reporters at"). */
const SPEECH_LOCATIVES: ReadonlySet<string> = new Set(["in", "at"]);
/** How many words may stand between a verb of saying and its locative ("told a news conference in"). */
const MAX_WORDS_BETWEEN = 4;

/**
 * "'This was a well-planned attack,' a spokesman said in Washington": a place joined to a verb of
 * saying is where the words were said, not where the deed they report happened. A statement the
 * speaker makes there stays placed there ("Britain condemned the raid, a minister said in London").
 */
export const placeNotSpeech: Refiner = {
  name: "place-not-speech",
  refine(candidates, { doc, geo }) {
    for (const c of candidates) {
      const at = c.place?.start;
      if (at === undefined || c.place?.fromFocus || STATEMENT_TYPES.has(c.trigger.type)) continue;
      const saidThere = (m: Pick<PlaceMention, "start">) => placeOfSpeaking(doc, c, m.start);
      if (saidThere({ start: at })) c.place = clausePlace(doc, geo, c.trigger, saidThere);
    }
    return candidates;
  },
};

/**
 * Is the toponym at `at` joined to a verb of saying of the trigger's sentence, by "in" or "at"
 * after at most a few words that hold no verb ("said on Friday in", "told reporters in")? The
 * trigger itself must not stand between them.
 */
function placeOfSpeaking(doc: Doc, c: Candidate, at: number): boolean {
  const s = doc.sentences[c.trigger.sentence];
  const tokens = doc.tokens;
  let k = s.tokenStart;
  while (k < s.tokenEnd && tokens[k].end <= at) k++;
  // Back from the toponym past its article and place noun to the locative.
  let p = k - 1;
  while (p >= s.tokenStart && !SPEECH_LOCATIVES.has(tokens[p].norm) && k - p <= 4) p--;
  if (p < s.tokenStart || !SPEECH_LOCATIVES.has(tokens[p].norm)) return false;
  for (let v = p - 1; v >= s.tokenStart && p - v <= MAX_WORDS_BETWEEN + 1; v--) {
    const t = tokens[v];
    if (t.start >= c.trigger.start && t.end <= c.trigger.end) return false;
    if (t.pos === "VERB" && ATTRIBUTING_VERBS.has(t.lemma.toLowerCase())) return true;
    if (t.pos === "VERB" || t.pos === "AUX" || t.text === "," || t.pos === "PUNCT") return false;
  }
  return false;
}
