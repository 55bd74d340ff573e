import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeEvents } from "../src/events/index.ts";
import type { EventMention } from "../src/events/schema.ts";
import { extractArticle } from "../src/extract/index.ts";
import { geoparse } from "../src/geo/index.ts";
import { annotate } from "../src/nlp/index.ts";
import { articleOf } from "./helpers/articles.ts";

/**
 * Where events happened: the rules that place an event, each with the invented sentences that
 * motivate it. (The refiners' own cases are in events-refiners.test.ts.)
 */

const PUBLISHED = "2024-05-10";

function code(...paragraphs: string[]): EventMention[] {
  const doc = annotate(articleOf(paragraphs, { published: PUBLISHED, uri: "test://places" }));
  return codeEvents(doc, geoparse(doc), "doc");
}

const placeOf = (events: EventMention[], trigger: string) =>
  events.find((e) => e.evidence.trigger.text === trigger)?.place;

describe("a locative names where in a country or city", () => {
  it("past a compass word ('in northern Kenya'), over the dateline", () => {
    const es = code(
      "NAIROBI - Police in northern Kenya arrested 12 cattle raiders on Sunday, a spokesman said.",
    );
    assert.equal(placeOf(es, "arrested")?.name, "Kenya");
  });

  it("past the adjectives of a place noun ('in the southern Somali port of Kismayo')", () => {
    const es = code(
      "NAIROBI - Two aid workers were kidnapped in the southern Somali port of Kismayo on Friday, officials said.",
    );
    assert.equal(placeOf(es, "kidnapped")?.name, "Kismayo");
  });
});

describe("a locative reaches a toponym past its country or region in the possessive", () => {
  it("'in the country's southern Zabul province', 'in Afghanistan's eastern Nangarhar province', over the dateline", () => {
    const es = code(
      "KABUL - Gunmen kidnapped two engineers in the country's southern Zabul province on Monday, officials said.",
      "Militants attacked a checkpoint in Afghanistan's eastern Nangarhar province on Tuesday.",
    );
    assert.equal(placeOf(es, "kidnapped")?.name, "Zabul Province");
    assert.equal(placeOf(es, "attacked")?.name, "Nangarhar Province");
  });

  it("but not past a person's or an office's ('at the Sheriff's Lakewood Station')", () => {
    const es = code(
      "LOS ANGELES - Gunmen shot a deputy at the Sheriff's Lakewood Station on Monday, police said.",
    );
    assert.equal(placeOf(es, "shot")?.name, "Los Angeles");
  });
});

describe("where someone meant to go", () => {
  it("is not where what befell them happened ('trying to cross into Greece', 'to sneak into the United States')", () => {
    const crossing = code(
      "Turkish police detained 40 migrants trying to cross into Greece on Sunday, the governor's office said.",
      "The migrants were taken to a camp in Edirne province.",
    );
    assert.equal(placeOf(crossing, "detained")?.country, "TUR");
    const sneaking = code(
      "More than 300 Guatemalans were deported by Mexican immigration authorities on Monday for trying to sneak into the United States.",
    );
    assert.equal(placeOf(sneaking, "deported")?.country, "MEX");
  });
});

describe("a camp named as lying near a border", () => {
  it("is on the near side, whatever the gazetteer's country says ('the Rukban camp near the Jordanian border in southern Syria')", () => {
    const beside = code(
      "Thousands of refugees live in the Rukban camp near the Jordanian border in southern Syria.",
      "Gunmen attacked a water truck in the Rukban camp on Monday, killing two people.",
    );
    assert.equal(placeOf(beside, "attacked")?.country, "SYR");
    const owned = code(
      "The Rukban camp is located in the desert near Syria's border with Jordan.",
      "Gunmen attacked a water truck in the Rukban camp on Monday, killing two people.",
    );
    assert.equal(placeOf(owned, "attacked")?.country, "SYR");
  });
});

describe("a part of a place that a deed fills or reaches", () => {
  it("is its scene without a preposition ('engulfed the streets of Athens'), over the dateline", () => {
    const es = code(
      "LONDON - Riots engulfed the streets of Athens on Wednesday as protesters torched buildings, police said.",
    );
    assert.equal(placeOf(es, "torched")?.name, "Athens");
  });
});

