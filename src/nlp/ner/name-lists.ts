/**
 * Name lists from npm packages, read by gazetteer-build.ts when `npm run train:ner` compiles the
 * gazetteer file (the packages are devDependencies: tagging reads only the compiled hashes).
 *
 * - name-suggestion-index (BSD-3-Clause): the brands, operators and transit networks OpenStreetMap
 *   uses, with their Wikidata labels — companies, banks, utilities, agencies, police forces,
 *   universities, railways. The names the CoNLL training text never saw are what the tagger misses
 *   most (ORG is its weakest type on unseen text).
 * - @cspell/dict-people-names (MIT): 39,000 first names and surnames. (humannames, 197,000 names,
 *   was tried and left out: it lists words such as "Fed", "Commerce" and "Real" as names, and
 *   held-out CoNLL dev was no better with it.)
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** A file of an installed package, past the package's `exports` map (which lists no data files). */
function packageFile(name: string, file: string): string {
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, "package.json"))) dir = dirname(dir);
  return join(dir, file);
}

/** One list per kind of name in the index: the tagger weighs each on its own. */
const NSI_LISTS: Record<string, string> = {
  brands: "nsi-brand",
  operators: "nsi-operator",
  transit: "nsi-network",
};

/** Tags that hold a name (not a type or a code) of the brand, operator or network. */
const NSI_NAME_TAG =
  /^(?:name|brand|operator|network|official_name|short_name|alt_name)(?::(?:en|short))?$|^(?:operator|network):short$/;

/** Tags whose value is the Wikidata id of the brand, operator or network. */
const NSI_WIKIDATA_TAG = /^(?:brand|operator|network):wikidata$/;

/**
 * A Wikidata description of a place ("city in Texas", "municipality of Spain", "sovereign state in
 * Europe"): towns and countries operate schools and police stations, but in news their names are
 * places, and the place lists already hold them...
 */
const PLACE_DESCRIPTION =
  /^(?:\S+ ){0,2}(?:municipality|city|town|village|county|commune|province|country|district|borough|region|island|state|barangay|parish|prefecture|canton)(?: in| of|$)/i;
/** ...but a transit, school or utility district is an organisation ("transit district in Bern"). */
const BODY_DESCRIPTION = /\b(?:transit|school|park|utility|water|police|safety|special)\b/i;

/** Names written in Latin letters, digits and the punctuation of company names ("AT&T", "7-Eleven"). */
const LATIN_NAME = /^(?=.*\p{Lu})[\p{Script=Latin}\p{M}\p{N} .,'’&()+/-]+$/u;

interface NsiItem {
  displayName: string;
  tags: Record<string, string>;
}

/** (list, name) for every Latin-script name of every brand, operator and network in the index. */
export function nsiNames(add: (list: string, phrase: string) => void): void {
  const { nsi } = JSON.parse(
    readFileSync(packageFile("name-suggestion-index", "dist/json/nsi.json"), "utf8"),
  ) as { nsi: Record<string, { items: NsiItem[] }> };
  const { wikidata } = JSON.parse(
    readFileSync(packageFile("name-suggestion-index", "dist/wikidata/wikidata.json"), "utf8"),
  ) as { wikidata: Record<string, { label?: string; description?: string }> };
  const isPlace = (id: string) => {
    const description = wikidata[id]?.description ?? "";
    return PLACE_DESCRIPTION.test(description) && !BODY_DESCRIPTION.test(description);
  };
  // Sorted keys: the output is a set of rows, but a fixed order keeps the build easy to follow.
  for (const key of Object.keys(nsi).sort()) {
    const list = NSI_LISTS[key.split("/")[0]];
    if (!list) continue; // "flags": flags are not named in news
    for (const item of nsi[key].items) {
      const ids = Object.entries(item.tags)
        .filter(([tag]) => NSI_WIKIDATA_TAG.test(tag))
        .map(([, id]) => id);
      if (ids.some(isPlace)) continue;
      const names = [item.displayName];
      for (const [tag, value] of Object.entries(item.tags)) {
        if (NSI_NAME_TAG.test(tag)) names.push(...value.split(";"));
      }
      for (const id of ids) names.push(wikidata[id]?.label ?? "");
      for (const name of names) {
        // "First Security Bank (Montana)": the parenthesis tells OpenStreetMap's editors apart.
        const bare = name.replace(/\s*\([^)]*\)\s*$/, "").trim();
        if (LATIN_NAME.test(bare)) add(list, bare);
      }
    }
  }
}

/** (list, name) for the first names and surnames of the people-name package. */
export function personNames(add: (list: string, phrase: string) => void): void {
  const file = packageFile("@cspell/dict-people-names", "dict/people-names.txt");
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const name = line.trim();
    // Single letters ("A") are initials far more often than names.
    if (name.length > 1 && !name.startsWith("#") && LATIN_NAME.test(name)) add("people-name", name);
  }
}
