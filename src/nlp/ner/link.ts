import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Countries } from "world-countries";
import type { EntityMention } from "../types.ts";
import { CURATED_DIR } from "./lexicon.ts";

/**
 * Document-level linking: every mention gets the canonical (fullest) name of the entity it refers
 * to, and country names and demonyms get their ISO 3166-1 alpha-3 code.
 */

/** Titles and honorifics that precede a name but are not part of it ("Mr. Tokayev", "MM. Putin"). */
const TITLES = new Set(
  "mr mr. mrs mrs. ms ms. dr dr. prof prof. mm mm. messrs messrs. sir dame president minister general gen. gen".split(
    " ",
  ),
);
/** Function words skipped when reading an acronym off a name ("Organization of the Petroleum ..."). */
const ACRONYM_SKIP = new Set(["of", "the", "and", "for", "on", "in", "de", "du", "des", "&"]);

let countryIndex: Map<string, string> | undefined;

/**
 * Lower-cased country names, alternative spellings and demonyms → alpha-3, from world-countries
 * plus demonyms.tsv (forms world-countries lacks, e.g. "Kyrgyz").
 */
function countryCodes(): Map<string, string> {
  if (countryIndex) return countryIndex;
  const index = new Map<string, string>();
  const add = (name: string | undefined, code: string) => {
    const key = name?.trim().toLowerCase();
    if (key && key.length > 2 && !index.has(key)) index.set(key, code);
  };
  // Sovereign states first, so "French" is France, not the French Southern Territories.
  const countries = JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve("world-countries/countries.json"), "utf8"),
  ) as Countries;
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const c of ordered) {
    add(c.name.common, c.cca3);
    add(c.name.official, c.cca3);
    for (const alt of c.altSpellings) if (/^[\p{Script=Latin}\s.'-]+$/u.test(alt)) add(alt, c.cca3);
    add(c.demonyms?.eng?.m, c.cca3);
    add(c.demonyms?.eng?.f, c.cca3);
  }
  for (const line of readFileSync(join(CURATED_DIR, "demonyms.tsv"), "utf8").split("\n")) {
    const [code, name] = line.split("\t");
    if (code && name && !code.startsWith("#")) index.set(name.trim().toLowerCase(), code.trim());
  }
  countryIndex = index;
  return index;
}

/** ISO alpha-3 of a country name or demonym; "Russian-led" is read by its first part. */
export function countryOf(name: string): string | undefined {
  const index = countryCodes();
  const key = name.toLowerCase().replace(/['’]s$/, "");
  return index.get(key) ?? (key.includes("-") ? index.get(key.split("-")[0]) : undefined);
}

function nameWords(text: string): string[] {
  return text.split(/\s+/).filter((w) => w && !TITLES.has(w.toLowerCase()));
}

function acronymOf(text: string): string {
  return nameWords(text)
    .filter((w) => !ACRONYM_SKIP.has(w.toLowerCase()))
    .map((w) => w[0])
    .join("")
    .toUpperCase();
}

const isAcronym = (s: string) => /^[A-Z][A-Z0-9&.]{1,9}$/.test(s);

/**
 * Adds an ORG acronym defined in parentheses right after an organisation's name when the tagger
 * did not mark it ("... Treaty Organization (OTSC)"), so the acronym can be linked.
 */
export function addDefinedAcronyms(text: string, mentions: EntityMention[]): EntityMention[] {
  const out = [...mentions];
  for (const m of mentions) {
    if (m.label !== "ORG") continue;
    const after = /^\s*\(([A-Z][A-Z0-9&.]{1,9})\)/.exec(text.slice(m.end, m.end + 16));
    if (!after) continue;
    const start = text.indexOf(after[1], m.end);
    const end = start + after[1].length;
    if (!mentions.some((o) => o.start < end && o.end > start)) {
      out.push({ start, end, text: after[1], label: "ORG", sentence: m.sentence });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Sets `entity` (canonical name) and `country` on every mention of one document. */
export function linkEntities(text: string, mentions: EntityMention[]): EntityMention[] {
  const canonical = new Map<EntityMention, string>();
  const byLabel = (label: string) => mentions.filter((m) => m.label === label);

  // Acronyms defined in parentheses, and acronyms whose letters spell a longer name of the document.
  const defined = new Map<string, string>();
  for (const m of mentions) {
    const after = /^\s*\(([A-Z][A-Z0-9&.]{1,9})\)/.exec(text.slice(m.end, m.end + 16));
    if (after && !isAcronym(m.text)) defined.set(after[1], m.text);
  }
  for (const m of mentions) {
    if (!isAcronym(m.text)) continue;
    const full =
      defined.get(m.text) ??
      unique(
        mentions.filter(
          (o) => o.label === m.label && !isAcronym(o.text) && acronymOf(o.text) === m.text.replace(/\./g, ""),
        ),
      );
    if (full) canonical.set(m, typeof full === "string" ? full : full.text);
  }
  // Linking through acronyms goes both ways: the acronym the parenthesis defined and the acronym spelt
  // by the name ("OTSC" defined, "CSTO" spelt) end at the same full name.

  // People: a shorter name whose words all occur, in order, at the end of one longer name.
  const people = byLabel("PER");
  for (const m of people) {
    const words = nameWords(m.text);
    if (!words.length) continue;
    const longer = people.filter((o) => {
      const full = nameWords(o.text);
      return full.length > words.length && words.every((w, k) => full[full.length - words.length + k] === w);
    });
    const names = new Set(longer.map((o) => nameWords(o.text).join(" ")));
    if (names.size === 1) canonical.set(m, [...names][0]);
    else if (words.length < nameWords(m.text).length + 1 && words.join(" ") !== m.text)
      canonical.set(m, words.join(" "));
  }

  return mentions.map((m) => {
    const entity = canonical.get(m) ?? m.text;
    const country = m.label === "LOC" || m.label === "MISC" ? countryOf(m.text) : undefined;
    return { ...m, entity, ...(country ? { country } : {}) };
  });
}

/** The one element of a list, or undefined when there are none or several distinct names. */
function unique(list: EntityMention[]): EntityMention | undefined {
  const names = new Set(list.map((m) => m.text));
  return names.size === 1 ? list[0] : undefined;
}
