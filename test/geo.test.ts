import assert from "node:assert/strict";
import { test } from "node:test";
import { countryPlace, geoparse, locateEvent, lookupPlace } from "../src/geo/index.ts";
import { annotate } from "../src/nlp/index.ts";
import type { Doc, Sentence } from "../src/nlp/types.ts";
import { articleOf } from "./helpers/articles.ts";

/** A Doc built by hand: sentences split at ". ", no tokens, no entities (geo must not need NER). */
function doc(text: string): Doc {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?](?=\s+\p{Lu}|\s*$)/gu)) {
    const end = (m.index ?? 0) + 1;
    sentences.push({ start, end, tokenStart: 0, tokenEnd: 0 });
    start = end + (text.slice(end).match(/^\s*/)?.[0].length ?? 0);
  }
  if (start < text.length) sentences.push({ start, end: text.length, tokenStart: 0, tokenEnd: 0 });
  return {
    article: {} as Doc["article"],
    reference: { date: "2022-01-13", precision: "day", source: "published" },
    text,
    sentences,
    tokens: [],
    entities: [],
    times: [],
    quantities: [],
    diagnostics: [],
  };
}

function mention(d: Doc, surface: string, nth = 0) {
  const r = geoparse(d);
  const found = r.places.filter((p) => p.text === surface);
  return { result: r, m: found[nth] };
}

test("Almaty resolves to the Kazakh city (GeoNames 1526384), not its region", () => {
  const d = doc(
    "Police in Almaty said on Tuesday that dozens of protesters had gathered near the mayor's office.",
  );
  const { m } = mention(d, "Almaty");
  assert.ok(m, "Almaty recognised");
  assert.equal(m.place.geonameId, 1526384);
  assert.equal(m.place.country, "KAZ");
  assert.equal(m.place.precision, "city");
  assert.equal(m.role, "place");
});

test("a name joined by a lower-case 'es' is one name: Dar es Salaam is in Tanzania, not a 'Dar' in Senegal", () => {
  const { m } = mention(doc("A bomb exploded near the embassy in Dar es Salaam on Friday."), "Dar es Salaam");
  assert.ok(m, "Dar es Salaam recognised whole");
  assert.equal(m.place.country, "TZA");
});

test("Paris, Texas goes to the United States; plain Paris stays in France", () => {
  const texas = mention(doc("A storm knocked out power in Paris, Texas, on Monday night."), "Paris").m;
  assert.equal(texas.place.country, "USA");
  assert.equal(texas.place.admin1, "Texas");
  const france = mention(doc("Ministers met in Paris on Monday to discuss the budget."), "Paris").m;
  assert.equal(france.place.country, "FRA");
});

test("a name before 'province' reads as the first-level division the gazetteer knows with its type", () => {
  const d = doc("Fighting was reported in Helmand province and in Zabul province on Sunday.");
  for (const name of ["Helmand", "Zabul"]) {
    const { m } = mention(d, name);
    assert.ok(m, `${name} recognised`);
    assert.deepEqual([m.place.country, m.place.precision], ["AFG", "admin1"]);
  }
});

test("a cue for an actor before a name that goes on governs the institution: 'according to Paris Police Department figures'", () => {
  const d = doc("Thefts fell last year in Texas, according to Paris Police Department figures.");
  const { m } = mention(d, "Paris");
  assert.equal(m.role, "place");
  assert.equal(m.place.admin1, "Texas");
  const actor = mention(
    doc("The summit failed, according to Paris, which blamed the delay on Berlin."),
    "Paris",
  ).m;
  assert.equal(actor.role, "actor");
});

test("a metonymic capital is an actor, not a place", () => {
  const d = doc("The talks collapsed on Friday. Moscow said the proposal was unacceptable.");
  const { m } = mention(d, "Moscow");
  assert.equal(m.role, "actor");
  assert.equal(m.place.country, "RUS");
});

test("demonyms are recognised as demonyms of their country", () => {
  const d = doc("Kazakh authorities detained several activists in the capital.");
  const { m } = mention(d, "Kazakh");
  assert.equal(m.role, "demonym");
  assert.equal(m.place.country, "KAZ");
  assert.equal(m.place.precision, "country");
});

test("city and state demonyms are demonym mentions of the city or state, read in context", () => {
  const muscovites = mention(doc("Many Muscovites queued for bread as the rouble fell."), "Muscovites").m;
  assert.equal(muscovites?.role, "demonym");
  assert.equal(muscovites.place.geonameId, 524901);
  assert.equal(mention(doc("Parisians marched on Sunday."), "Parisians").m?.place.country, "FRA");
  const ohioans = mention(doc("Thousands of Ohioans voted early."), "Ohioans").m;
  assert.equal(ohioans?.role, "demonym");
  assert.equal(ohioans?.place.precision, "admin1");
  assert.equal(ohioans.place.admin1, "Ohio");
  // The people of London, Ontario are in Ontario: the demonym shares the city's reading.
  const ontario = doc("Londoners packed the hall in London, Ontario, near Hamilton and Toronto.");
  const londoners = mention(ontario, "Londoners").m;
  assert.equal(londoners?.role, "demonym");
  assert.equal(londoners.place.country, "CAN");
  assert.equal(mention(doc("New Yorkers shrugged off the heat."), "New Yorkers").m?.place.geonameId, 5128581);
});

test("a lake or mountain named head first is one toponym, placed by the document or its namesake country", () => {
  const d = doc(
    "Boats crowded Lake Tobbin near Gainesville, Georgia. A tour group from Gainesville later left for Mount Kenya. Doctors at Mount Sinai Hospital agreed.",
  );
  const r = geoparse(d);
  const lake = r.places.find((p) => p.text === "Lake Tobbin");
  assert.ok(lake, "the lake is one toponym");
  assert.equal(lake.place.admin1, "Georgia", "placed among the document's places");
  assert.equal(r.places.find((p) => p.text === "Mount Kenya")?.place.country, "KEN");
  assert.ok(!r.places.some((p) => p.text.startsWith("Mount Sinai")), "a hospital is no place");
  // Alone, a feature the gazetteer lacks is left unplaced rather than put at a namesake town.
  assert.ok(!geoparse(doc("Fishermen said Lake Tobbin was low.")).places.length);
  // A town bearing the whole name is still the town.
  assert.equal(
    mention(doc("The council met in Mount Vernon, Ohio."), "Mount Vernon").m?.place.admin1,
    "Ohio",
  );
});

test("national regions depend on the document's country: the West Coast of US news, New Zealand's at home", () => {
  const us = mention(
    doc("Wildfires raged along the West Coast as Seattle and Portland choked on smoke."),
    "West Coast",
  ).m;
  assert.equal(us?.place.country, "USA");
  assert.equal(us.place.precision, "region");
  const nz = mention(
    doc("Floods cut roads on the West Coast near Greymouth and Westport, and Christchurch sent help."),
    "West Coast",
  ).m;
  assert.equal(nz?.place.country, "NZL");
  const r = geoparse(doc("Storms hit the Midwest and New England; the Deep South was spared."));
  for (const name of ["Midwest", "New England", "Deep South"]) {
    const m = r.places.find((p) => p.text === name);
    assert.equal(m?.place.country, "USA", name);
    assert.equal(m.place.precision, "region", name);
  }
});

