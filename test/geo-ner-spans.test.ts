import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { judgeNerSpan, nerSpanRules } from "../src/geo/nerSpans.ts";

/**
 * Each rule for NER location spans no gazetteer reads, with the sentence that motivates it: what
 * the rules make of the span, and a check that without the rule the outcome changes.
 */
interface Example {
  rule: string;
  sentence: string;
  /** The NER span. */
  span: string;
  /** What should be placed, or undefined for nothing. */
  expected: string | undefined;
}

const examples: Example[] = [
  {
    rule: "numbered-route",
    sentence: "Water washed out part of County Road 56 west of the village.",
    span: "County Road",
    expected: "County Road 56",
  },
  {
    rule: "generic-words",
    sentence: "The City Council will vote on the budget on Tuesday.",
    span: "City Council",
    expected: undefined,
  },
  {
    rule: "generic-words",
    sentence: "Crews repaved Bridge Street near the mill.",
    span: "Bridge Street",
    expected: "Bridge Street",
  },
  {
    rule: "acronym",
    sentence: "Reporters from the AP followed the candidates.",
    span: "AP",
    expected: undefined,
  },
  {
    rule: "armed-group",
    sentence: "The soldiers were battling the Islamic State near the river.",
    span: "Islamic State",
    expected: undefined,
  },
  {
    rule: "building",
    sentence: "The concert at Symphony Hall sold out.",
    span: "Symphony Hall",
    expected: undefined,
  },
  {
    rule: "acting",
    sentence: "The Ministry of Harvests said the crop had failed.",
    span: "Ministry of Harvests",
    expected: undefined,
  },
];

function judged(sentence: string, span: string, rules = nerSpanRules): string | undefined {
  const start = sentence.indexOf(span);
  const s = judgeNerSpan({ start, end: start + span.length }, sentence, rules);
  return s ? sentence.slice(s.start, s.end) : undefined;
}

describe("rules for NER location spans the gazetteer cannot read", () => {
  for (const { rule, sentence, span, expected } of examples) {
    it(`${rule}: "${sentence}"`, () => {
      assert.equal(judged(sentence, span), expected);
      const without = nerSpanRules.filter((r) => r.name !== rule);
      assert.equal(without.length, nerSpanRules.length - 1, `no rule is named ${rule}`);
      // The street example shows the exception inside its rule: the rule keeps it either way.
      if (expected !== span || rule === "numbered-route")
        assert.notEqual(judged(sentence, span, without), expected, `removing ${rule} changes nothing`);
    });
  }

  it("every rule has a motivating sentence", () => {
    const covered = new Set(examples.map((e) => e.rule));
    assert.deepEqual(
      nerSpanRules.map((r) => r.name).filter((n) => !covered.has(n)),
      [],
    );
  });
});
