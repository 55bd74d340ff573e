import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { nameFilters } from "../src/geo/filters/index.ts";
import { gazetteer } from "../src/geo/gazetteer.ts";
import { type Candidate, recognize } from "../src/geo/recognize.ts";

/**
 * Each of the recogniser's filters with the sentence that motivates it: what the recogniser finds
 * with every filter, and a check that without the filter the finding changes (so no filter is dead).
 */
const g = gazetteer();

function run(text: string, filters = nameFilters, locations: string[] = []): Candidate[] {
  const starts = [0];
  for (const m of text.matchAll(/[.!?]\s+/g)) starts.push((m.index ?? 0) + m[0].length);
  // Words NER tags as locations, where a case needs them.
  const entities = locations.map((w) => {
    const start = text.indexOf(w);
    return { start, end: start + w.length, text: w, label: "LOC" as const, sentence: 0 };
  });
  return recognize(g, { text, sentenceStarts: starts, entities }, filters);
}

const names = (cs: Candidate[]) => cs.map((c) => c.text);

interface Example {
  filter: string;
  sentence: string;
  /** Words NER tags as locations in the sentence. */
  locations?: string[];
  check(found: Candidate[]): void;
}

const examples: Example[] = [
  {
    filter: "weather-pattern",
    sentence: "Forecasters said El Niño would bring rain to Lima.",
    check: (found) => assert.deepEqual(names(found), ["Lima"]),
  },
  {
    filter: "model-year",
    sentence: "A 2008 Malibu struck a fence, and a 2004 Tacoma stopped in Malibu.",
    check: (found) => assert.deepEqual(names(found), ["Malibu"]),
  },
  {
    filter: "compass-region",
    sentence: "Sanctions strained ties between Moscow and the West, and Western diplomats left.",
    check: (found) =>
      assert.deepEqual(
        found.map((c) => [c.text, c.role]),
        [
          ["Moscow", "place"],
          ["West", "place"],
          ["Western", "demonym"],
        ],
      ),
  },
  {
    filter: "common-word",
    sentence: "Vendors sold fruit on every corner of the Street.",
    check: (found) => assert.deepEqual(names(found), []),
  },
  {
    filter: "acronym",
    sentence: "Shares of BA rose after the APC vote in Lagos.",
    check: (found) => assert.deepEqual(names(found), ["Lagos"]),
  },
  {
    // A longer acronym inside an ordinary sentence; the capitals of a dateline stay a place.
    filter: "acronym",
    sentence: "Leaders met at the NATO summit in Lagos. LAGOS was quiet.",
    check: (found) => assert.deepEqual(names(found), ["Lagos", "LAGOS"]),
  },
  {
    filter: "head-of-longer-name",
    sentence: "The wedding of Victoria of Sweden drew crowds.",
    check: (found) => assert.deepEqual(names(found), ["Sweden"]),
  },
  {
    filter: "sentence-initial-word",
    sentence: "Bath is lovely in spring. We drove to Bath and filled the bath.",
    check: (found) =>
      assert.deepEqual(
        found.map((c) => c.start),
        ["Bath is lovely in spring. We drove to ".length],
      ),
  },
  {
    filter: "after-person-title",
    sentence: "Gov. Jackson spoke on Monday.",
    check: (found) => assert.deepEqual(names(found), []),
  },
  {
    filter: "title-prefix",
    sentence: "An aide to Vice President Ortiz testified in Lima.",
    check: (found) => assert.deepEqual(names(found), ["Lima"]),
  },
  {
    filter: "inside-proper-name",
    sentence: "The singer Michael Jackson performed.",
    check: (found) => assert.deepEqual(names(found), []),
  },
  {
    filter: "named-feature",
    sentence: "Traffic stopped on Memphis Street on Monday.",
    check: (found) => {
      assert.deepEqual(names(found), ["Memphis Street"]);
      assert.equal(found[0].feature, true);
    },
  },
  {
    filter: "county-suffix",
    sentence: "Rain fell across Hazard County overnight.",
    check: (found) => {
      assert.deepEqual(names(found), ["Hazard County"]);
      assert.equal(found[0].admin2, true);
    },
  },
  {
    filter: "county-abbreviation",
    sentence: "Flooding hit Loudon Co. on Monday.",
    check: (found) => {
      assert.deepEqual(names(found), ["Loudon Co."]);
      assert.ok(found[0].rows.every((r) => g.idx.kind[r] === 4));
    },
  },
  {
    filter: "mount-hospital",
    sentence: "She was treated at Mount Vernon Hospital.",
    check: (found) => assert.deepEqual(names(found), []),
  },
  {
    filter: "organisation-head",
    sentence:
      "The fugitives were caught in Alliance, and the Alliance for Rural Schools thanked the sheriff.",
    check: (found) => assert.deepEqual(names(found), ["Alliance"]),
  },
  {
    filter: "organisation-opening",
    sentence: "She enrolled at Hazard Community College last year.",
    check: (found) => assert.deepEqual(names(found), []),
  },
  {
    filter: "demonym",
    sentence: "Kazakh authorities detained activists.",
    check: (found) =>
      assert.deepEqual(
        found.map((c) => c.role),
        ["demonym"],
      ),
  },
  {
    filter: "bare-county",
    sentence: "Rain fell across Orleans Parish overnight.",
    check: (found) => assert.equal(found[0].admin2, true),
  },
  {
    filter: "bare-county",
    sentence: "Officials in Clay and Grant said the roads were closed.",
    check: (found) => assert.ok(found[0].rows.every((r) => g.idx.kind[r] !== 4)),
  },
  {
    filter: "city-region",
    sentence: "Police in Almaty said the square was calm.",
    check: (found) => assert.deepEqual(found[0].rows.length, 1),
  },
  {
    filter: "cues",
    sentence: "Shares of BA rose after the APC vote in Lagos.",
    check: (found) => assert.equal(found[0].cued, true),
  },
  {
    filter: "surname",
    sentence: "Yesterday Jones said the plan would work.",
    check: (found) => assert.deepEqual(names(found), []),
  },
  {
    filter: "ordinary-word",
    sentence: "A Bell rang at noon, and the bell rang again.",
    check: (found) => assert.deepEqual(names(found), []),
  },
  {
    // A first word that is only another spelling of a town (Uman is also written Human).
    filter: "ordinary-word",
    sentence: "Human rights groups condemned the arrests.",
    check: (found) => assert.deepEqual(names(found), []),
  },
  {
    filter: "metonymy",
    sentence: "Talks collapsed. Moscow said the offer was unacceptable.",
    check: (found) =>
      assert.deepEqual(
        found.map((c) => c.role),
        ["actor"],
      ),
  },
  {
    filter: "seat-of-government",
    sentence: "White House aides flew to Denver. Hundreds protested outside the White House.",
    check: (found) => assert.deepEqual(names(found), ["Denver", "White House"]),
  },
  {
    filter: "dateline",
    sentence: "BANTAM — A stonemason from Danbury was arraigned on Tuesday.",
    check: (found) => assert.deepEqual(names(found), ["BANTAM", "Danbury"]),
  },
  {
    filter: "city-office",
    sentence: "Members of the Dublin City Council met the Boulder City Council on Monday.",
    check: (found) => assert.deepEqual(names(found), ["Dublin", "Boulder City"]),
  },
  {
    // A qualifier of area before the place, like a compass word ("Metro Vancouver").
    filter: "inside-proper-name",
    sentence: "Officials of Metro Vancouver met Michael Jackson.",
    check: (found) => assert.deepEqual(names(found), ["Vancouver"]),
  },
  {
    // Metro alone is a town in Indonesia, and in English a word.
    filter: "common-word",
    sentence: "The case went to the Metro Squad in Denver.",
    check: (found) => assert.deepEqual(names(found), ["Denver"]),
  },
  {
    filter: "saints-day",
    sentence: "Pupils of St. John's Lutheran School sang in St. John on St. Patrick's Day.",
    check: (found) => assert.deepEqual(names(found), ["St. John"]),
  },
  {
    filter: "named-thing-of",
    sentence: "The firefighter received the Medal of Valor in Madrid, near the Diocese of Lismore office.",
    check: (found) => assert.deepEqual(names(found), ["Madrid", "Lismore"]),
  },
  {
    filter: "war-name",
    sentence: "A veteran of the Gulf War flew to Kuwait.",
    check: (found) => assert.deepEqual(names(found), ["Kuwait"]),
  },
  {
    // Mysore is a town in India; here, with its prefix and after "the", it is a ship.
    filter: "ship-name",
    sentence:
      "The Indian warship INS Mysore chased two skiffs near Aden on Saturday. The Mysore later reached port.",
    check: (found) => assert.deepEqual(names(found), ["Indian", "Aden"]),
  },
  {
    filter: "car-make",
    sentence: "Police said the driver of the Toyota was taken to a hospital in Toyota.",
    check: (found) => assert.deepEqual(names(found), ["Toyota"]),
  },
  {
    filter: "word-goes-on",
    sentence: "She married a man of the Baha’i faith in Tehran.",
    check: (found) => assert.deepEqual(names(found), ["Tehran"]),
  },
  {
    // Chamber is also a town in Pakistan; alone it is the chamber of commerce or of parliament.
    filter: "common-word",
    sentence: "The plan was not for the Chamber, nor for Leeds.",
    check: (found) => assert.deepEqual(names(found), ["Leeds"]),
  },
  {
    // Side is also a town in Turkey; after a compass word it heads a district's name.
    filter: "common-word",
    sentence: "A shop on the West Side of Chicago was robbed.",
    check: (found) => assert.deepEqual(names(found), ["Chicago"]),
  },
  {
    // Duma is also Douma, in Syria: alone, the word is the Russian parliament.
    filter: "common-word",
    sentence: "The bill went to the Duma after talks in Moscow.",
    check: (found) => assert.deepEqual(names(found), ["Moscow"]),
  },
  {
    // Brittany is a region of France; after "her daughter," it is the daughter's first name.
    filter: "kin-name",
    sentence: "The mayor thanked her daughter, Brittany, at the fair in Lima.",
    check: (found) => assert.deepEqual(names(found), ["Lima"]),
  },
  {
    // Superior is also a town in Wisconsin; before "Court" it is the kind of court.
    filter: "court-type",
    sentence: "He appeared before Superior Court Judge Ann Cole in Lima.",
    check: (found) => assert.deepEqual(names(found), ["Lima"]),
  },
  {
    // Terrace is also a town in British Columbia; after a street's name it ends the address.
    filter: "street-suffix",
    sentence: "She lived at 618 S.W. Second Terrace in Lima.",
    locations: ["S.W. Second Terrace"],
    check: (found) => assert.deepEqual(names(found), ["Lima"]),
  },
  {
    filter: "numbered-item",
    sentence: "She lives at Lot No. 5, near the Tianjin No. 2 Detention Centre.",
    check: (found) => assert.deepEqual(names(found), ["Tianjin"]),
  },
];

describe("the recogniser's name filters", () => {
  for (const { filter, sentence, locations, check } of examples) {
    it(`${filter}: "${sentence}"`, () => {
      const found = run(sentence, nameFilters, locations);
      check(found);
      const without = nameFilters.filter((f) => f.name !== filter);
      assert.equal(without.length, nameFilters.length - 1, `no filter is named ${filter}`);
      assert.notDeepEqual(run(sentence, without, locations), found, `removing ${filter} changes nothing`);
    });
  }

  it("every filter has a motivating sentence", () => {
    const covered = new Set(examples.map((e) => e.filter));
    assert.deepEqual(
      nameFilters.map((f) => f.name).filter((n) => !covered.has(n)),
      [],
    );
  });
});
