import { tokenAt } from "../nlp/offsets.ts";
import type { Token } from "../nlp/types.ts";
import type { Actor, ActorKind } from "./schema.ts";
import {
  ACTOR_NOUNS,
  ARMED_GROUP_NAMES,
  CONTACT_CLAUSE_HEADS,
  COUNT_OPENERS,
  DEFINITE_DETERMINERS,
  NATIONAL_INSTITUTIONS,
  PARTY_NAMES,
} from "./words.ts";

/**
 * Who can act in a sentence: named entities from the NER stage and agent noun phrases
 * ("the Kazakh authorities", "Russian-led forces", "rioters", "police"). An agent phrase absorbs the
 * demonym or organisation that qualifies it, so "soldiers from the CSTO" is one military actor.
 */
export interface ActorCandidate extends Actor {
  /** Token range in Doc.tokens. */
  firstToken: number;
  lastToken: number;
}

/** Agent head nouns and the actor kind they denote. */
const AGENT_NOUNS: Record<string, ActorKind> = {
  court: "government",
  governor: "government",
  mayor: "government",
  commander: "military",
  judge: "government",
  prosecutor: "government",
  prosecutors: "government",
  council: "government",
  assembly: "government",
  congress: "government",
  senate: "government",
  committee: "government",
  commission: "government",
  tribunal: "government",
  agency: "government",
  regime: "government",
  junta: "government",
  leader: "government",
  leaders: "government",
  king: "government",
  emir: "government",
  prince: "government",
  premier: "government",
  chancellor: "government",
  envoy: "government",
  ambassador: "government",
  diplomats: "government",
  negotiators: "government",
  delegation: "government",
  navy: "military",
  guerrillas: "rebels",
  guerillas: "rebels",
  separatists: "rebels",
  settlers: "civilians",
  farmers: "civilians",
  refugees: "civilians",
  migrants: "civilians",
  newspaper: "media",
  authorities: "government",
  authority: "government",
  government: "government",
  ministry: "government",
  officials: "government",
  deputies: "government",
  presidency: "government",
  cabinet: "government",
  parliament: "government",
  embassy: "government",
  deputy: "government",
  spokesman: "government",
  spokeswoman: "government",
  spokesperson: "government",
  official: "government",
  president: "government",
  minister: "government",
  administration: "government",
  kremlin: "government",
  forces: "military",
  force: "military",
  troops: "military",
  soldiers: "military",
  soldier: "military",
  military: "military",
  army: "military",
  contingent: "military",
  peacekeepers: "military",
  police: "police",
  policemen: "police",
  officers: "police",
  gendarmes: "police",
  protesters: "protesters",
  protestors: "protesters",
  demonstrators: "protesters",
  rioters: "rioters",
  looters: "rioters",
  mob: "rioters",
  civilians: "civilians",
  residents: "civilians",
  villagers: "civilians",
  people: "civilians",
  workers: "civilians",
  students: "civilians",
  rebels: "rebels",
  insurgents: "rebels",
  militants: "rebels",
  gunmen: "rebels",
  fighters: "rebels",
  militia: "rebels",
  militias: "rebels",
  militiamen: "rebels",
  tribesmen: "rebels",
  jihadists: "rebels",
  servicemen: "military",
  sailors: "military",
  marines: "military",
  airmen: "military",
  policewomen: "police",
  advisers: "government",
  advisors: "government",
  party: "party",
  // "opposition parties", "the ruling parties": the plural is as much a party as the singular.
  parties: "party",
  opposition: "party",
  journalists: "media",
  union: "organisation",
  unions: "organisation",
};

/** The actor kind an agent head noun denotes, if it is one ("authorities" → government). */
export function agentKind(norm: string): ActorKind | undefined {
  // "an officer", "a protester", "one militant": the singular of a listed plural acts as well.
  return (
    AGENT_NOUNS[norm] ??
    (/[a-z]$/.test(norm) ? AGENT_NOUNS[`${norm}s`] : undefined) ??
    (/workers?$/.test(norm) ? "civilians" : undefined)
  );
}

/** A word that can name a party: a name, or a noun for people or for an agent ("police", "rebels"). */
export function namesParty(t: Token): boolean {
  return t.pos === "PROPN" || ACTOR_NOUNS.has(t.lemma.toLowerCase()) || agentKind(t.norm) !== undefined;
}

/** Organisations of states, whose actors are coded as IGOs. */
export const IGO_NAMES =
  /\b(CSTO|OTSC|NATO|UN|United Nations|EU|European Union|African Union|AU|OSCE|ECOWAS|ASEAN|Collective Security Treaty Organi[sz]ation|Security Council|IMF|World Bank|WHO|Red Cross|ICRC)\b/i;

const GOVERNMENT_ORGS =
  /\b(Kremlin|White House|Ministry|Government|Parliament|Senate|Congress|Cabinet|Presidency|Elysee|Élysée|Downing Street|Pentagon)\b/i;
