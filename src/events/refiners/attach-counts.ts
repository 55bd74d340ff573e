import { tokenAtOrAfter, tokensBetween } from "../../nlp/offsets.ts";
import type { Doc, Quantity } from "../../nlp/types.ts";
import { OBJECT_WINDOW } from "../active-clause.ts";
import { agentKind } from "../actors.ts";
import type { Count } from "../schema.ts";
import { type Candidate, isViolent, MOVEMENT_TYPES, type Refiner } from "../types.ts";
import { COUNT_NOUNS, COUNT_VERBS, PERSON_NOUNS } from "../words.ts";

/** How many sentences back a troop figure or a casualty toll may be carried to its event. */
const COUNT_CARRY_SENTENCES = 2;
const OUTCOME_COUNTS = new Set<Count["what"]>(["killed", "injured", "arrested", "displaced"]);

/** Attaches each count to the event it measures: same sentence first, then a recent event. */
export const attachCounts: Refiner = {
  name: "attach-counts",
  refine(candidates, ctx) {
    const doc = ctx.doc;
    for (const q of doc.quantities) {
      const here = candidates.filter((c) => c.trigger.sentence === q.sentence);
      // "detained at least 25 protesters", "killed 12 villagers": a count right after the verb is its object.
      const object = here
        .filter(
          (c) =>
            !c.trigger.nominal &&
            q.start > c.trigger.end &&
            tokensBetween(doc.tokens, c.trigger.end, q.start) <= OBJECT_WINDOW,
        )
        .sort((a, b) => b.trigger.end - a.trigger.end)[0];
      // The verb decides what happened to the people counted ("detained 25 protesters" → arrested),
      // unless the count names an outcome itself ("killed 12 and dozens wounded" → injured).
      // Only people are counted so: "detained 40 people in three cities" did not detain the cities.
      const objectWhat =
        object && !OUTCOME_COUNTS.has(countWhat(doc, q)) && (!q.noun || isCountedParty(q.noun))
          ? objectCountWhat(object, q.noun)
          : undefined;
      if (object && objectWhat) {
        object.counts.push(toCount(q, objectWhat, ctx.sentence(q.sentence).attribution?.source));
        continue;
      }
      const nounWhat = countWhat(doc, q);
      // "for several days", "three projects": only counts of people are event counts.
      if (nounWhat === "people" && !isPersonNoun(q.noun)) continue;
      const fits = (c: Candidate, what: Count["what"]) => {
        if (what === "killed" || what === "injured") return isViolent(c);
        if (what === "troops") return MOVEMENT_TYPES.has(c.trigger.type);
        if (what === "arrested") return c.trigger.type === "COERCE";
        if (what === "protesters") return c.trigger.type === "PROTEST";
        return true;
      };
      const byDistance = (a: Candidate, b: Candidate) =>
        Math.abs(a.trigger.start - q.start) - Math.abs(b.trigger.start - q.start);
      const target = here
        .filter((c) =>
          fits(c, nounWhat === "people" ? countWhat(doc, q, c.trigger.type, c.trigger.mode) : nounWhat),
        )
        .sort(byDistance)[0];
      if (target) {
        const what = countWhat(doc, q, target.trigger.type, target.trigger.mode);
        if (what !== "people" || nounWhat === "people")
          target.counts.push(toCount(q, what, ctx.sentence(q.sentence).attribution?.source));
        continue;
      }
      // A casualty toll or force size told in a sentence of its own ("It left dozens dead").
      if (nounWhat === "killed" || nounWhat === "injured" || nounWhat === "troops") {
        const nearby = candidates
          .filter(
            (c) =>
              Math.abs(c.trigger.sentence - q.sentence) <= COUNT_CARRY_SENTENCES &&
              fits(c, nounWhat) &&
              !c.counts.some((k) => k.what === nounWhat),
          )
          .sort(
            (a, b) => Math.abs(a.trigger.sentence - q.sentence) - Math.abs(b.trigger.sentence - q.sentence),
          );
        const targets = nounWhat === "troops" ? nearby : nearby.slice(0, 1);
        for (const c of targets) c.counts.push(toCount(q, nounWhat));
      }
    }
    return candidates;
  },
};

function countWhat(doc: Doc, q: Quantity, eventType?: string, mode?: string): Count["what"] {
  const direct = q.noun ? COUNT_NOUNS[q.noun] : undefined;
  if (direct && OUTCOME_COUNTS.has(direct)) return direct;
  // "14 people were killed", "106 protesters in 21 cities have been killed": the verb after the
  // counted people (past a place or time phrase) says what happened to them. Only to people: the
  // 21 cities were not killed.
  if (q.noun && !direct && !isPersonNoun(q.noun)) return "people";
  const outcome = outcomeVerbAfter(doc, q);
  if (outcome) return outcome;
  if (direct) return direct;
  if (eventType === "COERCE" && mode === "arrest") return "arrested";
  if (eventType === "PROTEST") return "protesters";
  return "people";
}

/** Tokens after a counted noun searched for what happened to the people counted. */
const OUTCOME_WINDOW = 6;

/** The outcome verb of the clause the counted noun is the subject of ("… have been killed"). */
function outcomeVerbAfter(doc: Doc, q: Quantity): Count["what"] | undefined {
  const from = tokenAtOrAfter(doc.tokens, q.nounSpan?.end ?? q.end);
  for (const t of doc.tokens.slice(from, from + OUTCOME_WINDOW)) {
    if (t.sentence !== q.sentence || t.pos === "PUNCT") return undefined;
    const what = COUNT_VERBS[t.lemma.toLowerCase()];
    if (what) return what;
    // Another verb is the clause's own ("200 soldiers arrived and were killed" is not read here).
    if (t.pos === "VERB") return undefined;
  }
  return undefined;
}

function toCount(q: Quantity, what: Count["what"], source?: string): Count {
  return {
    ...(source ? { source } : {}),
    what,
    value: q.value,
    ...(q.min !== undefined ? { min: q.min } : {}),
    ...(q.max !== undefined ? { max: q.max } : {}),
    ...(q.qualifier ? { qualifier: q.qualifier } : {}),
    text: q.text,
    start: q.start,
    end: q.end,
  };
}

/** A counted noun that names people or a force ("25 protesters", "3,000 troops", "12 villagers"). */
function isCountedParty(noun: string): boolean {
  return isPersonNoun(noun) || COUNT_NOUNS[noun] !== undefined;
}

function isPersonNoun(noun: string | undefined): boolean {
  return (
    !!noun &&
    (PERSON_NOUNS.has(noun) || PERSON_NOUNS.has(noun.replace(/s$/, "")) || agentKind(noun) !== undefined)
  );
}

/** What a count that is the object of an event's verb counts. */
function objectCountWhat(c: Candidate, noun: string | undefined): Count["what"] | undefined {
  const lemma = c.trigger.text.toLowerCase();
  if (c.trigger.type === "COERCE" && c.trigger.mode === "arrest") return "arrested";
  if (c.trigger.type === "ASSAULT" && /^(kill|shot|shoot)/.test(lemma)) return "killed";
  if (c.trigger.type === "ASSAULT" && /^(wound|injur)/.test(lemma)) return "injured";
  // "freed three Taliban prisoners": a movement's count is of troops only when troops are counted.
  if (MOVEMENT_TYPES.has(c.trigger.type) && (!noun || COUNT_NOUNS[noun] === "troops")) return "troops";
  return undefined;
}