test("bare state codes: after a town, or where the document supports them; never ordinary capitals", () => {
  const us = geoparse(
    doc("A fire broke out in Columbia, SC, on Monday. Later NJ officials met in Newark, NJ."),
  );
  assert.equal(us.places.find((p) => p.text === "SC")?.place.admin1, "South Carolina");
  const nj = us.places.filter((p) => p.text === "NJ");
  assert.equal(nj.length, 2, "NJ after a town, and NJ elsewhere once the document writes it after a town");
  assert.ok(nj.every((p) => p.place.admin1 === "New Jersey"));
  // Codes that are mostly words or acronyms stay words without a town before them.
  const words = geoparse(
    doc("The crackdown, PA officials said, came after the OR was closed IN OTHER NEWS."),
  );
  assert.ok(!words.places.some((p) => /^(?:PA|OR|IN)$/.test(p.text)), JSON.stringify(words.places));
  // Australia: NSW always; WA in an Australian story or after a town ("Spokane, WA" is Washington).
  const au = geoparse(
    doc("Bushfires spread across NSW and Victoria, and WA farmers in Australia feared more."),
  );
  assert.equal(au.places.find((p) => p.text === "NSW")?.place.country, "AUS");
  assert.equal(au.places.find((p) => p.text === "WA")?.place.admin1, "Western Australia");
  const wa = mention(doc("The council in Spokane, WA met on Monday."), "WA").m;
  assert.equal(wa?.place.admin1, "Washington");
  // "KY 90" is a state highway, placed among the document's places.
  assert.equal(
    mention(doc("Volunteers cleaned KY 90 near Corbin, Kentucky."), "KY 90").m?.place.admin1,
    "Kentucky",
  );
  // Another state's highway lies in that state, not at the story's town.
  const away = geoparse(
    doc("Crews closed KY 90 near Beckley, West Virginia, and thanked Kentucky troopers."),
  );
  assert.equal(away.places.find((p) => p.text === "KY 90")?.place.admin1, "Kentucky");
});

test("'the former Soviet republic' is not a place mention, but the focus is the country", () => {
  const d = doc(
    "Foreign troops left Kazakhstan on Thursday. They had been sent to the former Soviet republic after riots in Almaty and Shymkent.",
  );
  const r = geoparse(d);
  assert.ok(!r.places.some((p) => /Soviet|republic/.test(p.text)), "no mention for the descriptive phrase");
  assert.equal(r.focus?.country, "KAZ");
});

test("country focus steers an ambiguous name: Georgia the state in a US story", () => {
  const d = doc(
    "Flooding closed roads across Georgia on Sunday. Officials in Atlanta and Macon said rivers in Alabama were also rising.",
  );
  const r = geoparse(d);
  const georgia = r.places.find((p) => p.text === "Georgia");
  assert.equal(georgia?.place.country, "USA");
  assert.equal(georgia?.place.precision, "admin1");
  assert.equal(r.focus?.country, "USA");
});

test("abbreviations: U.S., UK and AP state abbreviations", () => {
  const d = doc("The U.S. and the UK sent aid. The plant is in Frankfort, Ky., near the river.");
  const r = geoparse(d);
  assert.equal(r.places.find((p) => p.text === "U.S.")?.place.country, "USA");
  assert.equal(r.places.find((p) => p.text === "UK")?.place.country, "GBR");
  const frankfort = r.places.find((p) => p.text === "Frankfort");
  assert.equal(frankfort?.place.admin1, "Kentucky");
});

test("locateEvent picks the clause's locative, not an actor or another country", () => {
  const text =
    "Troops backed by Moscow began their withdrawal in Almaty on Thursday, according to officials in Kazakhstan.";
  const d = doc(text);
  const geo = geoparse(d);
  const trigger = { start: text.indexOf("withdrawal"), end: text.indexOf("withdrawal") + 10 };
  const loc = locateEvent(d, geo, trigger, 0);
  assert.equal(loc?.place.geonameId, 1526384);
  assert.equal(loc?.fromFocus, false);
  assert.equal(loc?.mention?.text, "Almaty");
});

test("locateEvent falls back to the document focus", () => {
  const text = "Riots shook Kazakhstan last week. Hundreds of people were arrested, the ministry said.";
  const d = doc(text);
  const geo = geoparse(d);
  const trigger = { start: text.indexOf("arrested"), end: text.indexOf("arrested") + 8 };
  const loc = locateEvent(d, geo, trigger, 1);
  assert.equal(loc?.fromFocus, true);
  assert.equal(loc?.place.country, "KAZ");
});

function locate(text: string, triggerWord: string) {
  const d = doc(text);
  const geo = geoparse(d);
  const start = text.indexOf(triggerWord);
  return locateEvent(d, geo, { start, end: start + triggerWord.length }, 0);
}

test("locateEvent takes through, across, outside and near as the event's scene", () => {
  assert.equal(
    locate("The convoy moved through Almaty before dawn on Friday.", "moved")?.mention?.text,
    "Almaty",
  );
  assert.equal(
    locate("Protests spread across Kazakhstan on Friday.", "Protests")?.mention?.text,
    "Kazakhstan",
  );
  assert.equal(locate("A car bomb exploded outside Kabul on Monday.", "exploded")?.mention?.text, "Kabul");
  assert.equal(locate("Fighting broke out near Donetsk overnight.", "Fighting")?.mention?.text, "Donetsk");
});

test("locateEvent does not place an event where an X-based actor is based", () => {
  const loc = locate("A London-based charity delivered food to families in Nairobi on Monday.", "delivered");
  assert.equal(loc?.mention?.text, "Nairobi");
  const none = locate("A Berlin-based group protested the new law.", "protested");
  assert.notEqual(none?.mention?.text, "Berlin");
});

test("a span the gazetteer lacks takes an embedded name or the document's town", async () => {
  const { resolveSpans } = await import("../src/geo/index.ts");
  const text =
    "Firefighters in Denver were called to Larimer Street on Tuesday. Students at the University of Arizona watched.";
  const d = doc(text);
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const r = resolveSpans(d, [span("Denver"), span("Larimer Street"), span("University of Arizona")]);
  const street = r.places.find((p) => p.text === "Larimer Street");
  assert.equal(street?.place.name, "Denver");
  assert.ok((street?.confidence ?? 1) < 0.5, "a context placement has low confidence");
  assert.equal(r.places.find((p) => p.text === "University of Arizona")?.place.admin1, "Arizona");
});

