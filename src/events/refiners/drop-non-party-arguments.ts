import { isRegionAbbreviation } from "../../geo/index.ts";
import type { Doc, Token } from "../../nlp/types.ts";
import { type ActorCandidate, namesParty } from "../actors.ts";
import { datelineOf } from "../dateline.ts";
import { TRIGGER_RULES } from "../lexicon.ts";
import { describe } from "../phrases.ts";
import type { Refiner } from "../types.ts";
import {
  GENERIC_PEOPLE,
  NATURAL_FEATURE_HEADS,
  NON_PARTY_NOUNS,
  POSSESSIVE_MARK,
  WEAPON_WORDS,
} from "../words.ts";

/** Nouns that name events ("debate", "investigation", "call"): what happened, never who. */
const EVENT_NOUNS: ReadonlySet<string> = new Set(
  TRIGGER_RULES.filter((r) => r.words.length === 1 && (r.pos === "n" || r.pos === "*")).map(
    (r) => r.words[0],
  ),
);

/**
 * Who acts and who is acted on are parties. A figure ("15 people", "300,000 people": its number is
 * in counts), a date ("Monday"), a weapon ("grenades and batons") or the abbreviated state of an
 * address or dateline ("HAYWARD, Calif. (AP) —") is never actor or recipient, and no party acts on
 * itself; nor a natural feature ("the South China Sea"). Nor is a common noun that names an event or a thing ("calling for a UN Security Council
 * debate", "refusing to leave for fear of Syrian retribution", "promises of access to China's
 * financial services industry"): NON_PARTY_NOUNS and the event nouns of the trigger lexicon.
 */
export const dropNonPartyArguments: Refiner = {
  name: "drop-non-party-arguments",
  refine(candidates, { doc }) {
    const addresses = datelines(doc);
    for (const c of candidates) {
      if (c.actor) c.actor = participantOf(doc, c.actor, addresses);
      if (c.recipient) c.recipient = participantOf(doc, c.recipient, addresses);
      if (c.actor && c.recipient && c.actor.start === c.recipient.start && c.actor.end === c.recipient.end)
        c.recipient = undefined;
    }
    return candidates;
  },
};

/**
 * The argument as a party: itself, nothing, or for a phrase headed by a thing or an event the
 * name that modifies it ("US mediation" → US, "Trump's call" → Trump, "a UN Security Council
 * debate" → UN Security Council).
 */
function participantOf(
  doc: Doc,
  a: ActorCandidate,
  addresses: readonly Dateline[],
): ActorCandidate | undefined {
  if (isParticipant(doc, a, addresses)) return a;
  const head = headIndexOf(doc, a);
  if (!nonPartyNoun(doc.tokens[head])) return undefined;
  let last = head - 1;
  // "Trump's tariff decisions": the possessor may stand before a compound's other nouns.
  let owned = last;
  while (owned > a.firstToken && doc.tokens[owned].pos === "NOUN" && /^\p{Ll}/u.test(doc.tokens[owned].text))
    owned--;
  if (owned < last && POSSESSIVE_MARK.test(doc.tokens[owned]?.norm ?? "")) last = owned;
  // "the terrorists' attack", "Trump's call": the possessor is the party, however long its phrase.
  if (POSSESSIVE_MARK.test(doc.tokens[last]?.norm ?? "")) {
    last--;
    const owner = doc.tokens[last];
    if (last < a.firstToken || !owner || !namesParty(owner)) return undefined;
    return describe(doc, a.firstToken, last);
  }
  if (last < a.firstToken || doc.tokens[last].pos !== "PROPN") return undefined;
  let first = last;
  // "African Union": a capitalised adjective belongs to the name.
  while (
    first > a.firstToken &&
    (doc.tokens[first - 1].pos === "PROPN" ||
      (doc.tokens[first - 1].pos === "ADJ" && /^[A-Z]/.test(doc.tokens[first - 1].text)))
  )
    first--;
  // Only a name the tagger knows: a capitalised first word ("Video footage shows …") is no name.
  const start = doc.tokens[first].start;
  const end = doc.tokens[last].end;
  if (!doc.entities.some((e) => e.start < end && start < e.end)) return undefined;
  return describe(doc, first, last);
}

/** A dateline's span and the start of the paragraph it opens. */
interface Dateline {
  start: number;
  end: number;
  block: number;
}
/** How far into its paragraph an argument may start and still be read against the paragraph's dateline. */
const DATELINE_REACH = 40;

/**
 * The place a story was filed from is an address, whichever rule took it for an argument: at the
 * article's top, or at the top of a paragraph that opens another story on the same page. Read once
 * per document.
 */
function datelines(doc: Doc): Dateline[] {
  const out: Dateline[] = [];
  for (const b of doc.article.blocks) {
    const d = datelineOf({ text: doc.article.text, blocks: [b] });
    // "The Palestinian Authority - which considers …": a dash before a lower-case word opens an
    // aside; a dateline's story opens with a capital, a figure or a quote.
    if (d && !/^\s*\p{Ll}/u.test(doc.article.text.slice(d.end, d.end + 3)))
      out.push({ start: d.start, end: d.end, block: b.start });
  }
  return out;
}

function nonPartyNoun(t: Token): boolean {
  const lemma = t.lemma.toLowerCase();
  return t.pos === "NOUN" && (NON_PARTY_NOUNS.has(lemma) || EVENT_NOUNS.has(lemma));
}

function isParticipant(doc: Doc, a: ActorCandidate, addresses: readonly Dateline[]): boolean {
  const head = headOf(doc, a);
  if (a.firstToken === a.lastToken && isRegionAbbreviation(head.text)) return false;
  // "grenades and batons": a weapon heads the argument or its first conjunct.
  if (WEAPON_WORDS.has(head.norm) || WEAPON_WORDS.has(doc.tokens[a.firstToken].norm)) return false;
  if (doc.times.some((t) => t.start < a.end && a.start < t.end && t.start <= head.start && head.end <= t.end))
    return false;
  if (nonPartyNoun(head)) return false;
  // "TORONTO — A young man … have launched a lawsuit, alleging …": a dateline is an address.
  if (addresses.some((d) => a.start >= d.start && a.end <= d.end && a.start - d.block < DATELINE_REACH))
    return false;
  // "NEW YORK (AP) — The Latest on the fatal police shooting": a wire service's running story.
  if (/(?:^|\s)(?:the\s+)?latest$/i.test(a.text)) return false;
  // "impose its will in the South China Sea": a sea, a river or a desert is a place, not a party.
  if (/^\p{Lu}/u.test(head.text) && NATURAL_FEATURE_HEADS.has(head.norm)) return false;
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
