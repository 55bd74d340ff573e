import assert from "node:assert/strict";
import { test } from "node:test";
import { recogniseEntities } from "../src/nlp/ner/index.ts";
import type { TokenSpan } from "../src/nlp/ner/labels.ts";
import { loadLexicon } from "../src/nlp/ner/lexicon.ts";
import { brandNotPerson } from "../src/nlp/ner/rules/brand-person.ts";
import { datelineCut, datelinePlace } from "../src/nlp/ner/rules/dateline.ts";
import { applyEntityRules, type RuleTrace } from "../src/nlp/ner/rules/index.ts";
import { joinNameParticles } from "../src/nlp/ner/rules/name-particle.ts";
import { surnamePersons } from "../src/nlp/ner/rules/surname-person.ts";
import { splitTitledName } from "../src/nlp/ner/rules/titled-name.ts";
import { wordTokens } from "../src/nlp/ner/tokens.ts";
import { tokenize } from "../src/nlp/tokenize.ts";

const words = (line: string) => wordTokens(line, 0, line.length);
const show = (line: string, spans: readonly TokenSpan[]) => {
  const ws = words(line);
  return spans.map(
    (s) =>
      `${ws
        .slice(s.start, s.end)
        .map((w) => w.text)
        .join(" ")}/${s.type}`,
  );
};
const found = (text: string) => {
  const { sentences, tokens } = tokenize(text, []);
  return recogniseEntities(text, sentences, tokens).map((m) => `${m.text}/${m.label}`);
};

const NATIONS = {
  demonym: (p: string) => ["Chilean", "South African", "Norwegian"].includes(p),
  country: (p: string) => ["U.S.", "Peru"].includes(p),
};

test("titled name: a nationality leaves the person's span as MISC, a country's name as LOC, the office as no entity", () => {
  const cases: [string, TokenSpan, string[]][] = [
    [
      "Chilean President Marisol Quintero opened the bridge.",
      { start: 0, end: 4, type: "PER" },
      ["Chilean/MISC", "Marisol Quintero/PER"],
    ],
    [
      "South African Deputy Finance Minister Thabo Ndlovu resigned.",
      { start: 0, end: 7, type: "PER" },
      ["South African/MISC", "Thabo Ndlovu/PER"],
    ],
    [
      "U.S. Ambassador Carla Brennick flew home.",
      { start: 0, end: 4, type: "PER" },
      ["U.S./LOC", "Carla Brennick/PER"],
    ],
    ["Prime Minister Ode Halvorsen spoke.", { start: 0, end: 4, type: "PER" }, ["Ode Halvorsen/PER"]],
    // The tagger may read the whole phrase as one MISC after a nationality.
    [
      "Norwegian General Anders Lykke inspected the base.",
      { start: 0, end: 4, type: "MISC" },
      ["Norwegian/MISC", "Anders Lykke/PER"],
    ],
  ];
  for (const [line, span, want] of cases) {
    const parts = splitTitledName(words(line), span, NATIONS);
    assert.ok(parts, line);
    assert.deepEqual(show(line, parts), want, line);
  }
});

test("titled name: no office, a modifier alone, an office ending the span or a MISC span without a nationality change nothing", () => {
  const cases: [string, TokenSpan][] = [
    ["Chilean Marisol Quintero opened the bridge.", { start: 0, end: 3, type: "PER" }],
    ["Foreign Ode Halvorsen spoke.", { start: 0, end: 3, type: "PER" }],
    ["the Chilean President spoke.", { start: 1, end: 3, type: "PER" }],
    ["the President's Cup final", { start: 1, end: 4, type: "MISC" }],
    ["Prince Edward Island voted.", { start: 0, end: 3, type: "LOC" }],
  ];
  for (const [line, span] of cases)
    assert.equal(splitTitledName(words(line), span, NATIONS), undefined, line);
});

const PLACES = {
  place: (p: string) => ["VALPARAISO", "SAN JOSE"].includes(p),
  organisation: (p: string) => p === "NATO",
};
const KNOWN = (w: string) => ["NOTE", "PRESS", "DIGEST", "NATO"].includes(w);

test("dateline: capitals closed by a dash at the start of a mixed-case line, after an optional agency", () => {
  assert.deepEqual(datelineCut(words("VALPARAISO — The port reopened on Monday.")), { end: 1, dash: 1 });
  assert.deepEqual(datelineCut(words("SAN JOSE (Reuters) - Coffee growers met on Friday.")), {
    end: 2,
    dash: 5,
  });
  assert.equal(
    datelineCut(words("HARBOUR - PORT WORKERS STRIKE AGAIN")),
    undefined,
    "a headline in capitals",
  );
  assert.equal(datelineCut(words("Valparaiso — The port reopened.")), undefined, "not in capitals");
  assert.equal(datelineCut(words("VALPARAISO port reopened on Monday.")), undefined, "no dash");
});

test("dateline: a known place or an unknown word in capitals is LOC; a label or an organisation is not", () => {
  const line = "VALPARAISO — The port reopened on Monday.";
  assert.deepEqual(
    show(line, datelinePlace(words(line), [{ start: 0, end: 1, type: "ORG" }], PLACES, KNOWN) ?? []),
    ["VALPARAISO/LOC"],
  );
  const town = "QUELLOMAR — Fishermen returned on Sunday.";
  assert.deepEqual(show(town, datelinePlace(words(town), [], PLACES, KNOWN) ?? []), ["QUELLOMAR/LOC"]);
  for (const label of [
    "NOTE - Sales rose in the year.",
    "PRESS DIGEST - Lima - May 3.",
    "NATO - Ministers met on Friday.",
  ])
    assert.equal(datelinePlace(words(label), [], PLACES, KNOWN), undefined, label);
});

