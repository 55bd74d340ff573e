import { TITLE_ABBREVIATION } from "../nlp/ner/refine.ts";
import { isJoiningHyphen } from "../nlp/offsets.ts";
import type { Doc, EntityMention, Token } from "../nlp/types.ts";
import {
  type ActorCandidate,
  afterCount,
  agentKind,
  DETERMINERS,
  entityKind,
  IGO_NAMES,
  institutionCountry,
  nameStart,
  tokenIndexAt,
} from "./actors.ts";
import { datelineOf } from "./dateline.ts";
import { PARTY_GOING, PRIVATE_PERSON_NOUNS, SOCIAL_OCCASIONS } from "./words.ts";

/**
 * The actor candidates of a sentence: its named entities read as parties (a titled person, "a
 * 48-year-old Kazakh", a plural demonym, an institution), and the noun phrases headed by a person
 * or group noun, left to right and without overlaps. The kinds and countries they carry come from
 * actors.ts.
 */
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
    if (kind === "party" && socialParty(tokens, i)) continue;
    // "met Governor Harris": a title the recogniser took into a person's name is that person, whom
    // the entities below give whole; the title alone would be a second, overlapping party.
    if (entities.some((e) => e.label === "PER" && e.start === t.start && e.end > t.end)) continue;
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
    first = afterCount(tokens, nameStart(tokens, first, i), i);
    let last = i;
    // "President Kassym-Jomart Tokayev", "Kremlin spokesman Dmitry Peskov": a title before a name is
    // the person; so is one that ends in "-elect" ("President-elect Barack Obama").
    const nameAt = tokens[i + 1]?.text === "-" && tokens[i + 2]?.norm === "elect" ? i + 3 : i + 1;
    const person = entities.find(
      (e) => e.label === "PER" && tokens[nameAt] && e.start === tokens[nameAt].start,
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

/**
 * "a fatal office Christmas party shooting", "soon after walking into the party": a party one
 * celebrates at, attends or enters is a gathering, not a political party.
 */
function socialParty(tokens: Doc["tokens"], i: number): boolean {
  const before = tokens[i - 1];
  if (before && SOCIAL_OCCASIONS.has(before.norm)) return true;
  const k = before && DETERMINERS.has(before.norm) ? i - 2 : i - 1;
  return PARTY_GOING.has(tokens[k]?.norm ?? "");
}
