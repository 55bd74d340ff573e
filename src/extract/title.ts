import type { TextBlock } from "./content.ts";

/** A headline offered by one part of the page, with the rule that names the part. */
export interface TitleCandidate {
  rule: "json-ld" | "og:title" | "twitter:title" | "body-h1" | "h1" | "title";
  text: string;
}

/** Where the headline is looked for, best first: the article's own markup, its heading, then <title>. */
const ORDER: TitleCandidate["rule"][] = ["json-ld", "og:title", "twitter:title", "body-h1", "h1", "title"];

/** The headline sits just above the body: past the byline, date, share bar and lead image. */
const HEADLINE_REACH = 6;
/** "Bloomberg.com: Japan", "Daily Courier - World News": a site's name and a short section. */
const SECTION_MAX_WORDS = 3;

/** The <h1> just before the article body (or opening it): the headline when the page has several h1s. */
export function headingBeforeBody(blocks: TextBlock[], main: TextBlock[]): TitleCandidate | undefined {
  const first = main.length ? blocks.indexOf(main[0]) : -1;
  if (first < 0) return undefined;
  for (let i = Math.min(blocks.length - 1, first + 1); i >= Math.max(0, first - HEADLINE_REACH); i--) {
    const block = blocks[i];
    if (block.kind === "heading" && block.container.tag === "h1" && !block.boilerplate)
      return { rule: "body-h1", text: block.text };
  }
  return undefined;
}

/**
 * The article's headline: the first candidate, in ORDER, that is neither empty nor the site's own
 * name ("Bloomberg.com: Japan" is a section page's title, not a story's), with the site's name cut
 * from its ends ("Troops leave Almaty | The Daily Wire").
 */
export function chooseTitle(
  candidates: TitleCandidate[],
  siteNames: (string | undefined)[],
): string | undefined {
  const keys = siteNames
    .filter((s): s is string => !!s)
    .map(siteKey)
    .filter(Boolean);
  const site = siteNames.find(Boolean);
  for (const rule of ORDER) {
    for (const candidate of candidates) {
      if (candidate.rule !== rule) continue;
      // Cut the site's name before decoding, so an escaped dash inside a headline is no separator.
      const text = decodeEntities(stripSiteName(candidate.text.replace(/\s+/g, " ").trim(), site)).trim();
      if (text && !namesTheSite(text, keys)) return text;
    }
  }
  return undefined;
}

function siteKey(site: string): string {
  return site
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/^www\./, "")
    .replace(/\.[a-z]{2,}(?:\.[a-z]{2})?$/, "")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** The site's name alone, or followed by a short section name. */
function namesTheSite(text: string, keys: string[]): boolean {
  const whole = siteKey(text);
  if (keys.some((k) => whole === k)) return true;
  const m = /^(.+?)\s*[:|–—-]\s*(.+)$/.exec(text);
  return !!m && keys.includes(siteKey(m[1])) && m[2].split(/\s+/).length <= SECTION_MAX_WORDS;
}

const NAMED: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: " " };

/** Titles are sometimes escaped twice by a CMS ("&#8216;The Medium&#8217;"); the parser undid only once. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|quot|apos|lt|gt|nbsp));/gi,
    (all, dec, hex, name) => {
      if (name) return NAMED[name.toLowerCase()] ?? all;
      const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    },
  );
}

/** Outlet names are short ("The Kyiv Independent"); a longer end segment is part of the headline. */
const BRAND_MAX_WORDS = 4;

/** "Troops leave Almaty | The Daily Wire" → "Troops leave Almaty": drop the segment that names the site. */
export function stripSiteName(title: string, site: string | undefined): string {
  const parts = title.split(/\s+[|–—·•»-]\s+/);
  if (parts.length < 2) return title;
  const key = site ? siteKey(site) : "";
  const isSite = (part: string) => {
    const k = siteKey(part);
    return key !== "" && k !== "" && (k === key || k.includes(key) || key.includes(k));
  };
  const kept = parts.filter((p) => !isSite(p));
  if (kept.length > 0 && kept.length < parts.length) return kept.join(" - ");
  // No site name known: a short segment at either end is the brand ("… | Daily Wire").
  const words = (part: string) => part.split(/\s+/).length;
  if (words(parts[parts.length - 1]) <= BRAND_MAX_WORDS) return parts.slice(0, -1).join(" - ");
  if (words(parts[0]) <= BRAND_MAX_WORDS) return parts.slice(1).join(" - ");
  return title;
}
