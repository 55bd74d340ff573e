import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { extractArticle } from "../src/extract/index.ts";
import type { RawDoc } from "../src/sources/types.ts";

const dir = fileURLToPath(new URL("./fixtures/extract/", import.meta.url));

function raw(bytes: Uint8Array, contentType: string, uri = "fuzz"): RawDoc {
  return { uri, bytes, contentType, fetchedAt: "2023-01-01T00:00:00Z", diagnostics: [] };
}

test("invalid UTF-8 inside a UTF-8 page is replaced and reported, and the text is still read", () => {
  const good = Buffer.from(
    "<html><head><meta charset='utf-8'></head><body><p>Officials in Dorna said on Monday that the new bridge over the river would open to traffic in May, ending two years of detours for trucks and buses.</p></body></html>",
  );
  const broken = Buffer.concat([good.subarray(0, 80), Buffer.from([0xc3, 0x28, 0xff]), good.subarray(80)]);
  const article = extractArticle(raw(broken, "text/html", "broken-utf8.html"));
  assert.match(article.text, /new bridge over the river/);
  const warning = article.diagnostics.find((d) => d.code === "extract/invalid-utf8");
  assert.equal(warning?.severity, "warning");
  assert.match(warning?.message ?? "", /broken-utf8\.html/);
});

test("a page that is mostly undecodable bytes is an error, not silent mojibake", () => {
  const bytes = Buffer.concat([
    Buffer.from("<p>"),
    Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0xff : 0xc3))),
    Buffer.from("é</p>"),
  ]);
  const article = extractArticle(raw(bytes, "text/html", "garbage.html"));
  assert.ok(article.diagnostics.some((d) => d.severity === "error" && /garbage\.html/.test(d.message)));
  assert.equal(article.text, "");
});

/** Small deterministic generator so a failing case can be replayed. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const SNIPPETS = [
  "<",
  ">",
  "</p>",
  "<div class='share'>",
  "<script>",
  "&amp;",
  "&#xD800;",
  "\u0000",
  "\uFFFD",
  "<!--",
  "]]>",
  "<p>",
  "\n\n",
  "Photo: ",
  "Home > ",
  "Previous article",
];

function mutate(source: Buffer, random: () => number): Buffer {
  let bytes = Buffer.from(source);
  const edits = 1 + Math.floor(random() * 8);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * bytes.length);
    const choice = random();
    if (choice < 0.25) bytes[at] = Math.floor(random() * 256);
    else if (choice < 0.45) bytes = bytes.subarray(0, at);
    else if (choice < 0.65)
      bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + Math.floor(random() * 200))]);
    else if (choice < 0.9)
      bytes = Buffer.concat([
        bytes.subarray(0, at),
        Buffer.from(SNIPPETS[Math.floor(random() * SNIPPETS.length)]),
        bytes.subarray(at),
      ]);
    else bytes = Buffer.concat([bytes, bytes.subarray(at)]);
  }
  return bytes;
}

/** Few thousand cases at a few ms each: the whole test stays well under a minute on one core. */
const FUZZ_CASES = 3000;

test(`fuzz: ${FUZZ_CASES} mutated fixtures go through extraction without a crash or hang`, () => {
  const fixtures: [Buffer, string][] = [
    [readFileSync(`${dir}article.html`), "text/html"],
    [readFileSync(`${dir}dump-wire.txt`), "text/plain"],
  ];
  const random = lcg(20230314);
  for (let i = 0; i < FUZZ_CASES; i++) {
    const [source, contentType] = fixtures[i % fixtures.length];
    const bytes = mutate(source, random);
    // A hang shows as the test never finishing; speed is `chronicle bench`'s business, not a test's.
    const article = extractArticle(raw(bytes, contentType, `fuzz#${i}`));
    assert.equal(typeof article.text, "string");
    for (const block of article.blocks)
      assert.ok(
        block.start >= 0 && block.end <= article.text.length && block.start <= block.end,
        `case ${i}: block offsets`,
      );
    if (article.text === "")
      assert.ok(
        article.diagnostics.some((d) => d.severity === "error"),
        `case ${i}: empty text without an error`,
      );
  }
});

test("a page with hundreds of thousands of unclosed elements is refused with a diagnostic", () => {
  const html = `${"<div>".repeat(200_000)}<p>Text.</p>`;
  const article = extractArticle(raw(Buffer.from(html), "text/html", "nested.html"));
  assert.equal(article.diagnostics[0].code, "extract/malformed");
  assert.match(article.diagnostics[0].message, /nested\.html/);
});

test("deeply nested but readable pages are still read (no stack overflow)", () => {
  const story =
    "Dockers in Valdora voted on Thursday to end their strike after the port authority agreed to a new pay scale.";
  const article = extractArticle(
    raw(Buffer.from(`${"<div>".repeat(3000)}<p>${story}</p>`), "text/html", "deep.html"),
  );
  assert.equal(article.text, story);
});
