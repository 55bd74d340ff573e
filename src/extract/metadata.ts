import { dateFromUrl, findVisibleDate, parseMarkupDate } from "./published.ts";
import { chooseTitle, type TitleCandidate } from "./title.ts";
import { type Element, elements, type PageHead, textOf } from "./tree.ts";
import type { PublishedAt } from "./types.ts";

/** What the page says about itself in its head: read before any extraction mutates the DOM. */
export interface PageMetadata {
  title?: string;
  site?: string;
  byline?: string;
  section?: string;
  genre?: string;
  publishedAt?: PublishedAt;
  /** Every headline the page offers, for a choice that also sees the body (chooseTitle). */
  titles: TitleCandidate[];
  /** Names the site goes by (og:site_name, publisher, host), which a headline is not. */
  siteNames: (string | undefined)[];
}

/** JSON-LD types whose datePublished is the article's own (not a breadcrumb's or a video's). */
const ARTICLE_TYPES = /Article|Posting|Report|Blog|WebPage|NewsArticle/i;

/** Meta names (name=, property=, itemprop=) that CMSs use for the publication date, best first. */
const DATE_META_NAMES = [
  "article:published_time",
  "og:published_time",
  "og:article:published_time",
  "datepublished",
  "publishdate",
  "publish-date",
  "publish_date",
  "published_time",
  "published-date",
  "pubdate",
  "article.published",
  "article:published",
  "parsely-pub-date",
  "sailthru.date",
  "dc.date.issued",
  "dc.date.created",
  "dcterms.created",
  "dcterms.issued",
  "dc.date",
  "dcterms.date",
  "citation_publication_date",
  "citation_date",
  "date",
  "originalpublicationdate",
  "article_date_original",
  "cxenseparse:recs:publishtime",
  "displaydate",
  "dateposted",
  "timestamp",
  "og:updated_time",
  "article:modified_time",
  "datemodified",
];

/** Classes or ids of elements that show the publication date on the page. */
const DATE_ELEMENT_HINT =
  /(^|[\s_-])(date|dateline|time|timestamp|published|pubdate|posted|meta-date|article-date|byline)([\s_-]|$)/i;

export function readMetadata(root: Element, head: PageHead, url: string | undefined): PageMetadata {
  const meta = new Map<string, string>();
  for (const attrs of head.metas) {
    const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? "").trim().toLowerCase();
    if (key && attrs.content && !meta.has(key)) meta.set(key, attrs.content.trim());
  }
  const jsonLd = readJsonLd(head.jsonLd);
  const candidates: PublishedAt[] = [];
  const add = (raw: string | undefined | null, foundIn: string) => {
    const parsed = parseMarkupDate(raw);
    if (parsed) candidates.push({ ...parsed, foundIn });
  };
  add(jsonLd.datePublished, "json-ld");
  for (const name of DATE_META_NAMES) add(meta.get(name), `meta:${name}`);
  const h1s: Element[] = [];
  let dateline: string | undefined;
  for (const element of elements(root)) {
    const { attrs } = element;
    if (element.tag === "h1") h1s.push(element);
    if ((element.tag === "time" && attrs.datetime) || attrs.itemprop === "datePublished") {
      add(attrs.datetime ?? attrs.content ?? textOf(element), "time");
    }
    if (
      !dateline &&
      (attrs.class || attrs.id) &&
      DATE_ELEMENT_HINT.test(`${attrs.class ?? ""} ${attrs.id ?? ""}`)
    ) {
      const found = findVisibleDate(textOf(element).slice(0, DATELINE_CHARS));
      if (found) dateline = found.value;
    }
  }
  const fromUrl = dateFromUrl(url ?? meta.get("og:url") ?? head.canonical);
  if (fromUrl) candidates.push({ ...fromUrl, foundIn: "url" });
  if (dateline) candidates.push({ value: dateline, precision: "day", foundIn: "dateline" });
  const result: PageMetadata = { titles: [], siteNames: [] };
  if (candidates[0]) result.publishedAt = candidates[0];

  const site = meta.get("og:site_name") ?? jsonLd.publisher ?? meta.get("application-name") ?? hostName(url);
  if (site) result.site = site;
  const offered: [TitleCandidate["rule"], string | undefined][] = [
    ["json-ld", jsonLd.headline],
    ["og:title", meta.get("og:title")],
    ["twitter:title", meta.get("twitter:title")],
    ["h1", h1s.length === 1 ? textOf(h1s[0]) : undefined],
    ["title", head.title],
  ];
  result.titles = offered.flatMap(([rule, text]) => (text?.trim() ? [{ rule, text }] : []));
  result.siteNames = [site, hostName(url)];
  const title = chooseTitle(result.titles, result.siteNames);
  if (title) result.title = title;
  const byline =
    jsonLd.author ??
    meta.get("author") ??
    meta.get("article:author") ??
    meta.get("byl") ??
    meta.get("parsely-author");
  if (byline && !/^https?:/.test(byline)) result.byline = byline.replace(/^by\s+/i, "").trim();
  const section = meta.get("article:section") ?? meta.get("og:article:section") ?? jsonLd.section;
  if (section?.trim()) result.section = section.trim();
  if (jsonLd.genre) result.genre = jsonLd.genre;
  return result;
}

/** A dateline sits at the start of its element; further text is the byline or the story. */
const DATELINE_CHARS = 200;

interface JsonLdFacts {
  datePublished?: string;
  headline?: string;
  publisher?: string;
  author?: string;
  section?: string;
  /** The article's own schema.org type ("NewsArticle", "OpinionNewsArticle", "BlogPosting"). */
  genre?: string;
}

function readJsonLd(scripts: string[]): JsonLdFacts {
  const facts: JsonLdFacts = {};
  let pageDate: string | undefined;
  for (const script of scripts) {
    const data = parseLenientJson(script.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ""));
    if (data === undefined) continue;
    for (const node of flattenJsonLd(data)) {
      const type = ([] as unknown[]).concat(node["@type"] ?? []).join(" ");
      if (!ARTICLE_TYPES.test(type)) continue;
      // A WebPage's date is weaker than an Article's: only use it when nothing better was seen.
      const isArticle = !/^WebPage$/i.test(type);
      if (typeof node.datePublished === "string") {
        if (isArticle) facts.datePublished ??= node.datePublished;
        else pageDate ??= node.datePublished;
      }
      if (typeof node.headline === "string" && isArticle) facts.headline ??= node.headline;
      const publisher = nameOf(node.publisher);
      if (publisher) facts.publisher ??= publisher;
      const author = nameOf(node.author);
      if (author && isArticle) facts.author ??= author;
      if (!isArticle) continue;
      const section = nameOf(node.articleSection);
      if (section) facts.section ??= section;
      facts.genre ??= type;
    }
  }
  facts.datePublished ??= pageDate;
  return facts;
}

/** CMSs often put raw newlines and tabs inside JSON-LD strings; JSON forbids them, browsers do not care. */
function parseLenientJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, " "));
    } catch {
      return undefined;
    }
  }
}

function flattenJsonLd(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flattenJsonLd);
  if (!data || typeof data !== "object") return [];
  const node = data as Record<string, unknown>;
  return [node, ...(node["@graph"] ? flattenJsonLd(node["@graph"]) : [])];
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter(Boolean);
    return names.length ? names.join(", ") : undefined;
  }
  if (value && typeof value === "object" && typeof (value as { name?: unknown }).name === "string")
    return (value as { name: string }).name;
  return undefined;
}

function hostName(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return undefined;
  }
}
