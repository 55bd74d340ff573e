import assert from "node:assert/strict";
import { test } from "node:test";
import { scorePages, shingleCounts, tokenize } from "../src/eval/extract.ts";

test("tokens are Unicode word runs, case kept (Python's \\w)", () => {
  assert.deepEqual(tokenize("Kyiv's 2,030 troops — «Ölçek» naïve_x"), [
    "Kyiv",
    "s",
    "2",
    "030",
    "troops",
    "Ölçek",
    "naïve_x",
  ]);
});

test("shingles are 4-token windows counted as a multiset, normalised per page", () => {
  const gold = "one two three four five";
  assert.deepEqual(shingleCounts(gold, gold), { tp: 1, fp: 0, fn: 0 });
  // gold shingles: [1234, 2345]; predicted: [1234] → tp 1, fn 1 → normalised by 2.
  assert.deepEqual(shingleCounts(gold, "one two three four"), { tp: 0.5, fp: 0, fn: 0.5 });
});

test("an empty prediction is one empty shingle, as in evaluate.py", () => {
  // gold has 2 shingles; the empty prediction contributes one false positive: the empty shingle.
  const counts = shingleCounts("one two three four five", "");
  assert.deepEqual(counts, { tp: 0, fp: 1 / 3, fn: 2 / 3 });
  assert.deepEqual(shingleCounts("", ""), { tp: 1, fp: 0, fn: 0 });
});

test("F1 is computed from mean precision and mean recall, not as a mean of F1s", () => {
  const pages = [
    { tp: 1, fp: 0, fn: 0 },
    { tp: 0.5, fp: 0.5, fn: 0 },
  ];
  const { precision, recall, f1 } = scorePages(pages);
  assert.equal(precision, 0.75);
  assert.equal(recall, 1);
  assert.equal(f1, (2 * 0.75) / 1.75);
});