test("a building named after a small town abroad or far away stands where the story is; one named after a world city is there", async () => {
  const { resolveSpans } = await import("../src/geo/index.ts");
  const text =
    "Students rallied at the Wollongong Science Hall on Tuesday. Police in Denver and Boulder said the march was calm. Two Denver trainers flew their horses to the Dubai Gold Cup.";
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const r = resolveSpans(
    doc(text),
    ["Wollongong Science Hall", "Denver", "Boulder", "Dubai Gold Cup"].map(span),
  );
  const hall = r.places.find((p) => p.text === "Wollongong Science Hall");
  assert.equal(hall?.place.country, "USA", "the hall is among the story's places, not in Australia");
  assert.equal(r.places.find((p) => p.text === "Dubai Gold Cup")?.place.country, "ARE");
  // The same within one country: a Texas town's name on a library in a Washington State story.
  const far =
    "Volunteers restocked the Beaumont Memorial Library on Saturday. Officials in Spokane and Yakima praised their work.";
  const at = (s: string) => ({ start: far.indexOf(s), end: far.indexOf(s) + s.length });
  const library = resolveSpans(
    doc(far),
    ["Beaumont Memorial Library", "Spokane", "Yakima"].map(at),
  ).places.find((p) => p.text === "Beaumont Memorial Library");
  assert.equal(library?.place.admin1, "Washington");
  // A name opening a police force's, whose only reading is a small town abroad (Peel, Isle of Man).
  const force = "Peel Regional Police closed a road in Brampton on Friday after a crash near Mississauga.";
  const on = (s: string) => ({ start: force.indexOf(s), end: force.indexOf(s) + s.length });
  const peel = resolveSpans(doc(force), ["Peel", "Brampton", "Mississauga"].map(on)).places.find(
    (p) => p.text === "Peel",
  );
  assert.equal(peel?.place.country, "CAN");
});

test("a district named with a people's adjective lies where the story is; one named with the country's own name is in that country", async () => {
  const { resolveSpans } = await import("../src/geo/index.ts");
  const text =
    "Brass bands marched through the French Quarter on Saturday. Police in New Orleans and Baton Rouge closed several streets.";
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const r = resolveSpans(doc(text), ["French Quarter", "New Orleans", "Baton Rouge"].map(span));
  assert.equal(r.places.find((p) => p.text === "French Quarter")?.place.country, "USA");
  const pilgrims = "Pilgrims toured the Vatican Gardens on Sunday before taking a train from Rome to Naples.";
  const at = (s: string) => ({ start: pilgrims.indexOf(s), end: pilgrims.indexOf(s) + s.length });
  const v = resolveSpans(doc(pilgrims), ["Vatican Gardens", "Rome", "Naples"].map(at));
  assert.equal(v.places.find((p) => p.text === "Vatican Gardens")?.place.country, "VAT");
});

test("a square named like a town's former name is a square among the story's places, not that town", async () => {
  const { resolveSpans } = await import("../src/geo/index.ts");
  const text =
    "Musicians played in Washington Square on Sunday evening. Police in Shreveport and Baton Rouge reported quiet streets.";
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const r = resolveSpans(doc(text), ["Washington Square", "Shreveport", "Baton Rouge"].map(span));
  const square = r.places.find((p) => p.text === "Washington Square")?.place;
  assert.notEqual(
    square?.name,
    "Franklin Square",
    "GeoNames lists 'Washington Square' as a New York town's other name",
  );
  assert.equal(square?.admin1, "Louisiana");
});

test("a name the text calls a street ('Memphis and Elm streets', 'the corner of Elm and Savannah') lies among the story's places", async () => {
  const { resolveSpans } = await import("../src/geo/index.ts");
  const text =
    "Crews repaved Memphis and Elm streets on Monday. A van hit a pole at the corner of Elm and Savannah. Drivers in Tulsa and Broken Arrow were warned of delays.";
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const r = resolveSpans(doc(text), ["Memphis", "Savannah", "Tulsa", "Broken Arrow"].map(span));
  assert.equal(r.places.find((p) => p.text === "Memphis")?.place.admin1, "Oklahoma");
  assert.equal(r.places.find((p) => p.text === "Savannah")?.place.admin1, "Oklahoma");
});

test("world news means the town the world knows; local news keeps its own", async () => {
  const { resolveSpans } = await import("../src/geo/index.ts");
  const read = (text: string, names: string[]) =>
    resolveSpans(
      doc(text),
      names.map((s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length })),
    ).places.find((p) => p.text === "Manchester")?.place;
  const world = read(
    "Researchers from Kenya and Spain joined colleagues in Manchester for the climate talks, and a second panel met in Houston a week later.",
    ["Kenya", "Spain", "Manchester", "Houston"],
  );
  assert.equal(world?.country, "GBR", "a story naming two countries is world news");
  const local = read("A choir from Manchester sang in Nashua and Concord on Sunday, the town's paper said.", [
    "Manchester",
    "Nashua",
    "Concord",
  ]);
  assert.equal(local?.admin1, "New Hampshire");
});

test("a legislature given as a place sits in its capital: its own country's, or the story's", async () => {
  const { resolveSpans } = await import("../src/geo/index.ts");
  const read = (text: string, names: string[], name: string) =>
    resolveSpans(
      doc(text),
      names.map((s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length })),
    ).places.find((p) => p.text === name)?.place;
  const congress = read(
    "Congress approved the farm bill on Tuesday, and growers in Iowa and Nebraska welcomed it.",
    ["Congress", "Iowa", "Nebraska"],
    "Congress",
  );
  assert.equal(congress?.name, "Washington", "not Congress, Arizona");
  const knesset = read(
    "Lawmakers in the Knesset argued late into the night while dock workers in Haifa went on strike.",
    ["Knesset", "Haifa"],
    "Knesset",
  );
  assert.equal(knesset?.country, "ISR");
  assert.equal(knesset?.precision, "city");
});

test("a demonym in a capitalised headline is the people's country, not a town spelt alike", async () => {
  const { resolveSpans } = await import("../src/geo/index.ts");
  const text = "KAZAKH FARMERS WAIT FOR RAIN. Wheat growers said the spring had been dry.";
  const r = resolveSpans(doc(text), [{ start: 0, end: "KAZAKH".length }]);
  assert.equal(r.places[0]?.place.country, "KAZ");
  assert.equal(r.places[0]?.role, "demonym");
});

test("a list of cities is no 'town, state' pair: 'Washington, New York and Denver' is not Washington County, New York", async () => {
  const { resolveSpans } = await import("../src/geo/index.ts");
  const text =
    "The Omani minister, back from talks in Muscat, toured Washington, New York and Denver this week before returning to Oman.";
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const r = resolveSpans(doc(text), ["Muscat", "Washington", "New York", "Denver", "Oman"].map(span));
  const washington = r.places.find((p) => p.text === "Washington")?.place;
  assert.equal(washington?.name, "Washington");
  assert.equal(washington?.admin1, "District of Columbia");
  assert.equal(r.places.find((p) => p.text === "New York")?.place.precision, "city");
});

