import assert from "node:assert/strict";
import { test } from "node:test";
import { extractArticle } from "../src/extract/index.ts";

function extract(body: string): string {
  const html = `<html><head><title>Test page</title></head><body>${body}</body></html>`;
  return extractArticle({
    uri: "page.html",
    bytes: new TextEncoder().encode(html),
    contentType: "text/html",
    fetchedAt: "2024-01-01T00:00:00Z",
    diagnostics: [],
  }).text;
}

const P1 =
  "Rescue teams pulled two miners alive from the collapsed shaft at Dovra early on Sunday, more than thirty hours after a section of the tunnel gave way.";
const P2 =
  "The mine operator said ventilation had been restored to the lower levels and that a third worker was still missing, with crews digging from two sides.";
const P3 =
  "Regional officials ordered an inspection of every shaft in the district and said the mine would stay closed until engineers had checked the supports.";
const P4 =
  "Relatives gathered at the gates through the night, and a field hospital was set up near the entrance to treat the rescued men before transfer.";
const TEASER =
  "A long teaser about a different story that happens to be written in full sentences, as sidebars often are on news sites.";

test("a body split by an ad into sibling sections is read whole", () => {
  const text = extract(
    `<div class="story"><section class="part"><div><p>${P1}</p><p>${P2}</p></div></section><div class="ad">Advertisement</div><section class="part"><div><p>${P3}</p><p>${P4}</p></div></section></div>`,
  );
  for (const p of [P1, P2, P3, P4]) assert.ok(text.includes(p), p.slice(0, 30));
  assert.ok(!text.includes("Advertisement"));
});

test("a layout wrapper with a furniture-like class does not hide the story", () => {
  const text = extract(
    `<div class="widget"><main><p>${P1}</p><p>${P2}</p><p>${P3}</p></main><aside><p>${TEASER}</p></aside></div><div class="footer">${"Contact us. ".repeat(5)}</div>`,
  );
  assert.ok(text.includes(P1) && text.includes(P3));
  assert.ok(!text.includes("long teaser"));
});

test("layout descriptors ('has-sidebar', 'with-rail') are not furniture", () => {
  const text = extract(
    `<div class="part has-sidebar"><p>${P1}</p></div><div class="col"><p>${P2}</p><p>${P3}</p><p>${P4}</p></div>`,
  );
  assert.ok(text.includes(P1));
});

test("ad labels and script placeholders are dropped", () => {
  const text = extract(
    `<article><p>${P1}</p><p>Advertisement</p><p>${P2}</p><p>This slideshow requires JavaScript.</p></article>`,
  );
  assert.ok(!text.includes("Advertisement") && !text.includes("slideshow"));
});

test("a sibling rail of teaser list items is not part of the body", () => {
  const text = extract(
    `<div><div class="body"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div><ul class="rail"><li>${TEASER}</li><li>${TEASER.replace("different", "third")}</li></ul></div>`,
  );
  assert.ok(text.includes(P2));
  assert.ok(!text.includes("teaser"));
});

test("menus and link lists inside the article are dropped by link density", () => {
  const links = ["Mining", "Energy", "Safety", "Jobs"]
    .map((w) => `<a href="/${w}">${w} news and analysis from the region</a>`)
    .join(" ");
  const text = extract(`<article><p>${P1}</p><p>${links}</p><p>${P2}</p></article>`);
  assert.ok(!text.includes("analysis from the region"));
  assert.ok(text.includes(P2));
});

test("hidden elements are never body text", () => {
  const text = extract(`<article><p>${P1}</p><p style="display:none">${TEASER}</p><p>${P2}</p></article>`);
  assert.ok(!text.includes("teaser"));
});

test("a fragment of short paragraphs (a feed item) is read whole", () => {
  assert.equal(
    extract("<p>Ferries resumed on Saturday.</p><p>The storm has passed.</p>"),
    "Ferries resumed on Saturday.\n\nThe storm has passed.",
  );
});
