import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tokenize } from "../src/nlp/tokenize.ts";

/** The sentences the tokenizer cuts a text into, as text. */
function sentences(text: string): string[] {
  return tokenize(text, []).sentences.map((s) => text.slice(s.start, s.end));
}

describe("sentence boundaries the tagger gets wrong", () => {
  it("an abbreviation's full stop inside brackets does not end the sentence: 'Rep. Jane Doe (D-Calif.) demanded'", () => {
    assert.deepEqual(sentences("Rep. Jane Doe (D-Calif.) demanded a vote on Tuesday. The vote failed."), [
      "Rep. Jane Doe (D-Calif.) demanded a vote on Tuesday.",
      "The vote failed.",
    ]);
  });
  it("'no.' ends a sentence unless a number follows: 'said no.' against 'No. 10'", () => {
    assert.deepEqual(sentences("The mayor said no. The council met again. They met at No. 10 Main Street."), [
      "The mayor said no.",
      "The council met again.",
      "They met at No. 10 Main Street.",
    ]);
  });
  it("a title or an initial does not end a sentence: 'Sen. Ann Ross', 'John F. Kennedy'", () => {
    assert.deepEqual(sentences("Sen. Ann Ross praised John F. Kennedy Airport staff."), [
      "Sen. Ann Ross praised John F. Kennedy Airport staff.",
    ]);
  });
});

describe("parts of speech the tagger gets wrong", () => {
  it("right after a modal, a word with an object is the verb: 'Russia will close the consulate'", () => {
    const text = "Russia will close the consulate and expel the diplomats.";
    const close = tokenize(text, []).tokens.find((t) => t.text === "close");
    assert.equal(close?.pos, "VERB");
  });
});
