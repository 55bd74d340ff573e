import { wordBefore } from "../../nlp/offsets.ts";
import type { Doc } from "../../nlp/types.ts";
import type { Trigger } from "../triggers.ts";
import type { Refiner } from "../types.ts";

/** Relative pronouns that open a clause describing the noun before them. */
const RELATIVES = new Set(["who", "which"]);

/**
 * "Scissors, who consults with administration officials, said …", "Hamas, which advocates Israel's
 * destruction": a verb in the simple present inside a relative clause set off by a comma says what
 * someone habitually does or stands for, to introduce them; it tells no event. The past tense tells
 * one ("the rebels, who attacked the town on Monday, …") and stays.
 */
export const dropRoleDescriptions: Refiner = {
  name: "drop-role-descriptions",
  refine: (candidates, { doc }) =>
    candidates.filter((c) => c.trigger.nominal || !describesRole(doc, c.trigger)),
};

function describesRole(doc: Doc, t: Trigger): boolean {
  const tokens = doc.tokens;
  const verb = tokens[t.firstToken];
  if (verb.pos !== "VERB") return false;
  const k = wordBefore(tokens, t.firstToken);
  if (k < 0 || !RELATIVES.has(tokens[k].norm)) return false;
  if (tokens[k - 1]?.text !== "," || tokens[k - 1].sentence !== t.sentence) return false;
  // Simple present: "consults", "advocates" (a third-person -s form), or the bare form ("who oppose").
  return verb.norm === verb.lemma.toLowerCase() || verb.norm.endsWith("s");
}