const MILITARY_ORGS = /\b(Army|Armed Forces|Navy|Air Force|Guard|Military)\b/;
const POLICE_ORGS = /\b(Police|Gendarmerie|Security Service|Intelligence)\b/i;

/** Words a phrase may begin with that are not part of the actor's name. */
export const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "these",
  "those",
  "this",
  "that",
  "its",
  "their",
  "his",
  "her",
  "our",
  "some",
  "many",
]);

const INSTITUTION_PATTERN = new RegExp(
  `\\b(${[...NATIONAL_INSTITUTIONS.keys()].map((k) => k.replace(/\s+/g, "\\s+")).join("|")})\\b`,
  "i",
);

/** The country of a national institution a phrase names ("White House Press Secretary" → USA). */
export function institutionCountry(text: string): string | undefined {
  const found = INSTITUTION_PATTERN.exec(text);
  return found ? NATIONAL_INSTITUTIONS.get(found[1].toLowerCase().replace(/\s+/g, " ")) : undefined;
}

export function entityKind(label: string, text: string): ActorKind {
  if (IGO_NAMES.test(text)) return "igo";
  if (label === "PER") return "person";
  // "the Taliban", "the Democrats": a named armed group or party is no state, whatever its label.
  if (ARMED_GROUP_NAMES.test(text)) return "rebels";
  if (PARTY_NAMES.test(text)) return "party";
  // "the White House", "the Kremlin": a seat of government speaks for the government.
  if (GOVERNMENT_ORGS.test(text)) return "government";
  if (label === "LOC") return "state";
  if (label === "MISC") return "state";
  if (MILITARY_ORGS.test(text)) return "military";
  if (POLICE_ORGS.test(text)) return "police";
  return "organisation";
}

export function tokenIndexAt(tokens: Token[], offset: number, from: number, to: number): number {
  const i = tokenAt(tokens, offset);
  return i >= from && i < to ? i : -1;
}

/**
 * Where the party's own words begin inside the noun run first..last. A common noun that names no
 * party, directly followed by a capitalised name, is not the name's modifier but the end of
 * another phrase ("translating the massive purchases Mr. Trump requested", "the flagship carrier
 * Emirates Airline"): the party is the name. A noun that takes a clause without "that" or "why"
 * ("the likely reason local residents refuse", "the day troops arrived") ends before the
 * clause's subject. A role before a name stays ("Taliban spokesman Zabihullah Mujahid").
 */
export function nameStart(tokens: Token[], first: number, last: number): number {
  let start = first;
  for (let k = first; k < last; k++) {
    const t = tokens[k];
    if (t.pos !== "NOUN" || !/^\p{Ll}/u.test(t.text)) continue;
    if (CONTACT_CLAUSE_HEADS.has(t.norm)) {
      // Not inside a compound ("an 8-year-old girl", "a two-day visit").
      if (tokens[k - 1]?.text !== "-" && /^\p{L}/u.test(tokens[k + 1].text)) start = k + 1;
    } else if (
      tokens[k + 1].pos === "PROPN" &&
      /^\p{Lu}/u.test(tokens[k + 1].text) &&
      !ACTOR_NOUNS.has(t.lemma.toLowerCase()) &&
      !ACTOR_NOUNS.has(t.norm)
    )
      start = k + 1;
  }
  return start;
}

/**
 * Where a party begins after the count that opens its phrase: "1,200 police", "an estimated 20,000
 * American GIs", "Twenty-three personnel" are counts of who acted or was acted on; the count is
 * the event's, the party is "police". After a definite determiner the number describes known
 * parties ("the two leaders") and stays; a number joined by a hyphen to a noun is a modifier ("a
 * 24-hour strike").
 * `first` itself when no count opens first..last.
 */
export function afterCount(tokens: Token[], first: number, last: number): number {
  if (DEFINITE_DETERMINERS.has(tokens[first - 1]?.norm ?? "")) return first;
  let k = first;
  while (k < last && COUNT_OPENERS.has(tokens[k].norm)) k++;
  // "one man", "one person": a count of one is the noun's article.
  if (tokens[k]?.pos !== "NUM" || tokens[k].norm === "one") return first;
  // "Twenty-three", "2 million": numbers joined by hyphens or side by side are one number.
  while (
    k < last &&
    (tokens[k + 1].pos === "NUM" || (tokens[k + 1].text === "-" && tokens[k + 2]?.pos === "NUM"))
  )
    k += tokens[k + 1].pos === "NUM" ? 1 : 2;
  const next = k + 1;
  if (next > last || tokens[next].text === "-" || !/^\p{L}/u.test(tokens[next].text)) return first;
  return next;
}

export function toActor(c: ActorCandidate): Actor {
  const { firstToken: _f, lastToken: _l, ...actor } = c;
  return actor;
}
