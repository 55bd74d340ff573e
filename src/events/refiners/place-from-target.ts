import { tokenAtOrAfter } from "../../nlp/offsets.ts";
import type { Doc } from "../../nlp/types.ts";
import { placeOf, placesEvent } from "../places.ts";
import type { PloverType } from "../schema.ts";
import type { Candidate, Refiner } from "../types.ts";

/** Events that happen where their target is: one attacks, raids, enters, leaves or visits a place. */
const AT_TARGET: ReadonlySet<PloverType> = new Set<PloverType>(["ASSAULT", "COERCE", "MOBILIZE", "RETREAT"]);

function happensAtTarget(c: Candidate): boolean {
  return AT_TARGET.has(c.trigger.type) || c.trigger.mode === "visit";
}

/**
 * "after American troops leave Syria", "sent troops to Lithuania", "shelled Kharkiv", "visited
 * Amman": a country or capital that is the target of a material act or a visit stays its recipient,
 * as PLOVER codes it, and is also where the act happened, more surely than the document's focus.
 * Statements are not placed by their target: "Jordan condemned Israel" was said in Jordan, if anywhere.
 * Nor is a target the place only qualifies: "seized a Greek tanker" (at sea), "attacked the
 * U.S. embassy" (in another capital) — the recipient is the country, the act was not in it.
 */
export const placeFromTarget: Refiner = {
  name: "place-from-target",
  refine(candidates, { doc, geo }) {
    for (const c of candidates) {
      const r = c.recipient;
      if (!r || (c.place && !c.place.fromFocus) || !happensAtTarget(c)) continue;
      // "closed its border with Iraq", "clashed with Syria": a partner is no target.
      if (WITH_BEFORE.test(doc.text.slice(Math.max(0, r.start - 12), r.start))) continue;
      const named = geo.places.find(
        (m) => m.role === "place" && placesEvent(m.place) && m.start >= r.start && m.end <= r.end,
      );
      // The place must be the whole recipient ("Syria", "the Syrian town of Raqqa"), not its qualifier ("Syria's army").
      if (named && named.end === r.end && !modifiesNoun(doc, r.end)) c.place = placeOf(named);
    }
    return candidates;
  },
};

const WITH_BEFORE = /\bwith\s+(?:the\s+)?$/i;

/** The recipient ends before a noun of its own phrase: "a Saudi supertanker", "the Iraqi border". */
function modifiesNoun(doc: Doc, end: number): boolean {
  const next = doc.tokens[tokenAtOrAfter(doc.tokens, end)];
  return (
    !!next && /^\s+$/.test(doc.text.slice(end, next.start)) && (next.pos === "NOUN" || next.pos === "PROPN")
  );
}
