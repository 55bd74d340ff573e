import assert from "node:assert/strict";
import { test } from "node:test";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { detach } from "../src/core/strings.ts";
import { normalizeName } from "../src/geo/names.ts";
import { tokenInfos } from "../src/nlp/ner/features.ts";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Heap still in use after `keep` has cut one 20-character word out of each of 60 invented 400 kB texts. */
function retainedMb(keep: (word: string) => void): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 60; i++) {
    const text = `${"harbour strike ".repeat(26_000)}Quayside${String(i).padStart(4, "0")}Authority`;
    const at = text.lastIndexOf("Quayside");
    keep(text.slice(at, at + 20));
  }
  gc();
  return (process.memoryUsage().heapUsed - before) / 1e6;
}

// 60 texts of 400 kB are 24 MB: a cache holding views of them keeps all of that; copies keep 60 words.
test("a detached word does not keep the text it was cut from alive", () => {
  const views: string[] = [];
  assert.ok(retainedMb((w) => views.push(w)) > 12, "a plain slice shares its text (the premise)");
  const copies: string[] = [];
  assert.ok(retainedMb((w) => copies.push(detach(w))) < 6);
  assert.deepEqual(copies, views);
});

test("the tagger's and the gazetteer's caches keep copies of words, not views of the articles", () => {
  assert.ok(retainedMb((w) => tokenInfos([w])) < 6);
  assert.ok(retainedMb((w) => normalizeName(w)) < 6);
});
