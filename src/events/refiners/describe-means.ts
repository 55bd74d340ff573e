import type { Doc } from "../../nlp/types.ts";
import { instrumentOf } from "../instruments.ts";
import type { Candidate, Refiner } from "../types.ts";
import { ACT_MODES, TERRITORY_OBJECTS, WEAPON_WORDS } from "../words.ts";

/** How far around a trigger its weapon or object may be named. */
export const MEANS_WINDOW = 10;

/** PLOVER contexts ("territory", "military", "base") and the weapon of each event, from its trigger's surroundings. */
export const describeMeans: Refiner = {
  name: "describe-means",
  refine(candidates, { doc }) {
    for (const c of candidates) {
      const { contexts, weapon } = meansOf(doc, c);
      c.contexts = contexts;
      if (weapon) c.weapon = weapon;
    }
    return candidates;
  },
};

/** PLOVER contexts and the weapon of an event, from its trigger's surroundings. */
function meansOf(doc: Doc, c: Candidate): { contexts: string[]; weapon?: string } {
  const t = c.trigger;
  const contexts: string[] = [];
  const s = doc.sentences[t.sentence];
  const after = doc.tokens
    .slice(t.lastToken + 1, Math.min(s.tokenEnd, t.lastToken + 1 + MEANS_WINDOW))
    .map((x) => x.norm);
  const around = doc.tokens
    .slice(
      Math.max(s.tokenStart, t.firstToken - MEANS_WINDOW),
      Math.min(s.tokenEnd, t.lastToken + 1 + MEANS_WINDOW),
    )
    .map((x) => x.norm);
  if (t.type === "COERCE" && t.mode === "seize") {
    if (around.some((w) => WEAPON_WORDS.has(w))) return { contexts: ["military"], weapon: "weapons" };
    if (after.some((w) => TERRITORY_OBJECTS.has(w))) contexts.push("territory");
    // A named place right after "captured"/"seized" is territory ("rebels seized Goma").
    else if (
      doc.entities.some(
        (e) => e.label === "LOC" && e.sentence === t.sentence && e.start > t.end && e.start - t.end <= 12,
      )
    )
      contexts.push("territory");
    return { contexts };
  }
  if (
    t.type === "MOBILIZE" &&
    (t.text.toLowerCase().startsWith("set") || t.text.toLowerCase().startsWith("establish"))
  )
    contexts.push("base");
  if (t.type === "ASSAULT" || t.type === "PROTEST") {
    // A merged report's own sentence may not name the weapon its other mentions name ("synchronised
    // attacks on Wednesday night … the attacks were carried out with grenades").
    const means =
      instrumentOf(doc, t.sentence, t.start) ??
      c.also.map((e) => instrumentOf(doc, e.sentence, e.trigger.start)).find((m) => m !== undefined);
    if (means) {
      // The act itself (abduction, rape, torture, beating) says more than the weapon used in it.
      if (t.type === "ASSAULT" && !ACT_MODES.has(t.mode ?? "")) t.mode = means.mode;
      return { contexts, weapon: means.weapon };
    }
  }
  return { contexts };
}
