import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { bcubed, ceafe, conll, mentionTrigger, muc, type Partition } from "../src/eval/incidents.ts";
import { tokenize } from "../src/nlp/tokenize.ts";

const partition = (groups: string[][]): Partition =>
  new Map(groups.flatMap((g, i) => g.map((item) => [item, String(i)] as [string, string])));

describe("coreference metrics", () => {
  it("identical partitions score 1 on every metric", () => {
    const p = partition([["a", "b", "c"], ["d"], ["e", "f"]]);
    assert.deepEqual(conll(p, p), { muc: 1, b3: 1, "ceaf-e": 1, conll: 1 });
  });
  it("one cluster for everything: B³ precision falls with the gold clusters, recall is 1", () => {
    const gold = partition([
      ["a", "b"],
      ["c", "d"],
    ]);
    const system = partition([["a", "b", "c", "d"]]);
    const b = bcubed(gold, system);
    assert.equal(b.recall, 1);
    assert.equal(b.precision, 0.5);
    // MUC (Vilain et al. 1995): recall 2/2, precision (4 − 2)/(4 − 1).
    const m = muc(gold, system);
    assert.equal(m.recall, 1);
    assert.ok(Math.abs(m.precision - 2 / 3) < 1e-9);
  });
  it("CEAF-e aligns each gold cluster with at most one system cluster", () => {
    const gold = partition([
      ["a", "b"],
      ["c", "d"],
    ]);
    const system = partition([["a", "b", "c", "d"]]);
    // One alignment of φ4 = 2·2/(2+4) = 2/3; recall over 2 gold clusters, precision over 1 system cluster.
    const c = ceafe(gold, system);
    assert.ok(Math.abs(c.recall - 1 / 3) < 1e-9);
    assert.ok(Math.abs(c.precision - 2 / 3) < 1e-9);
  });
});

describe("the trigger of a gold mention", () => {
  const text = "The singer checked herself into a clinic after the double murder of her neighbours.";
  const { tokens } = tokenize(text, []);
  const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  it("a noun phrase stands by its head: 'double murder' is a murder", () => {
    assert.equal(tokens[mentionTrigger(tokens, span("double murder"))].text, "murder");
  });
  it("a verb phrase stands by its verb, also when the mention skips words ('checked herself into')", () => {
    const at = text.indexOf("checked");
    const into = text.indexOf("into");
    const gapped = {
      start: at,
      end: into + 4,
      token_spans: [
        [at, at + 7],
        [into, into + 4],
      ] as [number, number][],
    };
    assert.equal(tokens[mentionTrigger(tokens, gapped)].text, "checked");
    assert.equal(tokens[mentionTrigger(tokens, span("checked"))].text, "checked");
  });
  it("a phrase led by a preposition or an article stands by what follows ('on the run')", () => {
    const text = "The inmate has been on the run since the escape on Monday.";
    const { tokens } = tokenize(text, []);
    const at = text.indexOf("on the run");
    assert.equal(tokens[mentionTrigger(tokens, { start: at, end: at + "on the run".length })].text, "run");
    const noun = text.indexOf("the escape");
    assert.equal(tokens[mentionTrigger(tokens, { start: noun, end: noun + 10 })].text, "escape");
  });
});
