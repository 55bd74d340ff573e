import assert from "node:assert/strict";
import { test } from "node:test";
import { tokenInfos } from "../src/nlp/ner/features.ts";
import { hashString, mix } from "../src/nlp/ner/hash.ts";
import { decodeGazetteer, encodeGazetteer, hashPhrase, Lexicon } from "../src/nlp/ner/lexicon.ts";

const tagsOf = (lexicon: Lexicon, sentence: string) => {
  const words = sentence.split(" ");
  return lexicon.gazetteerTags(words, tokenInfos(words));
};

test("the compiled gazetteer table is searched by phrase hash and keeps every list of a phrase", () => {
  const bytes = encodeGazetteer([
    ["city", hashPhrase("Port Verel")],
    ["nsi-brand", hashPhrase("Quillmart")],
    ["org", hashPhrase("Quillmart")],
  ]);
  const table = decodeGazetteer(bytes);
  assert.deepEqual(table.lists, ["city", "nsi-brand", "org"]);
  assert.equal(table.keys.length, 2);
  // A phrase added one by one (the WikiANN names) to a phrase the table holds: both lists count.
  const lexicon = new Lexicon([["name-ORG", hashPhrase("Quillmart")]], [], undefined, undefined, table);
  assert.ok(lexicon.inList("nsi-brand", "Quillmart"));
  assert.ok(lexicon.inList("name-ORG", "Quillmart"));
  assert.ok(!lexicon.inList("city", "Quillmart"));

  const tags = tagsOf(lexicon, "Quillmart opened a store in Port Verel");
  assert.deepEqual(
    [...tags[0].list].sort(),
    ["name-ORG", "nsi-brand", "org"].map((l) => hashString(l)).sort(),
  );
  const city = hashString("city");
  assert.deepEqual(tags[5].here, [mix(city, 1)], "first word of a two-word phrase");
  assert.deepEqual(tags[6].here, [mix(city, 3)], "last word of a two-word phrase");
  assert.deepEqual(tags[1].here, []);
});