test("the shipped tagger: a dateline is a place, and a titled name after it splits as CoNLL-2003 annotates it", () => {
  assert.deepEqual(found("LIMA — Peruvian President Rosaura Quispe met miners in Cusco on Tuesday."), [
    "LIMA/LOC",
    "Peruvian/MISC",
    "Rosaura Quispe/PER",
    "Cusco/LOC",
  ]);
  // The text after the dash starts a sentence: its capitalised article is no part of a name.
  assert.deepEqual(found("OSLO — A Bergen fisherman, Mr Dahlvik, won a prize on Friday."), [
    "OSLO/LOC",
    "Bergen/LOC",
    "Dahlvik/PER",
  ]);
  assert.deepEqual(found("NAIROBI (Reuters) - Kenyan farmers protested on Monday."), [
    "NAIROBI/LOC",
    "Reuters/ORG",
    "Kenyan/MISC",
  ]);
});

test("entity rules leave a trace of what each rule changed", () => {
  const line = "LIMA — Peruvian President Rosaura Quispe met miners.";
  const trace: RuleTrace[] = [];
  const out = applyEntityRules(
    words(line),
    [
      { start: 0, end: 1, type: "ORG" },
      { start: 2, end: 6, type: "PER" },
    ],
    loadLexicon(),
    trace,
  );
  assert.deepEqual(show(line, out), ["LIMA/LOC", "Peruvian/MISC", "Rosaura Quispe/PER"]);
  assert.deepEqual(
    trace.map((t) => t.rule),
    ["dateline-place", "titled-name"],
  );
});

test("brand, not person: a one-word person only organisation lists hold is the organisation", () => {
  const lists = {
    organisation: (p: string) => ["Kwikmart", "Delamere"].includes(p),
    person: (p: string) => p === "Delamere",
  };
  const line = "Kwikmart said it would open new stores, Delamere said.";
  const ws = words(line);
  assert.deepEqual(brandNotPerson(ws, { start: 0, end: 1, type: "PER" }, lists), {
    start: 0,
    end: 1,
    type: "ORG",
  });
  assert.equal(
    brandNotPerson(ws, { start: 8, end: 9, type: "PER" }, lists),
    undefined,
    "a person's name too",
  );
  assert.equal(
    brandNotPerson(ws, { start: 0, end: 1, type: "LOC" }, lists),
    undefined,
    "not read as a person",
  );
});

test("surname-person: a one-word entity that is the surname of a person named in full is that person, except after a preposition of place", () => {
  const lines = [
    "Abraham Lincoln signed the act in 1862.",
    "Lincoln wrote to the general.",
    "He moved to Lincoln in May.",
  ];
  const sentences = lines.map(words);
  const spans: TokenSpan[][] = [
    [{ start: 0, end: 2, type: "PER" }],
    [{ start: 0, end: 1, type: "ORG" }],
    [{ start: 3, end: 4, type: "LOC" }],
  ];
  const { lines: out, changed } = surnamePersons(sentences, spans);
  assert.deepEqual(
    out.map((s, i) => show(lines[i], s)),
    [["Abraham Lincoln/PER"], ["Lincoln/PER"], ["Lincoln/LOC"]],
  );
  assert.equal(changed.length, 1);
  // Through the whole recogniser: the tagger alone reads the second "Lincoln" as an organisation.
  assert.ok(
    found("Abraham Lincoln signed the act in 1862.\n\nLincoln wrote to the general.").includes("Lincoln/PER"),
  );
});

test("pronoun: a capitalised pronoun opening a quote names no entity", () => {
  const line = "The envoy replied that ‘He’s going to do it,’ adding that the president agreed.";
  const spans = applyEntityRules(words(line), [{ start: 5, end: 6, type: "ORG" }], loadLexicon());
  assert.deepEqual(spans, []);
});

test("name particle: a first name and a surname with only particles between them are one person", () => {
  const person = (p: string) => p === "Marten";
  const line = "Coach Pieter van der Hoogstraat and Marten de Wilde met Anna from Bogota";
  const ws = words(line);
  const at = (w: string) => ws.findIndex((t) => t.text === w);
  const span = (from: string, to: string, type: TokenSpan["type"]): TokenSpan => ({
    start: at(from),
    end: at(to) + 1,
    type,
  });
  const joined = joinNameParticles(
    ws,
    [
      span("Pieter", "Pieter", "PER"),
      span("Hoogstraat", "Hoogstraat", "PER"),
      span("Marten", "Marten", "MISC"),
      span("Wilde", "Wilde", "PER"),
    ],
    person,
  );
  assert.deepEqual(show(line, joined ?? []), ["Pieter van der Hoogstraat/PER", "Marten de Wilde/PER"]);
  // Not between other types, nor across words that are no particles.
  assert.equal(
    joinNameParticles(ws, [span("Anna", "Anna", "PER"), span("Bogota", "Bogota", "LOC")], person),
    undefined,
  );
  assert.equal(
    joinNameParticles(ws, [span("Hoogstraat", "Hoogstraat", "PER"), span("Marten", "Marten", "PER")], person),
    undefined,
    "'and' joins two names",
  );
});
