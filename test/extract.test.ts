import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { explainExtraction, extractArticle } from "../src/extract/index.ts";
import type { RawDoc } from "../src/sources/types.ts";

const dir = fileURLToPath(new URL("./fixtures/extract/", import.meta.url));

function raw(bytes: Uint8Array | string, contentType = "text/plain", extra: Partial<RawDoc> = {}): RawDoc {
  return {
    uri: "fixture",
    bytes: typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes,
    contentType,
    fetchedAt: "2023-01-01T00:00:00Z",
    diagnostics: [],
    ...extra,
  };
}

const fixture = (name: string, contentType: string) =>
  raw(readFileSync(`${dir}${name}`), contentType, { uri: name });

test("text dump: title, body, captions, credit and date are separated", () => {
  const article = extractArticle(fixture("dump-wire.txt", "text/plain"));
  assert.equal(article.title, "Flood waters force evacuation of river towns in Moldavia");
  assert.ok(article.text.startsWith("Emergency crews evacuated"));
  assert.ok(!article.text.includes("Home WORLD"), "crumb not in body");
  assert.ok(!article.text.includes("Previous article"), "footer not in body");
  assert.ok(!article.text.includes("Photo:"), "credit not in body");
  assert.ok(!article.text.includes("rescuer carries"), "caption not in body");
  assert.ok(!article.text.includes("Storm damage"), "related list not in body");
  assert.ok(!article.text.includes("cookies"), "cookie notice not in body");
  assert.ok(!article.text.includes("Share on"), "share line not in body");
  assert.deepEqual(article.captions, [
    "A rescuer carries an elderly woman through a flooded street.",
    "Volunteers are filling sandbags outside the town hall.",
  ]);
  assert.deepEqual(article.credits, ["Photo: Northern Wire / Ana Cretu"]);
  assert.equal(article.byline, "Irina Dobre");
  assert.deepEqual(article.publishedAt, { value: "2023-03-14", precision: "day", foundIn: "dateline" });
  assert.equal(article.lang, "eng");
});

test("text dump: the sub-heading is its own heading block, not glued to the next sentence", () => {
  const article = extractArticle(fixture("dump-wire.txt", "text/plain"));
  const headings = article.blocks
    .filter((b) => b.kind === "heading")
    .map((b) => article.text.slice(b.start, b.end));
  assert.deepEqual(headings, ["Schools closed until Friday"]);
  for (const block of article.blocks) assert.ok(block.end <= article.text.length);
  assert.equal(article.text.split("\n\n").length, article.blocks.length);
});

test("HTML: Readability body with headings and lists, title without site name, JSON-LD date", () => {
  const article = extractArticle(fixture("article.html", "text/html"));
  assert.equal(article.title, "Port workers strike over pay in Valdora");
  assert.equal(article.site, "The Coastal Herald");
  assert.equal(article.byline, "Marco Lenti");
  assert.deepEqual(article.publishedAt, {
    value: "2023-05-09T07:45:00+02:00",
    precision: "minute",
    foundIn: "json-ld",
  });
  assert.ok(article.text.startsWith("Thousands of dock workers"), "byline and headline are not body text");
  assert.ok(!article.text.includes("Fishermen block"), "related links dropped");
  assert.ok(!article.text.includes("Share on"), "share bar dropped");
  assert.ok(
    !article.text.includes("fishing quotas") && !article.text.includes("Most popular"),
    "'Most popular' section dropped",
  );
  assert.deepEqual(article.captions, ["Dock workers gather outside the main gate of the port."]);
  const kinds = article.blocks.map((b) => b.kind);
  assert.ok(kinds.includes("heading"));
  assert.equal(kinds.filter((k) => k === "list-item").length, 2);
});

