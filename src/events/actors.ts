import { TITLE_ABBREVIATION } from "../nlp/ner/refine.ts";
import { isJoiningHyphen, tokenAt } from "../nlp/offsets.ts";
import type { Doc, EntityMention, Token } from "../nlp/types.ts";
import { datelineOf } from "./dateline.ts";
import type { Actor, ActorKind } from "./schema.ts";
import {
  ACTOR_NOUNS,
  ARMED_GROUP_NAMES,
  CONTACT_CLAUSE_HEADS,
  NATIONAL_INSTITUTIONS,
  PARTY_NAMES,
  PRIVATE_PERSON_NOUNS,
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
const IGO_NAMES =
  /\b(CSTO|OTSC|NATO|UN|United Nations|EU|European Union|African Union|AU|OSCE|ECOWAS|ASEAN|Collective Security Treaty Organi[sz]ation|Security Council|IMF|World Bank|WHO|Red Cross|ICRC)\b/i;

const GOVERNMENT_ORGS =
  /\b(Kremlin|White House|Ministry|Government|Parliament|Senate|Congress|Cabinet|Presidency|Elysee|Élysée|Downing Street|Pentagon)\b/i;
const MILITARY_ORGS = /\b(Army|Armed Forces|Navy|Air Force|Guard|Military)\b/;
const POLICE_ORGS = /\b(Police|Gendarmerie|Security Service|Intelligence)\b/i;

/** Words a phrase may begin with that are not part of the actor's name. */
const DETERMINERS = new Set([
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

function tokenIndexAt(tokens: Token[], offset: number, from: number, to: number): number {
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

/** Actor candidates of one sentence, left to right, without overlaps. */
export function actorCandidates(
  doc: Doc,
  sentenceIndex: number,
  countryOf: (text: string) => string | undefined,
): ActorCandidate[] {
  const s = doc.sentences[sentenceIndex];
  const tokens = doc.tokens;
  const out: ActorCandidate[] = [];
  const entities = doc.entities.filter((e) => e.sentence === sentenceIndex);

  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i];
    // "dockworkers", "steelworkers", "farmworkers" are working people like "workers".
    const kind = agentKind(t.norm);
    if (!kind || (t.pos !== "NOUN" && t.pos !== "PROPN")) continue;
    // "official buildings", "police station": an agent word that modifies another noun is not the head.
    const next = tokens[i + 1];
    if (next && i + 1 < s.tokenEnd && next.pos === "NOUN") continue;
    // Extend left over modifiers: "the Kazakh", "Russian-led", "law enforcement", "security", and
    // over a name whatever the tagger made of its words ("Red Cross officials", with "Cross" a verb).
    let first = i;
    while (first > s.tokenStart) {
      const p = tokens[first - 1];
      if (
        entities.some((e) => e.start <= p.start && p.end <= e.end) ||
        p.pos === "ADJ" ||
        p.pos === "PROPN" ||
        p.pos === "NOUN" ||
        isJoiningHyphen(tokens, first - 1) ||
        p.norm === "led" ||
        p.pos === "NUM"
      ) {
        first--;
      } else break;
    }
    while (first < i && DETERMINERS.has(tokens[first].norm)) first++;
    first = nameStart(tokens, first, i);
    let last = i;
    // "President Kassym-Jomart Tokayev", "Kremlin spokesman Dmitry Peskov": a title before a name is the person.
    const person = entities.find(
      (e) => e.label === "PER" && tokens[i + 1] && e.start === tokens[i + 1].start,
    );
    if (person) {
      const end = tokenIndexAt(tokens, person.end - 1, i + 1, s.tokenEnd);
      if (end >= 0) {
        const start = tokens[first].start;
        const country = entities
          .filter((e) => e.start >= start && e.end <= person.start)
          .map((e) => e.country ?? institutionCountry(e.text))
          .find(Boolean);
        out.push({
          text: doc.text.slice(start, person.end),
          start,
          end: person.end,
          kind: "person",
          ...(country ? { country } : {}),
          entity: person.entity ?? person.text,
          firstToken: first,
          lastToken: end,
        });
        i = end;
        continue;
      }
    }
    // "soldiers from the CSTO", "forces of Russia": the qualifying organisation belongs to the actor.
    const prep = tokens[i + 1];
    if (prep && (prep.norm === "from" || prep.norm === "of") && i + 2 < s.tokenEnd) {
      const after = entities.find(
        (e) => e.start >= prep.end && e.start <= (tokens[i + 3]?.start ?? prep.end + 6) && e.label !== "PER",
      );
      if (after) {
        const end = tokenIndexAt(tokens, after.end - 1, i + 2, s.tokenEnd);
        if (end >= 0) last = end;
      }
    }
    const start = tokens[first].start;
    const end = tokens[last].end;
    const text = doc.text.slice(start, end);
    const inner = entities.filter((e) => e.start >= start && e.end <= end);
    // Only an organisation names the actor ("soldiers from the CSTO"); a demonym only gives its country.
    const named = inner.find((e) => e.label === "ORG");
    const country = inner.map((e) => e.country).find(Boolean) ?? countryOf(text);
    out.push({
      text,
      start,
      end,
      kind: named && IGO_NAMES.test(named.text) && kind === "military" ? "military" : kind,
      ...(country ? { country } : {}),
      ...(named ? { entity: named.entity ?? named.text } : {}),
      firstToken: first,
      lastToken: last,
    });
    i = last;
  }

  for (const e of entities) {
    if (out.some((c) => c.start <= e.start && e.end <= c.end)) continue;
    // A bare demonym ("Russian") qualifies a noun; only as a whole phrase is it an actor. Its plural
    // names people of that country ("100 ethnic Albanians demonstrated", "Thousands of Nigerians").
    if (e.label === "MISC" && !e.country && !pluralDemonym(e.text, countryOf)) continue;
    const titled = titledPerson(doc, e, entities, s.tokenEnd);
    if (titled) {
      out.push(titled);
      continue;
    }
    const local =
      localPerson(doc, e, countryOf, s.tokenEnd) ?? demonymPerson(doc, e, s.tokenStart, s.tokenEnd);
    if (local) {
      out.push(local);
      continue;
    }
    const actor = entityActor(doc, e, countryOf, s.tokenStart, s.tokenEnd);
    if (actor) out.push(actor);
  }
  // "WASHINGTON (AP) —": the place a story was filed from is an address, never a party.
  const dateline = sentenceIndex < 3 ? datelineOf(doc.article) : undefined;
  return out
    .filter((c) => !dateline || c.start < dateline.start || c.end > dateline.end)
    .sort((a, b) => a.start - b.start);
}

/**
 * "U.S. Rep. Ilhan Omar", "Nigerian Gen. Musa Ali": a place or body, abbreviated titles and a
 * person's name are the person, of that country; the place alone is not a party here.
 */
function titledPerson(
  doc: Doc,
  e: EntityMention,
  entities: readonly EntityMention[],
  sentenceEnd: number,
): ActorCandidate | undefined {
  if (e.label === "PER") return undefined;
  const tokens = doc.tokens;
  const last = tokenIndexAt(tokens, e.end - 1, 0, sentenceEnd);
  if (last < 0) return undefined;
  let k = last + 1;
  while (k < sentenceEnd && TITLE_ABBREVIATION.test(tokens[k].text)) k++;
  if (k === last + 1 || k >= sentenceEnd) return undefined;
  const person = entities.find((p) => p.label === "PER" && p.start === tokens[k].start);
  if (!person) return undefined;
  const end = tokenIndexAt(tokens, person.end - 1, k, sentenceEnd);
  const first = tokenIndexAt(tokens, e.start, 0, sentenceEnd);
  if (end < 0 || first < 0) return undefined;
  return {
    text: doc.text.slice(e.start, person.end),
    start: e.start,
    end: person.end,
    kind: "person",
    ...(e.country ? { country: e.country } : {}),
    entity: person.entity ?? person.text,
    firstToken: first,
    lastToken: end,
  };
}

/**
 * "charged a South St. Paul man", "an Alexandria woman", "arrested a British tourist": a place
 * name or a demonym before a noun for a private person qualifies the person, who is the party;
 * the town or country is where the person is from.
 */
function localPerson(
  doc: Doc,
  e: EntityMention,
  countryOf: (text: string) => string | undefined,
  sentenceEnd: number,
): ActorCandidate | undefined {
  if (e.label !== "LOC" && !(e.label === "MISC" && e.country)) return undefined;
  const last = tokenIndexAt(doc.tokens, e.end - 1, 0, sentenceEnd);
  const noun = doc.tokens[last + 1];
  if (last < 0 || last + 1 >= sentenceEnd || noun.pos !== "NOUN" || !PRIVATE_PERSON_NOUNS.has(noun.norm))
    return undefined;
  const first = tokenIndexAt(doc.tokens, e.start, 0, sentenceEnd);
  if (first < 0) return undefined;
  const country = e.country ?? countryOf(e.text);
  return {
    text: doc.text.slice(e.start, noun.end),
    start: e.start,
    end: noun.end,
    kind: "civilians",
    ...(country ? { country } : {}),
    firstToken: first,
    lastToken: last + 1,
  };
}

/**
 * "The 48-year-old Australian was sentenced", "an American was freed": a demonym after an article
 * with nothing after it to qualify is a person of that country, not the country.
 */
function demonymPerson(
  doc: Doc,
  e: EntityMention,
  sentenceStart: number,
  sentenceEnd: number,
): ActorCandidate | undefined {
  if (e.label !== "MISC" || !e.country) return undefined;
  const first = tokenIndexAt(doc.tokens, e.start, sentenceStart, sentenceEnd);
  const last = tokenIndexAt(doc.tokens, e.end - 1, sentenceStart, sentenceEnd);
  if (first < 0 || last < 0 || first !== last) return undefined;
  const next = doc.tokens[last + 1];
  if (next && last + 1 < sentenceEnd && ["NOUN", "PROPN", "ADJ", "NUM"].includes(next.pos)) return undefined;
  // Back over the person's description ("48-year-old", "former") to the article.
  let k = first - 1;
  // "48-year-old": the tagger reads the compound as number, hyphen, noun, hyphen, adjective.
  const describing = (t: Token, after: Token | undefined) =>
    t.pos === "ADJ" || t.pos === "NUM" || t.text === "-" || (t.pos === "NOUN" && after?.text === "-");
  while (k >= sentenceStart && describing(doc.tokens[k], doc.tokens[k + 1])) k--;
  if (k < sentenceStart || !["a", "an", "the"].includes(doc.tokens[k].norm)) return undefined;
  const start = doc.tokens[k + 1].start;
  return {
    text: doc.text.slice(start, e.end),
    start,
    end: e.end,
    // A nationality tells nothing of whether the person is a civilian or a fighter.
    kind: "unknown",
    country: e.country,
    entity: e.entity ?? e.text,
    firstToken: k + 1,
    lastToken: last,
  };
}

/** "Albanians", "Bosnian Serbs": a name whose last word is a demonym in the plural; not "American Music Awards". */
function pluralDemonym(text: string, countryOf: (text: string) => string | undefined): boolean {
  const last = text.split(/\s+/).pop() ?? "";
  return /^\p{Lu}\p{Ll}+s$/u.test(last) && !!countryOf(last);
}

/** A named entity as an actor, its tokens looked up within [from, to); undefined if it is not on token edges there. */
export function entityActor(
  doc: Doc,
  e: EntityMention,
  countryOf: (text: string) => string | undefined = () => undefined,
  from = 0,
  to = doc.tokens.length,
): ActorCandidate | undefined {
  const first = tokenIndexAt(doc.tokens, e.start, from, to);
  const last = tokenIndexAt(doc.tokens, e.end - 1, from, to);
  if (first < 0 || last < 0) return undefined;
  // "Chad Wolf", "Jordan Peterson": a person's own name tells no country.
  const country = e.country ?? (e.label === "PER" ? undefined : countryOf(e.text));
  return {
    text: e.text,
    start: e.start,
    end: e.end,
    kind: entityKind(e.label, e.text),
    ...(country ? { country } : {}),
    entity: e.entity ?? e.text,
    firstToken: first,
    lastToken: last,
  };
}

export function toActor(c: ActorCandidate): Actor {
  const { firstToken: _f, lastToken: _l, ...actor } = c;
  return actor;
}
