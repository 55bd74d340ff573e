import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractArticle } from "../src/extract/index.ts";
import type { RawDoc } from "../src/sources/types.ts";

const STORY = [
  "Ferry crews on the northern coast stopped work to demand safer boats, the union said in a statement on its website.",
  "Port officials in Marvik said three vessels had been held at the quay since the weekend while inspectors checked their hulls.",
  "The transport minister met union leaders and promised an inspection of the whole fleet before the winter season begins.",
]
  .map((p) => `<p>${p}</p>`)
  .join("");

function page(
  beforeBody: string,
  { header = "", after = "", url }: { header?: string; after?: string; url?: string } = {},
): RawDoc {
  const html = `<html><head><title>Ferry crews strike</title></head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav>${header}</header><main><h1>Ferry crews strike over unsafe boats</h1>${beforeBody}<article>${STORY}</article>${after}</main></body></html>`;
  return {
    uri: "ferry.html",
    ...(url ? { url } : {}),
    bytes: Buffer.from(html),
    contentType: "text/html",
    fetchedAt: "2026-11-20T08:00:00Z",
    diagnostics: [],
  };
}

describe("publication dates from visible lines", () => {
  it("reads a labelled publication line", () => {
    const a = extractArticle(page("<p>Published: 16 December 2007</p>"));
    assert.deepEqual(a.publishedAt, {
      value: "2007-12-16",
      precision: "day",
      foundIn: "text:published-line",
    });
  });

  it("reads a last-updated line with its weekday", () => {
    const a = extractArticle(page("<div>Last Updated: Monday, January 14, 2008</div>"));
    assert.equal(a.publishedAt?.value, "2008-01-14");
    assert.equal(a.publishedAt?.foundIn, "text:updated-line");
  });

  it("prefers the publication line to the updated line", () => {
    const a = extractArticle(
      page("<div>Last Updated: Monday, January 14, 2008</div><div>Posted on January 12, 2008</div>"),
    );
    assert.equal(a.publishedAt?.value, "2008-01-12");
  });

  it("reads the date in a byline", () => {
    const a = extractArticle(page("<div>By Jane Roe | Jan 3, 2008 | 10:42 AM</div>"));
    assert.equal(a.publishedAt?.value, "2008-01-03");
    assert.equal(a.publishedAt?.foundIn, "text:byline-date");
  });

  it("reads an unlabelled date with a time beside the body", () => {
    const a = extractArticle(page("<div>Jan 3, 2008 | 10:42 AM</div>"));
    assert.equal(a.publishedAt?.value, "2008-01-03");
    assert.equal(a.publishedAt?.foundIn, "text:date-line");
  });

  it("does not take the masthead's date of the day for the article's", () => {
    const a = extractArticle(page("", { header: "<div>Monday, January 14, 2008</div>" }));
    assert.equal(a.publishedAt, undefined);
    const beside = extractArticle(page("<div>Thursday, March 6, 2008</div>"));
    assert.equal(beside.publishedAt, undefined, "a weekday date with no time reads as the day's date");
  });

  it("does not take a date from a sentence of the story", () => {
    const a = extractArticle(
      page("<p>The strike that began on January 3, 2008 is the longest the port has seen in decades.</p>"),
    );
    assert.equal(a.publishedAt, undefined);
  });

  it("markup wins; a URL known to the month is refined by a line naming a day of that month", () => {
    const month = extractArticle(
      page("<p>Published: 16 December 2007</p>", { url: "https://news.example.org/2007/12/ferry-strike" }),
    );
    assert.deepEqual(month.publishedAt, {
      value: "2007-12-16",
      precision: "day",
      foundIn: "text:published-line",
    });
    const day = extractArticle(
      page("<p>Published: 16 December 2007</p>", { url: "https://news.example.org/2007/12/15/ferry-strike" }),
    );
    assert.equal(day.publishedAt?.foundIn, "url");
  });
});