test("lookupPlace and countryPlace", () => {
  assert.equal(lookupPlace("Almaty")?.geonameId, 1526384);
  assert.equal(lookupPlace("Springfield", { country: "USA" })?.country, "USA");
  assert.equal(lookupPlace("Kazakh")?.country, "KAZ");
  assert.equal(lookupPlace("Nowhereville Xyz"), undefined);
  const kaz = countryPlace("KAZ");
  assert.equal(kaz?.precision, "country");
  assert.equal(kaz?.country, "KAZ");
  // Inside Kazakhstan's rough bounding box, not a corner of the map.
  assert.ok(kaz && kaz.lat > 40 && kaz.lat < 56 && kaz.lon > 46 && kaz.lon < 88);
  assert.equal(countryPlace("XXX"), undefined);
});

test("person names that contain a place are not toponyms", () => {
  const r = geoparse(doc("Gov. Jackson met Michael Jordan on Monday."));
  assert.deepEqual(
    r.places.map((p) => p.text),
    [],
  );
});

test("a place opening an organisation's name is a toponym but not the event's scene", () => {
  const text = "The fire was reported in the Texas Tribune after it spread in Austin on Monday.";
  const r = geoparse(doc(text));
  assert.ok(r.places.some((p) => p.text === "Texas"));
  const start = text.indexOf("reported");
  assert.equal(locateEvent(doc(text), r, { start, end: start + 8 }, 0)?.mention?.text, "Austin");
});

test("a lone surname matching only hamlets is not a toponym, but a cued small town is", () => {
  const surnames = geoparse(doc("Jones scored twice before half-time."));
  assert.deepEqual(
    surnames.places.map((p) => p.text),
    [],
  );
  const town = geoparse(doc("The fire started in Cottonport on Sunday."));
  assert.equal(town.places.find((p) => p.text === "Cottonport")?.place.country, "USA");
});

test("Canadian province codes, constituent countries and the Arab world", () => {
  const bc = mention(doc("The mill in Prince George, BC, closed on Friday."), "BC").m;
  assert.equal(bc?.place.name, "British Columbia");
  assert.equal(mention(doc("The tomb dates from 300 BC and was found in Egypt."), "BC").m, undefined);
  const english = mention(doc("English farmers protested the new subsidy rules."), "English").m;
  assert.equal(english?.place.name, "England");
  assert.equal(english?.role, "demonym");
  assert.equal(lookupPlace("Arab")?.name, "Arab world");
});

test("a county named with its suffix survives NER calling it a person; a lone 'City' is no place", () => {
  const text = "Henry County will repave the bridge. City crews started on Monday.";
  const d = doc(text);
  d.entities = [{ start: 0, end: 12, text: "Henry County", label: "PER", sentence: 0 }];
  const r = geoparse(d);
  assert.deepEqual(
    r.places.map((p) => p.text),
    ["Henry County"],
  );
});

test("a seat of government is its capital, and an actor when it speaks", () => {
  const said = mention(doc("The Kremlin said on Friday that the troops would leave."), "Kremlin").m;
  assert.equal(said?.role, "actor");
  assert.equal(said?.place.country, "RUS");
  const protest = mention(doc("Hundreds protested outside the White House on Sunday."), "White House").m;
  assert.equal(protest?.role, "place");
  assert.equal(protest?.place.name, "Washington");
});

test("peoples of breakaway regions and majorities are demonyms of their country", () => {
  const r = geoparse(
    doc("South Ossetian and Abkhaz officials met Sinhalese and Dagestani delegates on Monday."),
  );
  const country = (t: string) => r.places.find((p) => p.text === t)?.place.country;
  assert.equal(country("South Ossetian"), "GEO");
  assert.equal(country("Abkhaz"), "GEO");
  assert.equal(country("Sinhalese"), "LKA");
  assert.equal(country("Dagestani"), "RUS");
});

test("a word NER calls a person is a place when listed with a place, and wherever else it stands alone", () => {
  const text = "Police in Boulder City and Henderson will share a station. Henderson has the money.";
  const d = doc(text);
  const at = (w: string, from = 0) => text.indexOf(w, from);
  d.entities = [
    {
      start: at("Boulder City"),
      end: at("Boulder City") + 12,
      text: "Boulder City",
      label: "LOC",
      sentence: 0,
    },
    { start: at("Henderson"), end: at("Henderson") + 9, text: "Henderson", label: "PER", sentence: 0 },
    {
      start: at("Henderson", 40),
      end: at("Henderson", 40) + 9,
      text: "Henderson",
      label: "PER",
      sentence: 1,
    },
  ];
  assert.deepEqual(
    geoparse(d).places.map((p) => p.text),
    ["Boulder City", "Henderson", "Henderson"],
  );
  const alone = doc("Henderson scored twice on Friday.");
  alone.entities = [{ start: 0, end: 9, text: "Henderson", label: "PER", sentence: 0 }];
  assert.deepEqual(geoparse(alone).places, []);
});

test("a word NER calls a person again and again is that person throughout, whatever cue stands before it", () => {
  // Būsh is a town in Egypt: "at the Pentagon, Bush said" is no list, "to Bush from" no journey.
  const text =
    "Egypt and Jordan sent troops on Monday. Speaking at the Pentagon, Bush said the buildup would go on. The envoy flew in with a note to Bush from Baghdad. Bush told reporters on Tuesday that he saw no quick end to the crisis.";
  const d = doc(text);
  const labels: [string, "LOC" | "ORG" | "PER"][] = [
    ["Egypt", "LOC"],
    ["Jordan", "LOC"],
    ["Pentagon", "ORG"],
    ["Bush", "PER"],
    ["Baghdad", "LOC"],
  ];
  d.entities = labels
    .flatMap(([word, label]) =>
      [...text.matchAll(new RegExp(word, "g"))].map((m) => ({
        start: m.index ?? 0,
        end: (m.index ?? 0) + word.length,
        text: word,
        label,
        sentence: d.sentences.findIndex((s) => s.end > (m.index ?? 0)),
      })),
    )
    .sort((a, b) => a.start - b.start);
  assert.deepEqual(
    geoparse(d).places.map((p) => p.text),
    ["Egypt", "Jordan", "Pentagon", "Baghdad"],
  );
});

test("a ship named after a town is no place, whatever NER calls it", () => {
  const text = "The warship INS Mysore reached Aden on Saturday. The Mysore then sailed on.";
  const d = doc(text);
  d.entities = [text.indexOf("Mysore"), text.indexOf("Mysore", 30)].map((start) => ({
    start,
    end: start + 6,
    text: "Mysore",
    label: "LOC" as const,
    sentence: start < 40 ? 0 : 1,
  }));
  assert.deepEqual(
    geoparse(d).places.map((p) => p.text),
    ["Aden"],
  );
});

test("a state written the AP way or after a party letter stands whatever NER calls it", () => {
  const text = "Sen. Byron Dorgan, D-N.D., asked why the veteran rode a bike to D.C. last week.";
  const d = doc(text);
  d.entities = [
    { start: text.indexOf("D-N"), end: text.indexOf("D-N") + 3, text: "D-N", label: "MISC", sentence: 0 },
    { start: text.indexOf("D.C."), end: text.indexOf("D.C.") + 4, text: "D.C.", label: "PER", sentence: 0 },
  ];
  assert.deepEqual(
    geoparse(d).places.map((p) => p.text),
    ["N.D.", "D.C."],
  );
});

