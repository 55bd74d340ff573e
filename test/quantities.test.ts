import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findQuantities } from "../src/nlp/quantities.ts";
import { tokenize } from "../src/nlp/tokenize.ts";

function quantities(text: string) {
  const { sentences, tokens } = tokenize(text, [{ start: 0, end: text.length, kind: "paragraph" }]);
  return findQuantities(text, tokens, sentences);
}

describe("counts", () => {
  it("reads a number with thousands separators and finds its noun past a list of demonyms", () => {
    const [q] = quantities("The convoy carried 1,250 Polish, Czech and Slovak soldiers.");
    assert.equal(q.value, 1250);
    assert.equal(q.noun, "soldier");
    assert.equal(q.text, "1,250 Polish, Czech and Slovak soldiers");
  });

  it("keeps 'at least' as a lower bound", () => {
    const [q] = quantities("Officers detained at least 3,400 people overnight.");
    assert.equal(q.value, 3400);
    assert.equal(q.min, 3400);
    assert.equal(q.qualifier, "at least");
  });

  it("reads vague counts with ACLED's lowest defensible number", () => {
    const qs = quantities("The blast left dozens of dead and hundreds injured.");
    assert.deepEqual(
      qs.map((q) => [q.qualifier, q.value, q.noun]),
      [
        ["dozens", 12, "dead"],
        ["hundreds", 100, "injured"],
      ],
    );
  });

  it("keeps a range", () => {
    const [q] = quantities("Between 200 and 300 demonstrators marched.");
    assert.equal(q.min, 200);
    assert.equal(q.max, 300);
    assert.equal(q.value, 200);
  });

  it("does not read a date or a year as a count of people", () => {
    assert.deepEqual(quantities("On March 12 2024 the talks resumed."), []);
  });

  it("offsets point at the quoted text", () => {
    const text = "Rescuers said about 40 villagers were missing.";
    const [q] = quantities(text);
    assert.equal(text.slice(q.start, q.end), q.text);
    assert.equal(q.qualifier, "about");
  });
});
