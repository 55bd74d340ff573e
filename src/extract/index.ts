import { type Diagnostic, diagnostic } from "../core/diagnostics.ts";
import { looksBinary } from "../sources/sniff.ts";
import type { RawDoc } from "../sources/types.ts";
import { collectTextBlocks, findMainContent, MIN_BODY_CHARS } from "./content.ts";
import { decodeRawDoc } from "./decode.ts";
import { cleanDump } from "./dump/cleaner.ts";
import { BLOCK_BOILERPLATE_RULES } from "./dump/rules.ts";
import { emptyArticle } from "./empty.ts";
import { extractHtmlBody, type HtmlBody, parseDocument } from "./html.ts";
import { identifyLanguage } from "./lang.ts";
import { readMetadata } from "./metadata.ts";
import { findPublicationLine } from "./publication-line.ts";
import { explicitDate, findVisibleDate } from "./published.ts";
import { chooseTitle, headingBeforeBody } from "./title.ts";
import {
  closeUnclosedTitle,
  estimateUnclosed,
  MAX_TREE_DEPTH,
  MAX_UNCLOSED_ELEMENTS,
  parsePage,
} from "./tree.ts";
import type { Article, Block, BlockKind, PublishedAt } from "./types.ts";

export { emptyArticle };

export interface ExtractOptions {
  /** YYYY-MM-DD from the command line: overrides or supplies the publication date (foundIn "cli"). */
  publishedAt?: string;
  /** Milliseconds since some origin (performance.now by default); tests inject one to reach the budget. */
  clock?: () => number;
}

/**
 * Time one document may spend in our own extraction before the costly Readability fallback is
 * skipped: real pages take a few milliseconds, so a page past this is hostile or broken and
 * must not hold a batch.
 */
export const EXTRACT_BUDGET_MS = 1_500;
/**
 * Readability on linkedom costs time superlinear in nesting depth (every ancestor re-reads its
 * textContent) and grows with size: it only runs on pages no deeper than our own tree keeps
 * (MAX_TREE_DEPTH) and under this size; the largest of the benchmark's real pages is 1.5 MB.
 */
export const MAX_FALLBACK_CHARS = 4_000_000;
/**
 * Body text kept for the later stages: about twice the longest of the benchmark's 181 real
 * articles (53 k characters), so a 50 MB page cannot hold the NLP stages for minutes.
 */
export const MAX_ARTICLE_CHARS = 100_000;
/**
 * Markup read from one page: twice the largest of the benchmark's real pages (1.5 MB); the story
 * comes early in the markup, and parsing 50 MB would hold a batch for half a minute.
 */
export const MAX_HTML_CHARS = 3_000_000;

/** Markup at the start of a document that says it is HTML whatever the container claimed. */
const HTML_START = /^\s*(<!doctype html|<html|<head|<body|<meta|<!--|<div|<article|<p[\s>])/i;

/**
 * RawDoc → Article: decode the bytes, find the story body (HTML: Readability plus our block walker;
 * plain text: the line-rule cleaner), the title, date, site, byline, captions, credits and language.
 * Synchronous and self-contained so it can run in worker threads. Never throws on bad input.
 */