test("a lone common word or institution NER calls a location is judged as the recogniser judges it", () => {
  const text = "The bill went to the Duma after talks in Moscow.";
  const d = doc(text);
  d.entities = [
    { start: text.indexOf("Duma"), end: text.indexOf("Duma") + 4, text: "Duma", label: "LOC", sentence: 0 },
  ];
  assert.deepEqual(
    geoparse(d).places.map((p) => p.text),
    ["Moscow"],
  );
});

test("an ocean's oscillation is a climate pattern, not the ocean, whatever NER calls it", () => {
  const text = "A warm Pacific Decadal Oscillation phase brought rain to Lima.";
  const d = doc(text);
  d.entities = [{ start: 7, end: 34, text: "Pacific Decadal Oscillation", label: "LOC", sentence: 0 }];
  assert.deepEqual(
    geoparse(d).places.map((p) => p.text),
    ["Lima"],
  );
});

test("a city written by its initials is the city", () => {
  const r = geoparse(doc("The tour traced L.A.'s spiritual history before moving to Phila. on Monday."));
  assert.equal(r.places.find((p) => p.text === "L.A.")?.place.name, "Los Angeles");
  assert.equal(r.places.find((p) => p.text === "Phila.")?.place.name, "Philadelphia");
});

test("a federal highway hyphened to the country's code is one road's name", () => {
  const names = geoparse(doc("Crews will widen US-24 west of Topeka, Kansas, this summer.")).places.map(
    (p) => p.text,
  );
  assert.ok(names.includes("US-24"), names.join(", "));
  assert.ok(!names.includes("US"));
});

test("a place before an office opens a person's description, whatever NER's person span holds", () => {
  const text = "Toledo Mayor Carty Finkbeiner said the budget would balance.";
  const d = doc(text);
  d.entities = [{ start: 0, end: 18, text: "Toledo Mayor Carty", label: "PER", sentence: 0 }];
  assert.deepEqual(
    geoparse(d).places.map((p) => p.text),
    ["Toledo"],
  );
});

test("a seat of government NER calls a location is still the institution when it only modifies", () => {
  const text = "White House aides flew to Denver on Monday.";
  const d = doc(text);
  d.entities = [{ start: 0, end: 11, text: "White House", label: "LOC", sentence: 0 }];
  assert.deepEqual(
    geoparse(d).places.map((p) => p.text),
    ["Denver"],
  );
});

test("a street or river named after a place is one toponym, placed among the document's places", () => {
  const r = geoparse(
    doc("Police in Alexandria, Virginia, closed Dallas Street on Monday after a water main broke."),
  );
  assert.ok(!r.places.some((p) => p.text === "Dallas"), "the namesake alone is not the toponym");
  const street = r.places.find((p) => p.text === "Dallas Street");
  assert.equal(street?.place.admin1, "Virginia");
  const west = geoparse(doc("Crews cleared West Houston Avenue in Fresno, California, on Friday.")).places;
  assert.equal(west.find((p) => p.text === "West Houston Avenue")?.place.admin1, "California");
  const abbreviated = geoparse(doc("She lived at 420 Augusta St. in Alexandria, Virginia.")).places;
  assert.ok(abbreviated.some((p) => p.text === "Augusta St."));
});

test("a month that NER took for a location is no place", () => {
  const text = "The offence was dated Feb. 16 in Palestine, Texas.";
  const d = doc(text);
  d.entities = [
    { start: text.indexOf("Feb"), end: text.indexOf("Feb") + 3, text: "Feb", label: "LOC", sentence: 0 },
  ];
  assert.ok(!geoparse(d).places.some((p) => p.text === "Feb"));
});

test("a metropolis named like its state is the city, unless listed with states or called a state", () => {
  const city = mention(doc("The airline will fly between New York and Moscow from June."), "New York").m;
  assert.equal(city?.place.precision, "city");
  const listed = mention(doc("Volunteers came from Missouri, New York and Ohio to help."), "New York").m;
  assert.equal(listed?.place.precision, "admin1");
  const state = mention(doc("Snow closed schools across upstate New York state on Monday."), "New York").m;
  assert.equal(state?.place.precision, "admin1");
  const border = mention(doc("The toll road runs west to the New York border."), "New York").m;
  assert.equal(border?.place.precision, "admin1");
  const governor = mention(doc("New York's governor signed the bill on Friday."), "New York").m;
  assert.equal(governor?.place.precision, "admin1");
});

test("a name before 'National Guard' or 'Highway Patrol' is the US state, not the country it shares a name with", () => {
  const guard = mention(
    doc("Troops of the Georgia National Guard were sent to help after the storm."),
    "Georgia",
  ).m;
  assert.deepEqual([guard?.place.country, guard?.place.precision], ["USA", "admin1"]);
  const country = mention(doc("Troops were sent from Georgia to help after the storm."), "Georgia").m;
  assert.equal(country?.place.country, "GEO");
});

test("a state of two parts is named by its first, and the US Virgin Islands are not the United States", async () => {
  const { resolveSpans } = await import("../src/geo/index.ts");
  const bosnia = mention(doc("Floods cut roads across Bosnia on Sunday."), "Bosnia").m;
  assert.equal(bosnia?.place.country, "BIH");
  const trinidad = mention(doc("The minister flew back to Trinidad after the summit."), "Trinidad").m;
  assert.equal(trinidad?.place.country, "TTO");
  const text = "The storm reached the U.S. Virgin Islands overnight.";
  const s = "U.S. Virgin Islands";
  const r = resolveSpans(doc(text), [{ start: text.indexOf(s), end: text.indexOf(s) + s.length }]);
  assert.equal(r.places[0]?.place.country, "VIR");
});

test("Virginia's independent cities, Baltimore and St. Louis are towns, not counties of their name", async () => {
  const { placesNamed } = await import("../src/geo/index.ts");
  const counties = (name: string) => placesNamed(name).filter((p) => p.name.endsWith(" County"));
  assert.deepEqual(
    counties("Suffolk County").map((p) => p.admin1),
    ["Massachusetts", "New York"],
  );
  assert.equal(
    counties("Baltimore County").length,
    1,
    "Baltimore County, not Baltimore city as a second one",
  );
  assert.equal(counties("Alexandria").length, 0);
  assert.ok(placesNamed("Alexandria").some((p) => p.admin1 === "Virginia" && p.precision === "city"));
});

test("a town's former or neighbouring names that other towns bear as their own name those towns", async () => {
  const { placesNamed } = await import("../src/geo/index.ts");
  // GeoNames lists "Frisco" and "Hollywood" among San Francisco's and Daphne's (Alabama) alternates.
  assert.ok(!placesNamed("Frisco").some((p) => p.name === "San Francisco"));
  assert.ok(!placesNamed("Hollywood").some((p) => p.name === "Daphne"));
  assert.ok(placesNamed("Hollywood").some((p) => p.admin1 === "Florida" && (p.population ?? 0) > 100_000));
  // A big city's short name that only a hamlet also bears stays the city's.
  assert.ok(placesNamed("Stoke").some((p) => p.name === "Stoke-on-Trent"));
});

