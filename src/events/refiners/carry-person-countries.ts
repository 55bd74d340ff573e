import { tokenAt, tokenAtOrAfter } from "../../nlp/offsets.ts";
import type { Doc, EntityMention } from "../../nlp/types.ts";
import { institutionCountry } from "../actors.ts";
import type { Refiner } from "../types.ts";

/** How many words of title may stand before a name ("White House Press Secretary Stephanie Grisham"). */
const TITLE_WORDS = 6;
/** Tokens a title before a name is made of: words and the marks of abbreviations and possessives. */
const TITLE_POS: ReadonlySet<string> = new Set(["PROPN", "ADJ", "NOUN", "PART"]);

/**
 * "U.S. Defense Secretary Mark Esper accused China … Esper urged Vietnam to push back": the title
 * before a name tells the person's country once ("White House Press Secretary Stephanie Grisham",
 * "Ukrainian President Volodymyr Zelensky", "Israel's Netanyahu"), and it holds for every mention
 * of that person in the article, before or after. A person the article gives two countries keeps
 * none; a bare name tells none ("Chad Wolf").
 */
export const carryPersonCountries: Refiner = {
  name: "carry-person-countries",
  refine(candidates, { doc }) {
    const bare = candidates.some((c) =>
      [c.actor, c.recipient].some((a) => a?.kind === "person" && !a.country),
    );
    if (!bare) return candidates;
    const countries = personCountries(doc);
    for (const c of candidates) {
      for (const role of ["actor", "recipient"] as const) {
        const a = c[role];
        if (!a || a.kind !== "person" || a.country || !a.entity) continue;
        const country = countries.get(a.entity);
        if (country) c[role] = { ...a, country };
      }
    }
    return candidates;
  },
};

/** The one country the titles of the document give each person (persons given two are left out). */
export function personCountries(doc: Doc): Map<string, string> {
  const seen = new Map<string, string | null>();
  for (const e of doc.entities) {
    if (e.label !== "PER") continue;
    const country = titleCountry(doc, e);
    if (!country) continue;
    const key = e.entity ?? e.text;
    const had = seen.get(key);
    seen.set(key, had === undefined || had === country ? country : null);
  }
  const out = new Map<string, string>();
  for (const [entity, country] of seen) if (country) out.set(entity, country);
  return out;
}

/** The country named in the title right before a person's name, if any. */
function titleCountry(doc: Doc, person: EntityMention): string | undefined {
  const { tokens } = doc;
  const at = tokenAt(tokens, person.start);
  if (at < 0) return undefined;
  const from = doc.sentences[tokens[at].sentence].tokenStart;
  let first = at;
  while (
    first > from &&
    at - first < TITLE_WORDS &&
    (TITLE_POS.has(tokens[first - 1].pos) || tokens[first - 1].text === ".")
  )
    first--;
  if (first === at) return undefined;
  // Entities are in text order: only those from the title's first word to the name are read.
  const { entities } = doc;
  for (let k = tokenAtOrAfter(entities, tokens[first].start); k < entities.length; k++) {
    const e = entities[k];
    if (e.start >= person.start) break;
    if (e.end > person.start || e.label === "PER") continue;
    const country = e.country ?? institutionCountry(e.text);
    if (country) return country;
  }
  return undefined;
}