export function extractArticle(raw: RawDoc, options: ExtractOptions = {}): Article {
  const article = emptyArticle(raw);
  const fail = (code: string, message: string) => {
    article.diagnostics.push(diagnostic("extract", code, message, "error"));
    return article;
  };
  if (raw.bytes.length === 0) {
    return article.diagnostics.some((d) => d.severity === "error")
      ? article
      : fail("empty", `${raw.uri} is empty; nothing to extract`);
  }
  if (raw.contentType === "application/octet-stream" || looksBinary(raw.bytes)) {
    return fail(
      "binary",
      `${raw.uri} is binary (an image, PDF or archive?), not an HTML page or text; give the page's HTML or text instead`,
    );
  }
  const decoded = decodeRawDoc(raw);
  article.diagnostics.push(...decoded.diagnostics);
  if (decoded.diagnostics.some((d) => d.severity === "error")) return article;

  try {
    const isHtml = raw.contentType.includes("html") || HTML_START.test(decoded.text);
    const clock = options.clock ?? (() => performance.now());
    const found = isHtml
      ? extractFromHtml(decoded.text, raw, { clock, started: clock() })
      : extractFromDump(decoded.text, raw);
    article.diagnostics.push(...(found.diagnostics ?? []));
    assemble(article, truncate(found.blocks, raw.uri, article.diagnostics));
    article.captions = found.captions;
    article.credits = found.credits;
    if (!article.title && found.title) article.title = found.title;
    if (found.site ?? raw.source) article.site = raw.source ?? found.site;
    if (found.byline) article.byline = found.byline;
    if (found.section) article.section = found.section;
    if (found.genre) article.genre = found.genre;
    const publishedAt = choosePublishedAt(raw, options, found.publishedAt);
    if (publishedAt) article.publishedAt = publishedAt;
  } catch (error) {
    if (error instanceof MalformedPage) return fail("malformed", `${raw.uri}: ${error.message}`);
    return fail(
      "failed",
      `${raw.uri} could not be extracted (${(error as Error).message}); the page may be malformed`,
    );
  }
  if (article.text === "")
    return fail(
      "no-text",
      `no article text found in ${raw.uri}; it may be a menu, an index page or a page that needs JavaScript`,
    );
  const language = identifyLanguage(article.text, raw.uri);
  article.lang = language.lang;
  article.diagnostics.push(...language.diagnostics);
  return article;
}

/** Readability on linkedom for pages our finder reads almost nothing from; it throws on some broken pages. */
function readabilityFallback(html: string): HtmlBody {
  try {
    return extractHtmlBody(parseDocument(html));
  } catch {
    return { blocks: [], captions: [] };
  }
}

/** A page too broken to parse in bounded time; reported as a diagnostic, never thrown out of extractArticle. */
class MalformedPage extends Error {}

interface Found {
  blocks: { kind: BlockKind; text: string }[];
  captions: string[];
  credits: string[];
  title?: string;
  site?: string;
  byline?: string;
  section?: string;
  genre?: string;
  publishedAt?: PublishedAt;
  diagnostics?: Diagnostic[];
}

/** Keeps the first MAX_ARTICLE_CHARS of body text, whole blocks only, saying so when it cuts. */
function truncate(
  blocks: { kind: BlockKind; text: string }[],
  uri: string,
  diagnostics: Diagnostic[],
): { kind: BlockKind; text: string }[] {
  let total = 0;
  for (const [i, block] of blocks.entries()) {
    total += block.text.length + 2;
    if (total > MAX_ARTICLE_CHARS && i > 0) {
      const dropped = blocks.slice(i).reduce((n, b) => n + b.text.length, 0);
      diagnostics.push(
        diagnostic(
          "extract",
          "truncated",
          `${uri} has ${Math.round((total - block.text.length - 2 + dropped) / 1000)} k characters of body text, far more than a news article; only the first ${MAX_ARTICLE_CHARS / 1000} k are analysed`,
        ),
      );
      return blocks.slice(0, i);
    }
  }
  return blocks;
}

