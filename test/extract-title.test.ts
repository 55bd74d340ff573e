import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractArticle } from "../src/extract/index.ts";
import { chooseTitle, decodeEntities } from "../src/extract/title.ts";
import type { RawDoc } from "../src/sources/types.ts";

const STORY = [
  "Ferry crews on the northern coast stopped work to demand safer boats, the union said in a statement on its website.",
  "Port officials in Marvik said three vessels had been held at the quay since the weekend while inspectors checked their hulls.",
  "The transport minister met union leaders and promised an inspection of the whole fleet before the winter season begins.",
]
  .map((p) => `<p>${p}</p>`)
  .join("");

function raw(html: string, url = "https://www.dailycourier.example/world/ferry-strike"): RawDoc {
  return {
    uri: "ferry.html",
    url,
    bytes: Buffer.from(html),
    contentType: "text/html",
    fetchedAt: "2026-11-20T08:00:00Z",
    diagnostics: [],
  };
}

describe("titles", () => {
  it("takes the headline above the body when <title> is only the site and a section", () => {
    const a = extractArticle(
      raw(
        `<html><head><title>Dailycourier.example: World</title></head><body><header><h1>Daily Courier</h1></header><main><h1>Ferry crews strike over unsafe boats</h1>${STORY}</main></body></html>`,
      ),
    );
    assert.equal(a.title, "Ferry crews strike over unsafe boats");
  });

  it("skips an og:title that is the site's name", () => {
    const a = extractArticle(
      raw(
        `<html><head><meta property="og:site_name" content="Daily Courier"><meta property="og:title" content="Daily Courier"><title>Ferry crews strike over unsafe boats | Daily Courier</title></head><body><article>${STORY}</article></body></html>`,
      ),
    );
    assert.equal(a.title, "Ferry crews strike over unsafe boats");
  });

  it("prefers og:title to the page heading, and decodes what the CMS escaped twice", () => {
    const a = extractArticle(
      raw(
        `<html><head><meta property="og:title" content="&amp;#8216;Unsafe&amp;#8217;: ferry crews strike"><title>x</title></head><body><main><h1>Strike</h1>${STORY}</main></body></html>`,
      ),
    );
    assert.equal(a.title, "‘Unsafe’: ferry crews strike");
  });

  it("chooses in order and never returns the site's own name", () => {
    assert.equal(
      chooseTitle(
        [
          { rule: "title", text: "Daily Courier: Japan" },
          { rule: "body-h1", text: "Port reopens after strike" },
        ],
        ["Daily Courier"],
      ),
      "Port reopens after strike",
    );
    assert.equal(
      chooseTitle([{ rule: "title", text: "Daily Courier" }], ["dailycourier.example"]),
      undefined,
    );
    assert.equal(decodeEntities("Fish &amp; chips &#163;5 &#x2013; cheap"), "Fish & chips £5 – cheap");
  });
});
