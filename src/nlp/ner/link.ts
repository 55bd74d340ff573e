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
/** "(CSTO)" right after a name defines an acronym for it. */
const DEFINED_ACRONYM = /^\s*\(([A-Z][A-Z0-9&.]{1,9})\)/;
/** How far after a name its parenthesised acronym may start (spaces, the parenthesis, 10 letters). */
const ACRONYM_WINDOW = 16;

/** Words of a name before "(", with their offsets: letters, digits, hyphens, apostrophes, "&". */
const NAME_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&-]*/gu;
/** A defined acronym is read off at most this many words before its parenthesis. */
const MAX_ACRONYM_WORDS = 12;

/**
 * "Full Name (ACRONYM)": when the capitalised words right before a parenthesised acronym spell it
 * ("Central Asian Water Commission (CAWC)"), the words become one mention, whatever pieces the
 * tagger made of them, and the acronym a mention of the same type (ORG unless the tagger said
 * otherwise for the name). Linking then joins the two.
 */
export function addDefinedAcronyms(text: string, mentions: EntityMention[]): EntityMention[] {
  let out = [...mentions];
  for (const match of text.matchAll(/\(([A-Z][A-Z0-9&]{1,9})\)/g)) {
    const acronym = match[1];
    const open = match.index ?? 0;
    const before = text.slice(Math.max(0, open - 200), open);
    const offset = open - before.length;
    const words = [...before.matchAll(NAME_WORD)].slice(-MAX_ACRONYM_WORDS);
    // The shortest run of words ending right before "(" whose initials (function words skipped) spell the acronym.
    let from = -1;
    for (let k = words.length - 1; k >= 0; k--) {
      const run = words.slice(k);
      const gap = before.slice((run.at(-1)?.index ?? 0) + (run.at(-1)?.[0].length ?? 0));
      if (gap.trim()) break;
      if (ACRONYM_SKIP.has(run[0][0].toLowerCase())) continue;
      if (!/^\p{Lu}/u.test(run[0][0])) break;
      const initials = run
        .map((w) => w[0])
        .filter((w) => !ACRONYM_SKIP.has(w.toLowerCase()))
        .map((w) => w[0].toUpperCase())
        .join("");
      if (initials === acronym) {
        from = k;
        break;
      }
      if (initials.length >= acronym.length) break;
    }
    if (from < 0) continue;
    const start = offset + (words[from].index ?? 0);
    const last = words[words.length - 1];
    const end = offset + (last.index ?? 0) + last[0].length;
    const inside = out.filter((m) => m.start >= start && m.end <= end);
    if (out.some((m) => m.start < end && m.end > start && !inside.includes(m))) continue;
    const widest = inside.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    const label = widest && widest.label !== "MISC" ? widest.label : "ORG";
    const sentence = widest?.sentence ?? out.filter((m) => m.start <= start).at(-1)?.sentence ?? 0;
    const acronymStart = open + 1;
    const acronymEnd = acronymStart + acronym.length;
    out = out.filter((m) => !inside.includes(m) && !(m.start === acronymStart && m.end === acronymEnd));
    out.push({ start, end, text: text.slice(start, end), label, sentence });
    out.push({ start: acronymStart, end: acronymEnd, text: acronym, label, sentence });
  }
  // An acronym in another language ("Collective Security Treaty Organization (OTSC)") does not
  // spell the name, but right after an organisation it still names it.
  for (const m of [...out]) {
    if (m.label !== "ORG") continue;
    const after = DEFINED_ACRONYM.exec(text.slice(m.end, m.end + ACRONYM_WINDOW));
    if (!after) continue;
    const start = text.indexOf(after[1], m.end);
    const end = start + after[1].length;
    if (!out.some((o) => o.start < end && o.end > start)) {
      out.push({ start, end, text: after[1], label: "ORG", sentence: m.sentence });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Titles that name a role held by one person ("President Tokayev", "the Kazakh president"). */
const ROLE =
  "president|prime minister|chancellor|foreign minister|defen[cs]e minister|king|queen|emir|spokesman|spokeswoman";
/** A role right before a name, optionally after a country adjective: "Russian President Vladimir Putin". */
export const ROLE_BEFORE_NAME = new RegExp(`(?:(\\p{Lu}[\\p{L}-]+)\\s+)?(${ROLE})\\s+$`, "iu");
/** A role described by country instead of name: "the Kazakh president", "the President of Kazakhstan". */
export const ROLE_DESCRIPTION = new RegExp(
  `\\bthe\\s+(?:(\\p{Lu}[\\p{L}-]+)\\s+(${ROLE})\\b|(${ROLE})\\s+of\\s+(\\p{Lu}[\\p{L}-]+))`,
  "giu",
);
/** Characters before a name searched for its title. */
export const TITLE_WINDOW = 40;

interface RoleHolder {
  name: string;
  role: string;
  country?: string;
}

/**
 * Mentions for descriptions that stand for a named person of the article: "the Kazakh president"
 * is Kassym-Jomart Tokayev when the article calls him "President Kassym-Jomart Tokayev" and no other
 * president of Kazakhstan (or of no stated country) appears. The description becomes a PER mention
 * without "the", linked to the person.
 */
function describedPeople(
  text: string,
  mentions: EntityMention[],
  canonical: Map<EntityMention, string>,
): EntityMention[] {
  const holders: RoleHolder[] = [];
  for (const m of mentions) {
    if (m.label !== "PER") continue;
    const before = ROLE_BEFORE_NAME.exec(text.slice(Math.max(0, m.start - TITLE_WINDOW), m.start));
    if (!before) continue;
    const name = canonical.get(m) ?? m.text;
    const role = before[2].toLowerCase();
    const country = before[1] ? countryOf(before[1]) : undefined;
    if (!holders.some((h) => h.name === name && h.role === role && h.country === country)) {
      holders.push({ name, role, country });
    }
  }
  const out: EntityMention[] = [];
  for (const match of text.matchAll(ROLE_DESCRIPTION)) {
    const role = (match[2] ?? match[3]).toLowerCase();
    const country = countryOf(match[1] ?? match[4]);
    if (!country) continue;
    const withRole = holders.filter((h) => h.role === role);
    const exact = withRole.filter((h) => h.country === country);
    const candidates = exact.length ? exact : withRole.filter((h) => h.country === undefined);
    const names = new Set(candidates.map((h) => h.name));
    if (names.size !== 1) continue;
    const start = (match.index ?? 0) + match[0].indexOf(match[1] ?? match[3]);
    const end = (match.index ?? 0) + match[0].length;
    const sentence = mentions.filter((m) => m.start <= start).at(-1)?.sentence ?? 0;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      label: "PER",
      sentence,
      entity: [...names][0],
      country,
    });
  }
  return out;
}

/**
 * Sets `entity` (canonical name) and `country` on every mention of one document, and adds PER
 * mentions for descriptions of named people ("the Kazakh president").
 */
export function linkEntities(text: string, mentions: EntityMention[]): EntityMention[] {
  const canonical = new Map<EntityMention, string>();

  // Acronyms: defined in parentheses ("... Organization (OTSC)"), or spelt by the initials of exactly
  // one longer name of the document ("CSTO" ← "Collective Security Treaty Organization").
  const defined = new Map<string, string>();
  for (const m of mentions) {
    const after = DEFINED_ACRONYM.exec(text.slice(m.end, m.end + ACRONYM_WINDOW));
    if (after && !isAcronym(m.text)) defined.set(after[1], m.text);
  }
  for (const m of mentions) {
    if (!isAcronym(m.text)) continue;
    const letters = m.text.replace(/\./g, "");
    const spelt = new Set(
      mentions.filter((o) => !isAcronym(o.text) && acronymOf(o.text) === letters).map((o) => o.text),
    );
    const full = defined.get(m.text) ?? (spelt.size === 1 ? [...spelt][0] : undefined);
    if (full) canonical.set(m, full);
  }

  // People: a shorter name ("Tokayev", "Mr. Tokayev") whose words end exactly one longer name.
  const people = mentions.filter((m) => m.label === "PER");
  for (const m of people) {
    const words = nameWords(m.text);
    if (!words.length) continue;
    const longer = new Set(
      people
        .map((o) => nameWords(o.text))
        .filter(
          (full) =>
            full.length > words.length && words.every((w, k) => full[full.length - words.length + k] === w),
        )
        .map((full) => full.join(" ")),
    );
    if (longer.size === 1) canonical.set(m, [...longer][0]);
    else if (words.join(" ") !== m.text) canonical.set(m, words.join(" "));
  }

  const linked = mentions.map((m) => {
    const entity = canonical.get(m) ?? m.text;
    const country = m.label === "LOC" || m.label === "MISC" ? countryOf(m.text) : undefined;
    return { ...m, entity, ...(country ? { country } : {}) };
  });
  return [...linked, ...describedPeople(text, mentions, canonical)].sort((a, b) => a.start - b.start);
}