test("HTML: the section and schema.org type the page declares are kept", () => {
  assert.equal(extractArticle(fixture("article.html", "text/html")).genre, "NewsArticle");
  const body =
    "<p>The council should rethink its plan for the harbour before the vote next month, and it should listen to the fishermen.</p>".repeat(
      3,
    );
  const page = (head: string) =>
    extractArticle(
      raw(
        `<html><head><title>A view on the harbour</title>${head}</head><body><article>${body}</article></body></html>`,
        "text/html",
      ),
    );
  const opinion = page(
    '<meta property="article:section" content="Opinion"><script type="application/ld+json">{"@type":"OpinionNewsArticle","headline":"A view on the harbour","articleSection":"Comment"}</script>',
  );
  assert.equal(opinion.section, "Opinion");
  assert.equal(opinion.genre, "OpinionNewsArticle");
  const ld = page(
    '<script type="application/ld+json">{"@type":"NewsArticle","articleSection":["World","Europe"]}</script>',
  );
  assert.equal(ld.section, "World, Europe");
  const bare = page("");
  assert.equal(bare.section, undefined);
  assert.equal(bare.genre, undefined);
});

test("--published overrides the page's date; a container date beats markup", () => {
  const page = fixture("article.html", "text/html");
  assert.deepEqual(extractArticle(page, { publishedAt: "2023-05-10" }).publishedAt, {
    value: "2023-05-10",
    precision: "day",
    foundIn: "cli",
  });
  assert.equal(
    extractArticle({ ...page, publishedAt: "2023-05-11T10:00:00Z" }).publishedAt?.foundIn,
    "container",
  );
});

test("windows-1251 bytes declared in <meta> decode to Cyrillic, not mojibake", () => {
  const html =
    '<html><head><meta charset="windows-1251"><title>Новости</title></head><body><p>Москва</p></body></html>';
  const article = extractArticle(raw(iconv.encode(html, "windows-1251"), "text/html"));
  assert.equal(article.title, "Новости");
});

test("undeclared Latin-1 text is decoded as Latin-1 and the guess is reported", () => {
  const text =
    "The café owner in Liège said the protest was calm and that the police kept their distance all afternoon, while residents watched from balconies along the square.";
  const article = extractArticle(raw(iconv.encode(text, "latin1")));
  assert.ok(article.text.includes("café"));
  assert.ok(article.diagnostics.some((d) => d.code === "extract/charset-guessed"));
});

test("UTF-16 with a BOM decodes", () => {
  const text =
    "Rescue teams reached the village of Kerem on Saturday after a landslide cut the only road, the regional governor said in a statement on television.";
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  assert.equal(extractArticle(raw(bytes)).text, text);
});

test("empty, binary and non-English documents are errors that name the input", () => {
  const empty = extractArticle(raw(""));
  assert.equal(empty.diagnostics[0].code, "extract/empty");
  const binary = extractArticle(
    raw(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), "text/html", {
      uri: "photo.png",
    }),
  );
  assert.equal(binary.text, "");
  assert.equal(binary.diagnostics[0].code, "extract/binary");
  assert.match(binary.diagnostics[0].message, /photo\.png/);
  const french = extractArticle(
    raw(
      "Les manifestants se sont rassemblés devant la mairie de la ville pour protester contre la hausse des prix du carburant, selon les autorités locales qui ont appelé au calme.",
    ),
  );
  assert.equal(french.lang, "fra");
  assert.ok(french.diagnostics.some((d) => d.code === "extract/non-english" && d.severity === "error"));
});

test("too-short text is language 'und', not a guess", () => {
  assert.equal(extractArticle(raw("Talks resumed on Monday.")).lang, "und");
});

test("--explain lists each line with its verdict and rule", () => {
  const explained = explainExtraction(fixture("dump-wire.txt", "text/plain"));
  const crumb = explained.find((e) => e.text.startsWith("Home WORLD"));
  assert.equal(crumb?.kept, false);
  assert.match(crumb?.reason ?? "", /navigation-crumb/);
  assert.ok(explained.some((e) => e.kept && e.kind === "heading"));
  const html = explainExtraction(fixture("article.html", "text/html"));
  assert.equal(html.find((e) => e.text.includes("Fishermen block"))?.kept, false);
  assert.equal(html.find((e) => e.text.startsWith("Thousands of dock"))?.kept, true);
  assert.match(html.find((e) => e.text === "Most popular")?.reason ?? "", /Most popular/);
  assert.match(html.find((e) => e.text === "By Marco Lenti")?.reason ?? "", /furniture|byline/);
});
