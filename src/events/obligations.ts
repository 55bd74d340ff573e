import type { Doc } from "../nlp/types.ts";
import type { Trigger } from "./triggers.ts";
import { DEMAND_VERBS, OBLIGATION_CUES, OWN_DECLARATIONS, RELATIVE_WH } from "./words.ts";

/**
 * "The Bush administration declared that China must drop barriers": a demand even when the demanded
 * act has no trigger word of its own. Proposes a REQUEST at the demanded verb.
 */
export function findObligations(doc: Doc, existing: Trigger[]): Trigger[] {
  const out: Trigger[] = [];
  const tokens = doc.tokens;
  doc.sentences.forEach((s, sentence) => {
    let speech = -1;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (t.pos === "VERB" && DEMAND_VERBS.has(t.lemma.toLowerCase())) speech = i;
      if (speech < 0 || !OBLIGATION_CUES.has(t.norm)) continue;
      // "awaiting results of autopsies, which should be released today": a relative clause describes
      // a noun of the report; it is no demand the speaker makes.
      // ("that" also opens a demand's content, so only the wh- pronouns.)
      if (RELATIVE_WH.has(tokens[i - 1]?.norm ?? "")) continue;
      let v = i + 1;
      while (v < s.tokenEnd && (tokens[v].pos === "ADV" || tokens[v].norm === "be")) v++;
      const verb = tokens[v];
      if (verb?.pos !== "VERB" || v >= s.tokenEnd) continue;
      // "the Ministry of Defence must confirm that …": a formula of the speaker's own saying.
      if (OWN_DECLARATIONS.has(verb.lemma.toLowerCase())) continue;
      const covered = existing.some(
        (x) => x.sentence === sentence && x.firstToken >= i && x.firstToken <= v + OBLIGATION_OBJECT_WINDOW,
      );
      if (covered) continue;
      out.push({
        type: "REQUEST",
        sentence,
        firstToken: v,
        lastToken: v,
        start: verb.start,
        end: verb.end,
        text: verb.text,
        nominal: false,
        definite: false,
        background: false,
        obligation: true,
        rule: "trigger:obligation",
      });
    }
  });
  return out;
}
/** How far after the modal an existing trigger still names the demanded act ("must reach an agreement"). */
const OBLIGATION_OBJECT_WINDOW = 4;