describe("a locative reaches a town through a part of it", () => {
  it("'in a Protestant district of east Belfast', over the dateline", () => {
    const es = code(
      "LONDON - Police and rioters clashed in a Protestant district of east Belfast on Sunday.",
    );
    assert.equal(placeOf(es, "clashed")?.name, "Belfast");
  });

  it("but a neighbourhood named before its town is the finer scene ('the Flatbush neighborhood of Brooklyn')", () => {
    const es = code(
      "Two men were shot dead in the Flatbush neighborhood of Brooklyn on Friday. Police arrested a suspect hours later.",
    );
    assert.equal(placeOf(es, "arrested")?.name, "Flatbush");
  });
});

describe("a locative", () => {
  it("may be 'along' ('marched along Quito's main avenue'), over the dateline", () => {
    const es = code(
      "BOGOTA - Thousands of women marched along Quito's main avenue on Friday, demanding the release of their sons.",
    );
    assert.equal(placeOf(es, "marched")?.name, "Quito");
  });
});

describe("a former state's name", () => {
  it("is its successor's territory ('Zaire' is DR Congo), not a guess from the dateline", () => {
    const es = code(
      "LISBON - Rebels attacked a mission station in eastern Zaire on Friday, Portugal's foreign ministry said.",
    );
    assert.equal(placeOf(es, "attacked")?.country, "COD");
  });
});

describe("a dateline", () => {
  it("ends with an underscore in AP's archived copy ('MOSCOW (AP)_')", () => {
    const es = code(
      "AMMAN, Jordan (AP)_ The interior ministers of Iraq and Syria signed a border security accord on Sunday.",
    );
    // The accord signed is the event (its signing is no separate act of support).
    assert.equal(placeOf(es, "accord")?.name, "Amman");
  });
});

describe("a town's name that is a person's surname in the story", () => {
  it("is the person, not a place ('Rachel Denton … in Denton hearing')", () => {
    const es = code(
      "New twist in Denton hearing. Rachel Denton, a nurse, was arrested in May after a colleague alerted police.",
    );
    assert.notEqual(placeOf(es, "arrested")?.name, "Denton");
  });
});

describe("a local story says where once", () => {
  it("a later deed happened where the story's last deed did ('a police car burnt in Tacoma … Police arrested 12')", () => {
    const es = code(
      "Protesters set fire to a police car in Tacoma on Monday night.",
      "Officers used pepper spray to disperse the crowd.",
      "Police arrested 12 people near the city hall on Tuesday.",
    );
    assert.equal(placeOf(es, "arrested")?.name, "Tacoma");
  });

  it("but where someone died or was born is no scene of the story", () => {
    const es = code(
      "The former union leader died on Sunday at his home in Eugene, Oregon.",
      "He was arrested twice during the dock strikes of the 1970s.",
    );
    assert.equal(placeOf(es, "arrested")?.name, "United States");
  });

  it("nor is a town for what spread across the country", () => {
    const es = code(
      "Riot police fired tear gas at students in Thessaloniki on Friday.",
      "The unrest spread across the country, and at least 40 people were injured.",
    );
    assert.equal(placeOf(es, "injured")?.name, "Greece");
  });

  it("nor for a statement, made where its speaker is", () => {
    const es = code(
      "Gunmen shot dead three farmers in Kisumu on Sunday.",
      "The opposition condemned the government's silence.",
    );
    assert.equal(placeOf(es, "condemned")?.name, "Kenya");
  });

  it("nor for the deed of a party from another country", () => {
    const es = code(
      "Gunmen attacked a bus in Mombasa on Sunday, killing four passengers.",
      "Ugandan police arrested two suspects on Monday.",
    );
    assert.notEqual(placeOf(es, "arrested")?.name, "Mombasa");
  });
});

