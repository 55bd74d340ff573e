import { lookupPlace } from "../geo/index.ts";
import type { Doc } from "../nlp/types.ts";
import { type ActorCandidate, institutionCountry } from "./actors.ts";
import { ACTOR_NOUNS, COMPANY_HEADS, POSSESSIVE_PRONOUNS } from "./words.ts";

/** Whether an actor phrase can be a party to an event, and the country a phrase names. */

/** An actor can receive an act; "concessions" or "refuge" cannot. */
export function isParty(a: ActorCandidate, doc?: Doc): boolean {
  // "offered its troops": the actor's own people are what is offered, not who receives it.
  if (doc && POSSESSIVE_PRONOUNS.has(doc.tokens[a.firstToken - 1]?.norm ?? "")) return false;
  // "will send 1,200 additional troops": a counted force is what is sent, not who receives it.
  if (doc?.quantities.some((q) => q.start <= a.start && a.start < q.end && a.kind === "military"))
    return false;
  if (a.kind !== "unknown" || a.entity) return true;
  // "charged the activist", "freed the hostages": a person or group noun heads a party; "his
  // local doctor", "her husband" are someone's private relations, not a party to political events.
  const head = doc?.tokens[a.lastToken];
  if (!doc || !head || POSSESSIVE_PRONOUNS.has(doc.tokens[a.firstToken].norm)) return false;
  // A firm named by a common noun ("foreign firms") is a business, whom business news concerns.
  const lemma = head.lemma.toLowerCase();
  if (COMPANY_HEADS.has(lemma) || COMPANY_HEADS.has(head.norm)) return false;
  return head.pos === "NOUN" && (ACTOR_NOUNS.has(lemma) || ACTOR_NOUNS.has(head.norm));
}

export function countryOfPhrase(text: string): string | undefined {
  const institution = institutionCountry(text);
  if (institution) return institution;
  for (const word of text.split(/[\s-]+/)) {
    if (!/^[A-Z]/.test(word)) continue;
    const place = lookupPlace(word);
    if (place && place.precision === "country") return place.country;
  }
  return undefined;
}