test("a possessive inside a longer name is a person's: St. Peter's Basilica is not in Saint Peter, Barbados", async () => {
  const { resolveSpans } = await import("../src/geo/index.ts");
  const text = "Pilgrims prayed at St. Peter's Basilica on Sunday. Later the crowds walked through Rome.";
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const r = resolveSpans(doc(text), [span("St. Peter's Basilica"), span("Rome")]);
  assert.equal(r.places.find((p) => p.text === "St. Peter's Basilica")?.place.country, "ITA");
});

test("a transliterated Arabic town is found without its article ('Qamishli' for Al Qāmishlī, 'Hasakah')", async () => {
  const { placesNamed } = await import("../src/geo/index.ts");
  assert.ok(placesNamed("Qamishli").some((p) => p.country === "SYR"));
  assert.ok(placesNamed("Hasakah").some((p) => p.country === "SYR"));
});

test("an unknown name lies in the town the document's other places cluster around", async () => {
  const { resolveSpans } = await import("../src/geo/index.ts");
  const text =
    "The owner had moved from Anchorage. Crews from Chicago, Evanston and Skokie fought the blaze on Quorvale Lane.";
  const d = doc(text);
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const r = resolveSpans(d, ["Anchorage", "Chicago", "Evanston", "Skokie", "Quorvale Lane"].map(span));
  assert.equal(r.places.find((p) => p.text === "Quorvale Lane")?.place.admin1, "Illinois");
});

test("a name the gazetteer lacks lies where the text puts it: 'in Leeds', 'Leeds's'", async () => {
  const { resolveSpans } = await import("../src/geo/index.ts");
  const text =
    "Fans flew in from Marseille for the final. Marseille cafés emptied. The Marlowe Arena in Leeds sold out, and Leeds's Quayside Hall opened early.";
  const all = (s: string) =>
    [...text.matchAll(new RegExp(s, "g"))].map((m) => ({ start: m.index, end: m.index + s.length }));
  const spans = ["Marseille", "Marlowe Arena", "Leeds", "Quayside Hall"].flatMap(all);
  const r = resolveSpans(doc(text), spans);
  const leeds = r.places.find((p) => p.text === "Leeds")?.place;
  assert.equal(leeds?.country, "GBR");
  for (const hall of ["Marlowe Arena", "Quayside Hall"])
    assert.deepEqual(
      r.places.find((p) => p.text === hall)?.place,
      leeds,
      `${hall} is in Leeds, not Marseille`,
    );
});