describe("a dateline on a line of its own", () => {
  it("places the story as an inline one does ('KINGSTON (AP) --' above the first paragraph)", () => {
    const doc = annotate(
      extractArticle(
        {
          uri: "test://wire",
          bytes: new TextEncoder().encode(
            "KINGSTON (AP) --\n\nPolice arrested 12 people after a march on Monday, a spokesman said.\n",
          ),
          contentType: "text/plain",
          fetchedAt: `${PUBLISHED}T12:00:00Z`,
          diagnostics: [],
        },
        { publishedAt: PUBLISHED },
      ),
    );
    const es = codeEvents(doc, geoparse(doc), "doc");
    assert.equal(placeOf(es, "arrested")?.name, "Kingston");
  });
});

describe("a dateline places the lead", () => {
  it("but beyond it a government of another country acts at home", () => {
    const es = code(
      "NAIROBI, Kenya (AP) — Police arrested 12 protesters outside parliament on Monday.",
      "The Ugandan government condemned the arrests on Tuesday.",
    );
    assert.equal(placeOf(es, "arrested")?.name, "Nairobi");
    assert.notEqual(placeOf(es, "condemned")?.name, "Nairobi");
  });
});

describe("a sea named after a port or a country", () => {
  it("is the sea, not the port ('in the Gulf of Aden' is not Aden)", () => {
    const es = code("Pirates attacked a cargo ship in the Gulf of Aden on Friday, the navy said.");
    assert.equal(placeOf(es, "attacked")?.name, "Gulf of Aden");
  });

  it("nor the country ('in the South China Sea' is not China)", () => {
    const es = code(
      "Coast guard ships fired water cannon at a supply boat in the South China Sea on Monday.",
    );
    assert.notEqual(placeOf(es, "fired")?.country, "CHN");
  });
});

describe("'on' with a part of a place", () => {
  it("is a locative ('on the Tacoma campus of the college')", () => {
    const es = code(
      "Police shot a man in Spokane last week. On Monday on the Tacoma campus of the state college, a gunman killed two students.",
    );
    assert.equal(placeOf(es, "killed")?.name, "Tacoma");
  });
});

describe("a statement is not placed at the place of the act it is about", () => {
  it("the place of an 'accused X of V-ing' clause is the accusation's topic", () => {
    const es = code(
      "HANOI, Vietnam (AP) — The defence minister on Wednesday accused China of using coercion against its neighbours in the South China Sea.",
    );
    assert.equal(placeOf(es, "accused")?.name, "Hanoi");
  });
});

describe("a town that qualifies the event's own noun", () => {
  it("is where it happened ('the Tucson shooting', 'the Denver stabbing'), over the dateline", () => {
    const es = code(
      "LONDON (AP) — Police said on Monday that the Tucson shooting had been planned for weeks.",
      "Detectives on Friday questioned two men about the Denver stabbing.",
    );
    assert.equal(placeOf(es, "shooting")?.name, "Tucson");
    assert.equal(placeOf(es, "stabbing")?.name, "Denver");
  });

  it("but not a verb's subject ('Washington invaded the country')", () => {
    const es = code(
      "KABUL - Thousands of US troops remain in Afghanistan, years after Washington invaded the country.",
    );
    assert.equal(placeOf(es, "invaded")?.name, "Afghanistan");
  });
});

describe("where a person was born or lives", () => {
  it("is no scene of what befell them ('a native of Peru', 'a resident of Leeds')", () => {
    const es = code(
      "Luis Ortega, a native of Peru, was arrested by Hartford police on Monday night, officers said.",
      "Anna Reed, a resident of Leeds, was charged in Manchester on Tuesday.",
    );
    assert.notEqual(placeOf(es, "arrested")?.country, "PER");
    assert.equal(placeOf(es, "charged")?.name, "Manchester");
  });
});

describe("'over' after an aircraft's event", () => {
  it("says where the aircraft was ('shot down in his jet over Hanoi'), not a topic ('talks over Kashmir')", () => {
    const es = code(
      "SEOUL - A pilot was shot down in his fighter jet over Pyongyang on Monday, officials said.",
      "Diplomats held talks in Geneva over Kashmir on Tuesday.",
    );
    assert.equal(placeOf(es, "shot down")?.name, "Pyongyang");
    assert.equal(placeOf(es, "held talks")?.name, "Geneva");
  });
});
