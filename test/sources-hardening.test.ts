import assert from "node:assert/strict";
import fs, { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { isNoDocument } from "../src/sources/index.ts";
import { collect, errors, text } from "./helpers/sources.ts";

/** A directory with a readable file beside a subdirectory that will not be listable. */
function treeWithLockedDirectory(): { root: string; locked: string } {
  const root = mkdtempSync(join(tmpdir(), "chronicle-locked-"));
  const locked = join(root, "locked");
  mkdirSync(join(root, "open"));
  mkdirSync(locked);
  writeFileSync(
    join(root, "open", "note.txt"),
    "Customs officers seized 40 kg of cocaine at the port on Monday.\n",
  );
  writeFileSync(join(locked, "hidden.txt"), "Never read.\n");
  return { root, locked };
}

test("an unlistable subdirectory (EACCES injected) is a diagnostic for that path; the other files are read", async (t) => {
  const { root, locked } = treeWithLockedDirectory();
  const readdir = fs.readdir;
  // Root reads every directory, so the failure is injected where fast-glob lists directories.
  t.mock.method(fs, "readdir", (path: string, ...rest: unknown[]) => {
    if (String(path).replace(/\/$/, "") !== locked) return Reflect.apply(readdir, fs, [path, ...rest]);
    const callback = rest.pop() as (error: Error) => void;
    callback(Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: "EACCES" }));
  });
  for (const input of [root, `${root}/**/*.txt`]) {
    const docs = await collect([input]);
    const failed = docs.filter((d) => errors(d).length);
    assert.equal(failed.length, 1, input);
    assert.equal(errors(failed[0])[0].code, "sources/unreadable-directory");
    assert.match(errors(failed[0])[0].message, /locked.*EACCES.*permissions/);
    assert.ok(
      docs.some((d) => d.uri.endsWith("note.txt") && /cocaine/.test(text(d))),
      input,
    );
  }
});

test("an unlistable subdirectory (chmod 000) does not stop the batch", {
  skip: process.getuid?.() === 0 ? "running as root, which may list any directory" : false,
}, async () => {
  const { root, locked } = treeWithLockedDirectory();
  chmodSync(locked, 0o000);
  try {
    const docs = await collect([root]);
    assert.ok(docs.some((d) => errors(d)[0]?.code === "sources/unreadable-directory"));
    assert.ok(docs.some((d) => d.uri.endsWith("note.txt")));
  } finally {
    chmodSync(locked, 0o755);
  }
});

test("empty standard input, an empty directory and a glob matching nothing hold no document", async () => {
  const [stdin] = await collect(["-"], { stdin: Readable.from([]) });
  assert.equal(errors(stdin)[0].code, "sources/empty-input");
  const empty = mkdtempSync(join(tmpdir(), "chronicle-empty-"));
  const [directory] = await collect([empty]);
  const [glob] = await collect([`${empty}/**/*.html`]);
  const [missing] = await collect([join(empty, "nowhere", "*.html")]);
  for (const doc of [stdin, directory, glob, missing]) assert.ok(isNoDocument(doc), doc.uri);
  assert.equal(errors(missing)[0].code, "sources/no-match");
});

test("a JSONL batch above the size limit is streamed: the limit applies to each record", async () => {
  const dir = mkdtempSync(join(tmpdir(), "chronicle-jsonl-"));
  const record = (i: number) =>
    JSON.stringify({
      text: `Report ${i}: firefighters put out a blaze at a warehouse on Tuesday.`,
      publishedAt: "2024-02-06",
    });
  const lines = Array.from({ length: 200 }, (_, i) => record(i));
  lines.splice(100, 0, JSON.stringify({ text: "x".repeat(5000) }));
  const content = `${lines.join("\n")}\n`;
  writeFileSync(join(dir, "batch.jsonl"), content);
  writeFileSync(join(dir, "batch.jsonl.gz"), gzipSync(content));
  for (const file of ["batch.jsonl", "batch.jsonl.gz"]) {
    const docs = await collect([join(dir, file)], { maxBytes: 4096 });
    assert.ok(content.length > 4096 * 4);
    assert.equal(docs.length, 201, file);
    assert.equal(docs.filter((d) => errors(d).length).length, 1, file);
    const big = docs[100];
    assert.equal(errors(big)[0].code, "sources/too-large");
    assert.match(errors(big)[0].message, /line 101 of .*batch\.jsonl.* --max-bytes/);
    assert.match(text(docs[200]), /Report 199/);
  }
});

test("the size-limit message names an option that exists", async () => {
  const dir = mkdtempSync(join(tmpdir(), "chronicle-big-"));
  writeFileSync(join(dir, "page.html"), `<p>${"word ".repeat(1000)}</p>`);
  const [doc] = await collect([join(dir, "page.html")], { maxBytes: 1000 });
  assert.match(errors(doc)[0].message, /raise --max-bytes \(e\.g\. --max-bytes 50MB\)/);
});

test("a JSONL batch on standard input is streamed too; other input above the limit is refused", async () => {
  const lines = Array.from({ length: 100 }, (_, i) =>
    JSON.stringify({ text: `Report ${i}: a ferry ran aground off the coast on Sunday.` }),
  );
  const batch = Buffer.from(`${lines.join("\n")}\n`);
  // Delivered in small chunks, as a pipe does.
  const chunks = Array.from({ length: Math.ceil(batch.length / 512) }, (_, i) =>
    batch.subarray(i * 512, (i + 1) * 512),
  );
  const docs = await collect(["-"], { stdin: Readable.from(chunks), maxBytes: 1024 });
  assert.equal(docs.length, 100);
  assert.deepEqual(docs.flatMap(errors), []);
  assert.equal(docs[99].uri, "stdin#100");
  assert.match(text(docs[99]), /Report 99/);
  const [page] = await collect(["-"], {
    stdin: Readable.from([Buffer.from("word ".repeat(1000))]),
    maxBytes: 1024,
  });
  assert.equal(errors(page)[0].code, "sources/too-large");
});