test("a name the gazetteer lacks lies where the text puts it past the kind of place it is ('Quorvale prison in Leeds'), and so does the same name named again", async () => {
  const { resolveSpans } = await import("../src/geo/index.ts");
  const text =
    "Fans flew in from Marseille for the final. Marseille cafés emptied. A fan was held at Quorvale prison in Leeds. He left HMP Quorvale on Monday.";
  const all = (s: string) =>
    [...text.matchAll(new RegExp(s, "g"))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const spans = ["Marseille", "Leeds", "HMP Quorvale", "Quorvale(?= prison)"].flatMap(all);
  const r = resolveSpans(doc(text), spans);
  const leeds = r.places.find((p) => p.text === "Leeds")?.place;
  assert.equal(leeds?.country, "GBR");
  for (const prison of ["Quorvale", "HMP Quorvale"])
    assert.deepEqual(
      r.places.find((p) => p.text === prison)?.place,
      leeds,
      `${prison} is in Leeds, not Marseille`,
    );
});

test("a name written with its town or region after a comma lies there; a clause after the comma is no address", async () => {
  const { resolveSpans } = await import("../src/geo/index.ts");
  const spansOf = (text: string, names: string[]) =>
    names.flatMap((s) =>
      [...text.matchAll(new RegExp(s, "g"))].map((m) => ({ start: m.index, end: m.index + s.length })),
    );
  const crowd = "Fans from Marseille filled the bars of Marseille.";
  const address = `${crowd} The final was held at Quarry Lane Circuit, Kent, on Sunday.`;
  let r = resolveSpans(doc(address), spansOf(address, ["Marseille", "Quarry Lane Circuit", "Kent"]));
  const kent = r.places.find((p) => p.text === "Kent")?.place;
  assert.equal(kent?.country, "GBR");
  assert.deepEqual(r.places.find((p) => p.text === "Quarry Lane Circuit")?.place, kent);
  const clause = `${crowd} Beyond Quayside Park, Leeds have other branches.`;
  r = resolveSpans(doc(clause), spansOf(clause, ["Marseille", "Quayside Park", "Leeds"]));
  assert.equal(r.places.find((p) => p.text === "Quayside Park")?.place.country, "FRA");
});

test("a town qualified by a region that holds none of its namesakes lies in that region", async () => {
  const { resolveSpans } = await import("../src/geo/index.ts");
  const text = "Riders left Manchester on Monday. The race then moved to Dayton, Shropshire, in June.";
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const r = resolveSpans(doc(text), ["Manchester", "Dayton", "Shropshire"].map(span));
  const dayton = r.places.find((p) => p.text === "Dayton")?.place;
  assert.equal(dayton?.country, "GBR");
  assert.equal(dayton?.name, "Shropshire");
});

test("an institution named after one place lies where the text says it is", async () => {
  const { resolveSpans } = await import("../src/geo/index.ts");
  const text = "She studied at the Lisbon Academy of Music in Porto before moving abroad.";
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const r = resolveSpans(doc(text), [span("Lisbon Academy of Music"), span("Porto")]);
  assert.equal(r.places.find((p) => p.text === "Lisbon Academy of Music")?.place.name, "Porto");
});

test("a guess inside the region the text names is kept: the finer place", async () => {
  const { resolveSpans } = await import("../src/geo/index.ts");
  const text =
    "Officials in Ensenada said the Bluefin Pier in Baja California would reopen. Ensenada hotels are full.";
  const at = (s: string, from = 0) => ({
    start: text.indexOf(s, from),
    end: text.indexOf(s, from) + s.length,
  });
  const r = resolveSpans(doc(text), [
    at("Ensenada"),
    at("Bluefin Pier"),
    at("Baja California"),
    at("Ensenada", text.indexOf("Ensenada hotels")),
  ]);
  assert.equal(r.places.find((p) => p.text === "Bluefin Pier")?.place.name, "Ensenada");
});

test("former states, peoples and regional demonyms; a country ending a longer name", async () => {
  const { resolveSpans } = await import("../src/geo/index.ts");
  assert.equal(lookupPlace("Soviet Union")?.country, "RUS");
  assert.equal(lookupPlace("Serbs")?.country, "SRB");
  assert.equal(lookupPlace("Texan")?.name, "Texas");
  const text = "The film is set in Nazi Germany and the Western US.";
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const r = resolveSpans(doc(text), [span("Nazi Germany"), span("Western US")]);
  assert.equal(r.places.find((p) => p.text === "Nazi Germany")?.place.country, "DEU");
  assert.equal(r.places.find((p) => p.text === "Western US")?.place.country, "USA");
});

test("a qualified span keeps to what lies in its qualifier", async () => {
  const { resolveSpans } = await import("../src/geo/index.ts");
  const text = "Lawmakers met in Washington, D.C., on Monday.";
  const s = "Washington, D.C.";
  const r = resolveSpans(doc(text), [{ start: text.indexOf(s), end: text.indexOf(s) + s.length }]);
  assert.equal(r.places[0]?.place.admin1, "District of Columbia");
  assert.equal(r.places[0]?.place.precision, "city");
});

test("a name repeated through an article still yields to the one region it names", () => {
  const topics = ["council", "library", "schools", "parks", "police", "festival"];
  const text = `${topics
    .map((t) => `The Dublin ${t} made news on Monday. Dublin ${t} staff spoke.`)
    .join(" ")} The city is a suburb in central Ohio.`;
  const r = geoparse(doc(text));
  const dublins = r.places.filter((p) => p.text === "Dublin");
  assert.equal(dublins.length, 12);
  for (const m of dublins) assert.equal(m.place.admin1, "Ohio");
});

test("English and Irish counties named bare are read from GeoNames' second-level areas", () => {
  const kent = mention(doc("Police in Kent said the lorry overturned near Ashford on Tuesday."), "Kent").m;
  assert.equal(kent?.place.country, "GBR");
  assert.ok(
    kent && kent.place.lat > 50.9 && kent.place.lat < 51.5 && kent.place.lon > 0 && kent.place.lon < 1.5,
  );
  const tipperary = lookupPlace("Tipperary");
  assert.equal(tipperary?.country, "IRL");
  const us = mention(doc("The shipyard in Norfolk, Virginia, hired 300 workers."), "Norfolk").m;
  assert.equal(us?.place.country, "USA");
});

test("a longer name is not placed by a small town's other spelling inside it", async () => {
  const { resolveSpans } = await import("../src/geo/index.ts");
  // "Grants" is an old spelling of a small Russian town: the centre is not named after it.
  const text = "The Grants Learning Centre opened in Albuquerque, New Mexico.";
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const r = resolveSpans(doc(text), [span("Grants Learning Centre"), span("Albuquerque")]);
  assert.equal(r.places.find((p) => p.text === "Grants Learning Centre")?.place.country, "USA");
});

test("function words opening a sentence are no towns, even when NER calls them locations", () => {
  const text = "Most of the money went to Prague. Of course, the mayor was pleased.";
  const d = doc(text);
  d.entities = [
    { start: text.indexOf("Of"), end: text.indexOf("Of") + 2, text: "Of", label: "LOC", sentence: 1 },
  ];
  assert.deepEqual(
    geoparse(d).places.map((p) => p.text),
    ["Prague"],
  );
});

test("a home town overrules NER's person or organisation; a list of surnames does not", () => {
  const ent = (text: string, surface: string, label: "PER" | "ORG") => ({
    start: text.indexOf(surface),
    end: text.indexOf(surface) + surface.length,
    text: surface,
    label,
    sentence: 0,
  });
  const t1 = "A Palatka man, 19, was stabbed on Saturday.";
  const d1 = doc(t1);
  d1.entities = [ent(t1, "Palatka", "PER")];
  assert.ok(geoparse(d1).places.some((p) => p.text === "Palatka"));
  const t2 = "The fiddler drove back to Norman, Okla. after the show.";
  const d2 = doc(t2);
  d2.entities = [ent(t2, "Norman", "PER")];
  assert.ok(geoparse(d2).places.some((p) => p.text === "Norman"));
  const t3 = "Rep. Dana Whitlock, D-Charleston, opposed the cut.";
  assert.ok(geoparse(doc(t3)).places.some((p) => p.text === "Charleston"));
  const t4 = "The commission includes Day, Edwards, Gipson and Miller.";
  const d4 = doc(t4);
  d4.entities = ["Day", "Edwards", "Gipson", "Miller"].map((s) => ent(t4, s, "PER"));
  assert.deepEqual(
    geoparse(d4).places.map((p) => p.text),
    [],
  );
});

test("a county written short ('Loudon Co.') is the county", async () => {
  const m = mention(
    doc("A bridge in Loudon Co. was closed near Knoxville, Tenn., on Friday."),
    "Loudon Co.",
  ).m;
  assert.equal(m?.place.name, "Loudon County");
  assert.equal(m?.place.admin1, "Tennessee");
  const { resolveSpans } = await import("../src/geo/index.ts");
  const text = "Deputies in Loudon Co. searched the lake.";
  const s = "Loudon Co.";
  const r = resolveSpans(doc(text), [{ start: text.indexOf(s), end: text.indexOf(s) + s.length }]);
  assert.equal(r.places[0]?.place.name, "Loudon County");
});

test("an embassy stands in its host city, not in the country it represents", async () => {
  const { resolveSpans } = await import("../src/geo/index.ts");
  const text =
    "Protesters met outside the Russian Embassy in Washington, and later the British Embassy Tokyo issued a note.";
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const r = resolveSpans(doc(text), [
    span("Russian Embassy"),
    span("Washington"),
    span("British Embassy Tokyo"),
  ]);
  assert.notEqual(r.places.find((p) => p.text === "Russian Embassy")?.place.country, "RUS");
  assert.equal(r.places.find((p) => p.text === "British Embassy Tokyo")?.place.name, "Tokyo");
});

test("a short all-capital word is an acronym unless it names a country or region", () => {
  const r = geoparse(
    doc("She holds a BA from the college and worked for TBS before joining the EU mission."),
  );
  assert.deepEqual(
    r.places.map((p) => p.text),
    ["EU"],
  );
});

test("a short word in capitals that NER calls a location is still an acronym, unless it abbreviates a place", () => {
  // The gazetteer holds a town Ūn (India); "UN" opening a headline is the organisation. "NY" is New York.
  const text = "UN: most young voters oppose the plan. She moved to NY from Dover.";
  const d = doc(text);
  d.entities = ["UN", "NY", "Dover"].map((s) => ({
    start: text.indexOf(s),
    end: text.indexOf(s) + s.length,
    text: s,
    label: "LOC" as const,
    sentence: 0,
  }));
  const found = geoparse(d).places.map((p) => `${p.text}:${p.place.country}`);
  assert.ok(!found.some((f) => f.startsWith("UN:")), found.join(", "));
  assert.ok(found.includes("NY:USA"), found.join(", "));
});

test("a common word set in capitals is the word, also where NER calls it a location", () => {
  // The gazetteer holds a place called City (Australia); "A CITY cop" is emphasis.
  const text = "A CITY cop is appealing for information about vandalism in Leeds.";
  const d = doc(text);
  d.entities = [{ start: 2, end: 6, text: "CITY", label: "LOC", sentence: 0 }];
  assert.deepEqual(
    geoparse(d).places.map((p) => p.text),
    ["Leeds"],
  );
});

test("a building NER calls a location is no toponym; a street it calls one still is", () => {
  const text = "Residents of Quillby House met on Quillby Street in Denver.";
  const d = doc(text);
  const ent = (s: string) => ({
    start: text.indexOf(s),
    end: text.indexOf(s) + s.length,
    text: s,
    label: "LOC" as const,
    sentence: 0,
  });
  d.entities = [ent("Quillby House"), ent("Quillby Street")];
  const names = geoparse(d).places.map((p) => p.text);
  assert.ok(!names.includes("Quillby House"));
  assert.ok(names.includes("Quillby Street"));
});

test("a street named after a place survives NER calling it a person", () => {
  const text = "The council debated renaming Wichita Drive in Dublin, Ohio.";
  const d = doc(text);
  const s = "Wichita Drive";
  d.entities = [
    { start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, label: "PER", sentence: 0 },
  ];
  assert.equal(geoparse(d).places.find((p) => p.text === s)?.place.admin1, "Ohio");
});

test("a demonym speaks for its country as much as a place name", () => {
  const m = mention(doc("British scientists met in Cambridge. The money came from Texas."), "Cambridge").m;
  assert.equal(m?.place.country, "GBR");
});

test("a country inside an organisation's name is a toponym; 'The' opening a sentence is not part of one", () => {
  const text = "The United States approved the sale. Air Zimbabwe cancelled flights.";
  const d = doc(text);
  d.entities = [
    {
      start: text.indexOf("Air Zimbabwe"),
      end: text.indexOf("Air Zimbabwe") + 12,
      text: "Air Zimbabwe",
      label: "ORG",
      sentence: 1,
    },
  ];
  assert.deepEqual(
    geoparse(d).places.map((p) => p.text),
    ["United States", "Zimbabwe"],
  );
});

test("a word that ends a person's name in the article is that person where it stands alone", () => {
  const text =
    "Officer Dana Bell chased the suspect across Burbank. The suspect fired twice before Bell returned fire. A crowd gathered in Bell later.";
  const d = doc(text);
  d.entities = [
    {
      start: text.indexOf("Dana Bell"),
      end: text.indexOf("Dana Bell") + 9,
      text: "Dana Bell",
      label: "PER",
      sentence: 0,
    },
  ];
  const bells = geoparse(d).places.filter((p) => p.text === "Bell");
  // The bare "Bell" is the officer; "in Bell" is still the town.
  assert.deepEqual(
    bells.map((p) => p.start),
    [text.lastIndexOf("Bell")],
  );
});

test("an organisation's name that is only a town's other spelling is the organisation", () => {
  const text = "Negotiators in Cairo said talks with Hamas would resume.";
  const d = doc(text);
  const at = text.indexOf("Hamas");
  d.entities = [{ start: at, end: at + 5, text: "Hamas", label: "ORG", sentence: 0 }];
  assert.deepEqual(
    geoparse(d).places.map((p) => p.text),
    ["Cairo"],
  );
});

test("a toponym that qualifies a noun a later locative places is no scene of the event", () => {
  const text = "The minister condemned the explosions near U.S. embassies in Mali and Niger on Friday.";
  const d = doc(text);
  const geo = geoparse(d);
  const at = text.indexOf("explosions");
  const located = locateEvent(d, geo, { start: at, end: at + 10 }, 0);
  assert.equal(located?.place.country, "MLI");
});

test("a name of several words that NER calls an organisation and only a small town bears is the organisation", () => {
  const text = "Gunmen in Aden handed the two hostages to the Red Cross on Monday.";
  const d = doc(text);
  const at = text.indexOf("Red Cross");
  d.entities = [{ start: at, end: at + 9, text: "Red Cross", label: "ORG", sentence: 0 }];
  assert.deepEqual(
    geoparse(d).places.map((p) => p.text),
    ["Aden"],
  );
});

test("an acronym with a plural s is never a place, even after 'at the'", () => {
  // The gazetteer holds a town Amas; "the AMAs" are an awards show, "NGOs" and "MPs" are people.
  const text = "The singer will perform at the AMAs in Los Angeles, and NGOs and MPs in Leeds welcomed it.";
  assert.deepEqual(
    geoparse(doc(text)).places.map((p) => p.text),
    ["Los Angeles", "Leeds"],
  );
});

test("US local news reads a town that shares a famous city's name in the United States", () => {
  // Only one toponym, and words of American local institutions (a sheriff's office, "the 900
  // block of", a councilman): Paris, Texas or Kentucky, not France; Dublin, Ohio, not Ireland.
  const paris = mention(
    doc("Paris sheriff's deputies arrested a man in the 900 block of Maple Lane on Friday."),
    "Paris",
  ).m;
  assert.equal(paris?.place.country, "USA");
  const dublin = mention(
    doc("A Dublin councilman was charged with a felony on Monday. He denied the charge."),
    "Dublin",
  ).m;
  assert.equal(dublin?.place.country, "USA");
  // One cue alone is no local story: "a felony" in a story set abroad.
  const abroad = mention(doc("A Dublin man was charged with a felony on Monday."), "Dublin").m;
  assert.equal(abroad?.place.country, "IRL");
  // Without those words the famous city stands.
  assert.equal(mention(doc("Police in Paris arrested a man on Friday."), "Paris").m?.place.country, "FRA");
});

test("a place named as someone's home before a word for a person is a town, not a country that has an adjective", () => {
  // "a Lebanese woman" is how news writes the country's people.
  const woman = mention(doc("Jane Doyle, a Lebanon woman, was charged on Monday."), "Lebanon").m;
  assert.notEqual(woman?.place.country, "LBN");
  assert.equal(woman?.place.precision, "city");
  const aged = mention(doc("Tom Reed, 61, Lebanon, was arrested on Thursday."), "Lebanon").m;
  assert.notEqual(aged?.place.country, "LBN");
  // A country whose people have no other adjective keeps its reading.
  assert.equal(mention(doc("A New Zealand man was hurt."), "New Zealand").m?.place.country, "NZL");
  assert.equal(mention(doc("Troops left Lebanon on Monday."), "Lebanon").m?.place.country, "LBN");
});

test("a name the article gives a relative is that person throughout", () => {
  const r = geoparse(
    doc("Jane Doyle is accused of harming her daughter, Brittany, in Akron. She gave Brittany pills."),
  );
  assert.deepEqual(
    r.places.map((p) => p.text),
    ["Akron"],
  );
});

test("a building named after a region abroad stands where the story is", () => {
  // Cascade is a district of the Seychelles; the motel is in the Tennessee story's town.
  // NER takes "Cascade Motel" whole, as a name of its own.
  const annotated = annotate(
    articleOf(["Police in Knoxville, Tennessee, found a drug lab in the Cascade Motel on Monday."], {
      published: "2024-05-10",
      uri: "test://geo",
    }),
  );
  const r = geoparse(annotated);
  const motel = r.places.find((p) => p.text.startsWith("Cascade"));
  assert.equal(motel?.place.country, "USA");
});
