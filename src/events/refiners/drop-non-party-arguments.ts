import { isRegionAbbreviation } from "../../geo/index.ts";
import type { Doc, Token } from "../../nlp/types.ts";
import type { ActorCandidate } from "../actors.ts";
import type { Refiner } from "../types.ts";
import { GENERIC_PEOPLE, WEAPON_WORDS } from "../words.ts";

/**
 * Who acts and who is acted on are parties. A figure ("15 people", "300,000 people": its number is
 * in counts), a date ("Monday"), a weapon ("grenades and batons") or the abbreviated state of an
 * address or dateline ("HAYWARD, Calif. (AP) —") is never actor or recipient, and no party acts on
 * itself.
 */
export const dropNonPartyArguments: Refiner = {
  name: "drop-non-party-arguments",
  refine(candidates, { doc }) {
    for (const c of candidates) {
      if (c.actor && !isParticipant(doc, c.actor)) c.actor = undefined;
      if (c.recipient && !isParticipant(doc, c.recipient)) c.recipient = undefined;
      if (c.actor && c.recipient && c.actor.start === c.recipient.start && c.actor.end === c.recipient.end)
        c.recipient = undefined;
    }
    return candidates;
  },
};

function isParticipant(doc: Doc, a: ActorCandidate): boolean {
  const head = headOf(doc, a);
  if (a.firstToken === a.lastToken && isRegionAbbreviation(head.text)) return false;
  // "grenades and batons": a weapon heads the argument or its first conjunct.
  if (WEAPON_WORDS.has(head.norm) || WEAPON_WORDS.has(doc.tokens[a.firstToken].norm)) return false;
  if (doc.times.some((t) => t.start < a.end && a.start < t.end && t.start <= head.start && head.end <= t.end))
    return false;
  const counted = doc.quantities.some((q) => q.start < head.start && a.start < q.end);
  return !(counted && GENERIC_PEOPLE.has(head.norm));
}

/** The head word of an argument: the last word before "of" ("House of Assembly" → House), else the last. */
export function headOf(doc: Doc, a: ActorCandidate): Token {
  return doc.tokens[headIndexOf(doc, a)];
}

/** The token index of headOf. */
export function headIndexOf(doc: Doc, a: ActorCandidate): number {
  for (let k = a.firstToken + 1; k <= a.lastToken; k++) if (doc.tokens[k].norm === "of") return k - 1;
  return a.lastToken;
}
