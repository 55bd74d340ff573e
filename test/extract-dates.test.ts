import assert from "node:assert/strict";
import { test } from "node:test";
import { extractArticle } from "../src/extract/index.ts";
import { dateFromUrl, findVisibleDate, parseMarkupDate } from "../src/extract/published.ts";
import { stripSiteName } from "../src/extract/title.ts";

const BODY =
  "<p>The regional council in Tarvo approved a plan on Tuesday to rebuild the flood barrier along the harbour, after storms damaged it twice in one winter.</p><p>Work is due to start in the spring and last two years, officials said.</p>";

function published(head: string, url?: string, body = BODY) {
  const html = `<html><head>${head}</head><body><article>${body}</article></body></html>`;
  return extractArticle({
    uri: "page.html",
    ...(url ? { url } : {}),
    bytes: new TextEncoder().encode(html),
    contentType: "text/html",
    fetchedAt: "2024-01-01T00:00:00Z",
    diagnostics: [],
  }).publishedAt;
}

test("JSON-LD NewsArticle datePublished, also inside @graph", () => {
  const graph = `<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Tarvo Post"},{"@type":"NewsArticle","datePublished":"2024-02-06T14:20:00Z"}]}</script>`;
  assert.deepEqual(published(graph), {
    value: "2024-02-06T14:20:00Z",
    precision: "minute",
    foundIn: "json-ld",
  });
});

test("JSON-LD with raw newlines inside strings (invalid JSON that CMSs emit) is still read", () => {
  const script =
    '<script type="application/ld+json">{"@type":"NewsArticle","description":"Two\nlines","datePublished":"10:05 AM CET Feb 6, 2024"}</script>';
  assert.deepEqual(published(script), { value: "2024-02-06", precision: "day", foundIn: "json-ld" });
});

test("OpenGraph article:published_time keeps the publisher's own offset (its local day)", () => {
  const meta = '<meta property="article:published_time" content="2024-02-06T23:30:00-05:00">';
  assert.deepEqual(published(meta), {
    value: "2024-02-06T23:30:00-05:00",
    precision: "minute",
    foundIn: "meta:article:published_time",
  });
});

test("CMS meta names: parsely-pub-date, sailthru.date, dc.date", () => {
  assert.equal(
    published('<meta name="parsely-pub-date" content="2024-02-06">')?.foundIn,
    "meta:parsely-pub-date",
  );
  assert.equal(
    published('<meta name="sailthru.date" content="2024-02-06 10:00:00">')?.value,
    "2024-02-06T10:00:00",
  );
  assert.equal(published('<meta name="DC.date" content="2024-02-06">')?.value, "2024-02-06");
});

test("<time datetime> in the page", () => {
  const body = `<time datetime="2024-02-05T08:00:00+01:00">5 Feb</time>${BODY}`;
  assert.deepEqual(published("", undefined, body), {
    value: "2024-02-05T08:00:00+01:00",
    precision: "minute",
    foundIn: "time",
  });
});

test("URL path when the markup is silent", () => {
  assert.deepEqual(published("", "https://news.example.org/2024/02/04/barrier-plan"), {
    value: "2024-02-04",
    precision: "day",
    foundIn: "url",
  });
  assert.deepEqual(dateFromUrl("https://paper.example.com/world/2024/feb/04/barrier"), {
    value: "2024-02-04",
    precision: "day",
  });
  assert.deepEqual(dateFromUrl("https://paper.example.com/news/20240204-barrier"), {
    value: "2024-02-04",
    precision: "day",
  });
  assert.deepEqual(dateFromUrl("https://paper.example.com/2024/02/barrier"), {
    value: "2024-02",
    precision: "month",
  });
  assert.equal(dateFromUrl("https://paper.example.com/story/123456"), undefined);
});

test("visible dateline in an element whose class says date", () => {
  const body = `<div class="article-date">Published February 3, 2024</div>${BODY}`;
  assert.deepEqual(published("", undefined, body), {
    value: "2024-02-03",
    precision: "day",
    foundIn: "dateline",
  });
});

test("written dates: month names, day-first, ISO, unambiguous slashes only", () => {
  assert.equal(findVisibleDate("Updated Feb. 3, 2024, 10:04 a.m.")?.value, "2024-02-03");
  assert.equal(findVisibleDate("3rd of February 2024")?.value, "2024-02-03");
  assert.equal(findVisibleDate("03.02.2024")?.value, "2024-02-03");
  assert.equal(findVisibleDate("25/12/2023")?.value, "2023-12-25");
  assert.equal(findVisibleDate("03/02/2024"), undefined, "ambiguous day/month is not guessed");
  assert.equal(findVisibleDate("February 30, 2024"), undefined, "impossible dates are rejected");
  assert.equal(parseMarkupDate("1970-01-01T00:00:00Z"), undefined, "epoch placeholders are rejected");
  assert.deepEqual(parseMarkupDate("Tue, 06 Feb 2024 10:00:00 GMT"), {
    value: "2024-02-06",
    precision: "day",
  });
});

test("title without the site name", () => {
  assert.equal(stripSiteName("Barrier plan approved | Tarvo Post", "Tarvo Post"), "Barrier plan approved");
  assert.equal(stripSiteName("Tarvo Post - Barrier plan approved", "tarvopost.com"), "Barrier plan approved");
  assert.equal(stripSiteName("Barrier plan approved – Tarvo Post", undefined), "Barrier plan approved");
  assert.equal(
    stripSiteName("Storms: what the barrier plan means for the harbour", "Tarvo Post"),
    "Storms: what the barrier plan means for the harbour",
  );
});
