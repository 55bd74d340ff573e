import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { test } from "node:test";
import { collect, dir, errors, text } from "./helpers/sources.ts";

test("a single HTML file becomes one text/html document with its path as uri", async () => {
  const [doc] = await collect([`${dir}page.html`]);
  assert.equal(doc.uri, `${dir}page.html`);
  assert.equal(doc.contentType, "text/html");
  assert.match(text(doc), /city council of Marlow/);
  assert.ok(!Number.isNaN(Date.parse(doc.fetchedAt)));
});

test("a .txt file is text/plain", async () => {
  const [doc] = await collect([`${dir}note.txt`]);
  assert.equal(doc.contentType, "text/plain");
});

test("JSONL: one document per line with url, date, source and title; bad lines become error documents", async () => {
  const docs = await collect([`${dir}batch.jsonl`]);
  assert.equal(docs.length, 4);
  assert.equal(docs[0].uri, `${dir}batch.jsonl#1`);
  assert.equal(docs[0].url, "https://example.org/2023/06/02/bridge");
  assert.equal(docs[0].publishedAt, "2023-06-02");
  assert.equal(docs[0].source, "River Post");
  assert.equal(docs[0].contentType, "text/html");
  assert.equal(docs[1].contentType, "text/plain");
  assert.equal(docs[1].title, "Gas blast injures 15 in Tamsk");
  assert.equal(docs[2].uri, `${dir}batch.jsonl#3`);
  assert.equal(errors(docs[2])[0].code, "sources/jsonl-invalid");
  assert.equal(errors(docs[3])[0].code, "sources/jsonl-no-content");
});

test("a gzip file is opened and typed by its inner name", async () => {
  const [doc] = await collect([`${dir}page-copy.html.gz`]);
  assert.equal(doc.contentType, "text/html");
  assert.match(text(doc), /voted 21 to 9/);
  assert.equal(errors(doc).length, 0);
});

test("a truncated gzip gives an error naming the file, and the batch goes on", async () => {
  const docs = await collect([`${dir}truncated.html.gz`, `${dir}note.txt`]);
  assert.equal(docs.length, 2);
  assert.equal(errors(docs[0])[0].code, "sources/gzip");
  assert.match(errors(docs[0])[0].message, /truncated\.html\.gz.*truncated/);
  assert.equal(errors(docs[1]).length, 0);
});

test("a missing file gives an error document, not an exception", async () => {
  const [doc] = await collect([`${dir}no-such-file.html`]);
  assert.equal(doc.bytes.length, 0);
  assert.equal(errors(doc)[0].code, "sources/not-found");
  assert.match(errors(doc)[0].message, /no-such-file\.html/);
});

test("a directory is read recursively in a stable order", async () => {
  const docs = await collect([dir]);
  // Feed items are named by their links; files by their paths.
  const uris = docs.map((d) => d.uri.replace(dir, "")).filter((u) => !u.startsWith("http"));
  assert.ok(uris.includes("page.html"));
  assert.ok(uris.includes("note.txt"));
  assert.ok(uris.includes("batch.jsonl#1"));
  const files = [...new Set(uris.map((u) => u.replace(/#.*$/, "")))];
  assert.deepEqual(files, [...files].sort());
});

test("a glob selects matching files", async () => {
  const docs = await collect([`${dir}*.txt`]);
  assert.deepEqual(
    docs.map((d) => d.uri.replace(dir, "")),
    ["note.txt"],
  );
});

test("a glob matching nothing says so", async () => {
  const [doc] = await collect([`${dir}*.nothing`]);
  assert.equal(errors(doc)[0].code, "sources/no-match");
});

test("stdin is read when the input is '-' and sniffed as HTML", async () => {
  const stdin = Readable.from([
    Buffer.from("<!DOCTYPE html><html><body><p>Talks resumed in Ostrava.</p></body></html>"),
  ]);
  const [doc] = await collect(["-"], { stdin });
  assert.equal(doc.uri, "stdin");
  assert.equal(doc.contentType, "text/html");
});

test("a file above the size limit gives a too-large error", async () => {
  const [doc] = await collect([`${dir}page.html`], { maxBytes: 100 });
  assert.equal(errors(doc)[0].code, "sources/too-large");
  assert.match(errors(doc)[0].message, /page\.html.*limit/);
});