function extractFromHtml(page: string, raw: RawDoc, budget: { clock: () => number; started: number }): Found {
  const diagnostics: Diagnostic[] = [];
  let html = page;
  if (page.length > MAX_HTML_CHARS) {
    // Cut at a tag boundary so that no element is split inside its tag.
    const cut = page.lastIndexOf("<", MAX_HTML_CHARS);
    html = page.slice(0, cut > 0 ? cut : MAX_HTML_CHARS);
    diagnostics.push(
      diagnostic(
        "extract",
        "html-truncated",
        `${raw.uri} is ${Math.round(page.length / 1e6)} MB of HTML (real news pages: under 2 MB); only the first ${MAX_HTML_CHARS / 1e6} MB are read`,
      ),
    );
  }
  const unclosed = estimateUnclosed(html);
  if (unclosed > MAX_UNCLOSED_ELEMENTS) {
    throw new MalformedPage(
      `about ${unclosed} HTML elements are never closed (more than ${MAX_UNCLOSED_ELEMENTS}); the page is broken`,
    );
  }
  const { root, head, deepest } = parsePage(html);
  const meta = readMetadata(root, head, raw.url);
  const pageBlocks = collectTextBlocks(root);
  const selected = findMainContent(pageBlocks);
  let found: { blocks: { kind: BlockKind; text: string }[]; captions: string[] } = {
    blocks: selected.main,
    captions: selected.captions,
  };
  let fallback: HtmlBody | undefined;
  const mainChars = selected.main.reduce((n, b) => n + b.text.length, 0);
  if (deepest > MAX_TREE_DEPTH)
    diagnostics.push(
      diagnostic(
        "extract",
        "deep-nesting",
        `${raw.uri} nests HTML elements ${deepest} levels deep (real pages: a few dozen); levels past ${MAX_TREE_DEPTH} were flattened and the Readability fallback, whose cost grows with depth, is not used`,
      ),
    );
  if (mainChars < MIN_BODY_CHARS && deepest <= MAX_TREE_DEPTH) {
    const veto = fallbackVeto(html, raw.uri, budget);
    if (veto) diagnostics.push(veto);
    else {
      fallback = readabilityFallback(closeUnclosedTitle(html));
      if (fallback.blocks.reduce((n, b) => n + b.text.length, 0) > mainChars) found = fallback;
    }
  }
  const bodyHeading = headingBeforeBody(pageBlocks, selected.main);
  const title =
    chooseTitle([...meta.titles, ...(bodyHeading ? [bodyHeading] : [])], meta.siteNames) ?? fallback?.title;
  // The headline belongs in Article.title, not as the first block of the body.
  const withoutTitle = found.blocks.filter(
    (b, i) => !(i < 3 && b.kind === "heading" && title && sameText(b.text, title)),
  );
  const { blocks, credits, byline } = dropBoilerplateBlocks(withoutTitle);
  const publishedAt = betterDate(meta.publishedAt, () => findPublicationLine(pageBlocks, selected.main));
  const site = meta.site ?? fallback?.site;
  const author = meta.byline ?? fallback?.byline ?? byline;
  return {
    blocks: blocks.map((b) => ({ kind: b.kind, text: b.text })),
    captions: found.captions,
    credits,
    ...(title ? { title } : {}),
    ...(site ? { site } : {}),
    ...(author ? { byline: author } : {}),
    ...(meta.section ? { section: meta.section } : {}),
    ...(meta.genre ? { genre: meta.genre } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    diagnostics,
  };
}

/**
 * Markup and URL dates come first; a publication line in the text is read when they are silent,
 * or when the URL gives only the month and the line names a day of that month.
 */
function betterDate(
  fromMarkup: PublishedAt | undefined,
  fromText: () => PublishedAt | undefined,
): PublishedAt | undefined {
  if (fromMarkup && fromMarkup.precision !== "month" && fromMarkup.precision !== "year") return fromMarkup;
  const line = fromText();
  if (!line) return fromMarkup;
  if (!fromMarkup || line.value.startsWith(fromMarkup.value)) return line;
  return fromMarkup;
}

/** Why the Readability fallback must not run on this page, if it must not: it would hold the batch. */
function fallbackVeto(
  html: string,
  uri: string,
  budget: { clock: () => number; started: number },
): Diagnostic | undefined {
  if (html.length > MAX_FALLBACK_CHARS)
    return diagnostic(
      "extract",
      "too-large-for-fallback",
      `${uri} is ${Math.round(html.length / 1e6)} MB of HTML; read without the Readability fallback (limit ${MAX_FALLBACK_CHARS / 1e6} MB)`,
    );
  if (budget.clock() - budget.started > EXTRACT_BUDGET_MS)
    return diagnostic(
      "extract",
      "time-budget",
      `${uri} took more than ${EXTRACT_BUDGET_MS / 1000} s to read; the Readability fallback was skipped so the batch is not held up`,
    );
  return undefined;
}

/** Bylines, datelines, share bars and credits that Readability leaves inside the main content. */
function dropBoilerplateBlocks(found: { kind: BlockKind; text: string }[]): {
  blocks: { kind: BlockKind; text: string }[];
  credits: string[];
  byline?: string;
} {
  const blocks: { kind: BlockKind; text: string }[] = [];
  const credits: string[] = [];
  let byline: string | undefined;
  const lines = found.map((b, index) => ({
    text: b.text,
    index,
    blankBefore: true,
    words: b.text.split(/\s+/).length,
  }));
  for (const [i, block] of found.entries()) {
    const verdict =
      block.kind === "paragraph"
        ? BLOCK_BOILERPLATE_RULES.map((r) => r.classify(lines[i], { lines })).find(Boolean)
        : undefined;
    if (!verdict) blocks.push(block);
    else if (verdict.role === "credit") credits.push(block.text);
    else if (verdict.role === "byline") byline ??= block.text.replace(/^by\s+/i, "");
  }
  return { blocks, credits, ...(byline ? { byline } : {}) };
}

function extractFromDump(text: string, raw: RawDoc): Found {
  const cleaned = cleanDump(text, raw.title);
  const dated = cleaned.dateline ? findVisibleDate(cleaned.dateline) : undefined;
  return {
    blocks: cleaned.blocks,
    captions: cleaned.captions,
    credits: cleaned.credits,
    ...(cleaned.title ? { title: cleaned.title } : {}),
    ...(cleaned.byline ? { byline: cleaned.byline } : {}),
    ...(dated
      ? { publishedAt: { value: dated.value, precision: dated.precision, foundIn: "dateline" } }
      : {}),
  };
}

/** The command line wins, then the container (feed item, JSONL record), then the page itself. */
function choosePublishedAt(
  raw: RawDoc,
  options: ExtractOptions,
  fromPage: PublishedAt | undefined,
): PublishedAt | undefined {
  if (options.publishedAt) {
    const cli = explicitDate(options.publishedAt, "cli");
    if (cli) return cli;
  }
  if (raw.publishedAt) {
    const container = explicitDate(raw.publishedAt, "container");
    if (container) return container;
  }
  return fromPage;
}

/** Joins blocks with "\n\n" and records each block's offsets into the joined text. */
function assemble(article: Article, found: { kind: BlockKind; text: string }[]): void {
  const blocks: Block[] = [];
  let text = "";
  for (const block of found) {
    if (text) text += "\n\n";
    blocks.push({ kind: block.kind, start: text.length, end: text.length + block.text.length });
    text += block.text;
  }
  article.text = text;
  article.blocks = blocks;
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  return norm(a) === norm(b);
}

export interface ExplainedBlock {
  kind: string;
  text: string;
  kept: boolean;
  reason: string;
}

/** Every block of the document and why it was kept or dropped: what `chronicle extract --explain` prints. */
export function explainExtraction(raw: RawDoc): ExplainedBlock[] {
  if (raw.bytes.length === 0 || looksBinary(raw.bytes)) return [];
  const decoded = decodeRawDoc(raw);
  const isHtml = raw.contentType.includes("html") || HTML_START.test(decoded.text);
  if (!isHtml) {
    return cleanDump(decoded.text, raw.title).lines.map((line) => ({
      kind: line.role,
      text: line.text,
      kept: line.role === "body" || line.role === "heading" || line.role === "list-item",
      reason: `${line.rule}: ${line.reason}`,
    }));
  }
  // Explain what extractArticle really kept: the content finder's verdicts, then the block rules
  // (headline, byline, credit…) and the Readability fallback that run after it.
  const article = extractArticle(raw);
  const output = new Set(article.blocks.map((b) => article.text.slice(b.start, b.end)));
  const blocks = collectTextBlocks(parsePage(decoded.text).root);
  const selected = findMainContent(blocks);
  const chosen = new Set(selected.main);
  const inside = new Set(selected.captions);
  return blocks.map((block) => {
    const kept = output.has(block.text);
    let reason: string;
    if (kept)
      reason = chosen.has(block) ? "story text inside the main content" : "kept by the Readability fallback";
    else if (chosen.has(block))
      reason = sameText(block.text, article.title)
        ? "the headline (stored as title)"
        : "byline, dateline, share or credit line";
    else if (selected.teasers?.has(block)) reason = "'Most popular'/'Related' section inside the article";
    else if (block.caption && inside.has(block.text)) reason = "image caption, stored apart";
    else if (block.boilerplate) reason = `page furniture (${block.boilerplate})`;
    else if (block.linkChars / block.text.length >= 0.5) reason = "mostly links";
    else reason = "outside the main content";
    return { kind: block.caption ? "caption" : block.kind, text: block.text, kept, reason };
  });
}
