import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractArticle, MAX_ARTICLE_CHARS, MAX_HTML_CHARS } from "../src/extract/index.ts";
import { capNesting, MAX_PARSER_DEPTH, parsePage } from "../src/extract/tree.ts";
import type { RawDoc } from "../src/sources/types.ts";

const PARAGRAPH =
  "<p>Ferry crews on the northern coast stopped work on Tuesday to demand safer boats, the union said.</p>";

function raw(html: string): RawDoc {
  return {
    uri: "hostile.html",
    bytes: Buffer.from(html),
    contentType: "text/html",
    fetchedAt: "2026-11-20T08:00:00Z",
    diagnostics: [],
  };
}

function nested(levels: number, body = PARAGRAPH): string {
  return `<html><head><title>Ferry strike</title></head><body>${"<div>".repeat(levels)}${body}${"</div>".repeat(levels)}</body></html>`;
}

describe("hostile HTML", () => {
  it("cuts tags nested beyond the parser's depth limit before parsing, keeping their text", () => {
    const { html, deepest } = capNesting(nested(MAX_PARSER_DEPTH + 50));
    // <html> and <body> are the first two levels.
    assert.equal(deepest, MAX_PARSER_DEPTH + 52);
    assert.equal(html.match(/<div>/g)?.length, MAX_PARSER_DEPTH - 2);
    assert.equal(html.match(/<\/div>/g)?.length, MAX_PARSER_DEPTH - 2);
    assert.match(html, /Ferry crews/);
  });

  it("does not count elements browsers close themselves, nor tags inside scripts", () => {
    const page = `<ul>${"<li>item".repeat(MAX_PARSER_DEPTH + 10)}</ul><script>var s = "${"<div>".repeat(MAX_PARSER_DEPTH + 10)}";</script>`;
    assert.equal(capNesting(page).html, page);
  });

  it("a page nested 100,000 levels deep yields its text and says the fallback was skipped", () => {
    const article = extractArticle(raw(nested(100_000)));
    assert.match(article.text, /Ferry crews on the northern coast/);
    assert.ok(article.diagnostics.some((d) => d.code === "extract/deep-nesting" && d.severity === "warning"));
    assert.equal(parsePage(nested(100_000)).deepest, 100_002);
  });

  it("skips the Readability fallback once the time budget is spent", () => {
    let now = 0;
    // Each reading of the clock is 2 s later: the budget is spent before the fallback would run.
    const article = extractArticle(raw(nested(3)), { clock: () => (now += 2000) });
    assert.ok(article.diagnostics.some((d) => d.code === "extract/time-budget"));
    assert.match(article.text, /Ferry crews/);
    const unhurried = extractArticle(raw(nested(3)), { clock: () => 0 });
    assert.ok(!unhurried.diagnostics.some((d) => d.code.startsWith("extract/time")));
  });

  it("analyses only the first part of a page far longer than any article, and says so", () => {
    const many = Math.ceil((MAX_ARTICLE_CHARS * 2) / PARAGRAPH.length);
    const article = extractArticle(
      raw(`<html><body><article>${PARAGRAPH.repeat(many)}</article></body></html>`),
    );
    assert.ok(article.text.length <= MAX_ARTICLE_CHARS);
    assert.ok(article.text.length > MAX_ARTICLE_CHARS / 2);
    assert.ok(article.diagnostics.some((d) => d.code === "extract/truncated"));
  });

  it("reads only the first MAX_HTML_CHARS of a page of many megabytes, and says so", () => {
    const filler = `<script>var padding = "${"x".repeat(MAX_HTML_CHARS)}";</script>`;
    const article = extractArticle(
      raw(`<html><body><article>${PARAGRAPH.repeat(4)}</article>${filler}</body></html>`),
    );
    assert.match(article.text, /Ferry crews/);
    assert.ok(article.diagnostics.some((d) => d.code === "extract/html-truncated"));
  });

  it("a page whose <title> is never closed keeps its title and its article text", () => {
    const page = `<html><head><title>Ferry crews strike over unsafe boats
<meta name="description" content="x"></head><body><article>${PARAGRAPH.repeat(4)}</article></body></html>`;
    const article = extractArticle(raw(page));
    assert.equal(article.title, "Ferry crews strike over unsafe boats");
    assert.match(article.text, /Ferry crews on the northern coast/);
    assert.ok(!article.diagnostics.some((d) => d.severity === "error"));
  });
});
