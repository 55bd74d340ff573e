import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type CoderOptions, codeEvents, refiners, ruleRefiners } from "../src/events/index.ts";
import type { EventMention } from "../src/events/schema.ts";
import { geoparse } from "../src/geo/index.ts";
import { annotate } from "../src/nlp/index.ts";
import { UNREST_PARAGRAPHS, UNREST_PUBLISHED, UNREST_TEXT } from "./fixtures/events/unrest.ts";
import { articleOf } from "./helpers/articles.ts";

function code(
  paragraphs: string[],
  published = UNREST_PUBLISHED,
  options: CoderOptions = {},
): EventMention[] {
  const doc = annotate(
    articleOf(paragraphs, {
      published,
      uri: "test://unrest",
      title: "Peacekeepers start leaving Kenya after riots",
    }),
  );
  return codeEvents(doc, geoparse(doc), "doc1", options);
}

/** The events of one sentence as the rule refiners alone code it. */
const byRules = (sentence: string): EventMention[] =>
  code([sentence], "2024-05-10", { refiners: ruleRefiners });

const events = code(UNREST_PARAGRAPHS);
const find = (type: string, pred: (e: EventMention) => boolean = () => true) =>
  events.find((e) => e.type === type && pred(e));
const sentenceOf = (e: EventMention) => e.evidence.text;
const typesOf = (es: EventMention[]) => es.map((e) => `${e.type}${e.mode ? `/${e.mode}` : ""}`);

describe("event coder on an invented unrest story", () => {
  it("every evidence span and argument offset points at the text it quotes", () => {
    for (const e of events) {
      for (const ev of [e.evidence, ...e.also]) {
        assert.equal(UNREST_TEXT.slice(ev.start, ev.end), ev.text);
        assert.equal(UNREST_TEXT.slice(ev.trigger.start, ev.trigger.end), ev.trigger.text);
      }
      for (const a of [e.actor, e.recipient]) if (a) assert.equal(UNREST_TEXT.slice(a.start, a.end), a.text);
      for (const c of e.counts) assert.equal(UNREST_TEXT.slice(c.start, c.end), c.text);
    }
  });

  it("codes the start of the withdrawal in Mombasa, by the AU soldiers, with the force size from the next sentence", () => {
    const e = find("RETREAT", (x) => sentenceOf(x).includes("farewell parade"));
    assert.ok(e, `no RETREAT among ${events.map((x) => x.type).join(", ")}`);
    assert.equal(e.mode, "withdraw");
    assert.equal(e.place?.name, "Mombasa");
    assert.equal(e.place?.country, "KEN");
    assert.match(e.actor?.text ?? "", /soldiers of the African Union/);
    assert.equal(e.counts.find((c) => c.what === "troops")?.value, 1800);
    assert.equal(e.attribution?.source, "Reuters correspondents");
    assert.equal(e.time?.value, "2023-03-16");
  });

  it("a met goal is not a meeting", () => {
    assert.equal(
      events.filter((e) => e.type === "CONSULT" && sentenceOf(e).includes("goals were met")).length,
      0,
    );
  });

  it("dates the deployment to March 2 and keeps the deadline apart as planned", () => {
    const deployment = find("MOBILIZE");
    assert.ok(deployment);
    assert.equal(deployment.time?.value, "2023-03-02");
    const deadline = find("RETREAT", (x) => x.modality === "planned");
    assert.ok(deadline, "the withdrawal deadline is a planned event");
    assert.equal(deadline.time?.value, "2023-03-31");
    assert.equal(deadline.time?.relation, "by");
  });

  it("finds the protest on March 5 in Kenya", () => {
    const e = find("PROTEST", (x) => x.mode === "demo");
    assert.ok(e);
    assert.equal(e.time?.value, "2023-03-05");
    assert.equal(e.place?.country, "KEN");
  });

  it("carries the casualty toll told with 'They' to the riots, with ACLED's lowest defensible number", () => {
    const riot = find("PROTEST", (x) => x.mode === "riot");
    assert.ok(riot);
    const killed = riot.counts.find((c) => c.what === "killed");
    assert.ok(killed, "dozens of dead attached to the riots");
    assert.equal(killed.value, 12);
    assert.equal(riot.time?.value, "2023-W10");
  });

  it("codes the mass arrest with a lower bound", () => {
    const e = find("COERCE", (x) => x.counts.some((c) => c.what === "arrested"));
    assert.ok(e);
    assert.equal(e.mode, "arrest");
    const c = e.counts.find((k) => k.what === "arrested");
    assert.equal(c?.value, 4500);
    assert.equal(c?.min, 4500);
    assert.equal(c?.qualifier, "at least");
  });

  it("codes the phone call between the two presidents, attributed to the presidency", () => {
    const e = find("CONSULT");
    assert.ok(e);
    assert.equal(e.mode, "phone");
    assert.equal(e.time?.value, "2023-03-16");
    assert.match(e.actor?.text ?? "", /Mwangi/);
    assert.match(e.attribution?.source ?? "", /presidency/);
    assert.equal(e.modality, "reported");
  });

  it("flags the accusation made without evidence", () => {
    const e = find("ACCUSE");
    assert.ok(e);
    assert.equal(e.contested, true);
    assert.match(e.actor?.text ?? "", /Mwangi/);
  });

  it("codes the passive arrest with its date and the arrested person as recipient", () => {
    const e = find("COERCE", (x) => sentenceOf(x).includes("Kamau"));
    assert.ok(e);
    assert.equal(e.time?.value, "2023-03-11");
    assert.match(e.recipient?.text ?? "", /Kamau/);
  });

  it("codes nothing from the burial sentence", () => {
    const burial = events.filter((e) => [e.evidence, ...e.also].some((ev) => ev.text.includes("burial")));
    assert.deepEqual(
      burial.map((e) => e.type),
      [],
    );
  });
});

describe("event coder rules", () => {
  it("a stated intention follows PLOVER (future conflict is THREATEN, future cooperation AGREE) and keeps the act intended", () => {
    const [planned] = code(
      ["Germany will send 200 troops to Lithuania next month, the defence ministry said."],
      "2024-05-10",
    );
    assert.equal(planned?.type, "THREATEN");
    assert.equal(planned?.intended, "MOBILIZE");
    assert.equal(planned?.modality, "planned");
    const [promise] = code(["Norway will send food aid to Sudan, the foreign ministry said."], "2024-05-10");
    assert.equal(promise?.type, "AGREE");
    assert.equal(promise?.intended, "AID");
  });

  it("a speaker saying another party must act is making a demand of it", () => {
    const [demand] = code(
      ["Brazil said on Monday that Venezuela must release the detained fishermen."],
      "2024-05-10",
    );
    assert.equal(demand?.type, "REQUEST");
    assert.match(demand?.actor?.text ?? "", /Brazil/);
    assert.match(demand?.recipient?.text ?? "", /Venezuela/);
  });

  it("a negated event is negated, and the coder does not list it as an event", () => {
    const text = ["Police did not arrest anyone at the march in Lyon on Sunday."];
    const withoutDrop = refiners.filter((r) => r.name !== "drop-negated");
    const [negated] = code(text, "2024-05-10", { refiners: withoutDrop });
    assert.equal(negated?.modality, "negated");
    assert.deepEqual(code(text, "2024-05-10"), []);
  });

  it("a negative opening with an inverted auxiliary negates its clause", () => {
    const withoutDrop = ruleRefiners.filter((r) => r.name !== "drop-negated");
    const [agreed] = code(
      ["At no time did the ministry agree to a ceasefire with the rebels, its spokesman said."],
      "2024-05-10",
      { refiners: withoutDrop },
    );
    assert.equal(agreed?.modality, "negated");
    const [attacked] = code(["Never have the rebels attacked the town of Goma."], "2024-05-10", {
      refiners: withoutDrop,
    });
    assert.equal(attacked?.modality, "negated");
    // Also inside a quotation that opens the sentence.
    const [urged] = code(
      ["\u201cAt no time did the ministry urge the rebels to disarm,\u201d its spokesman in Kyiv said."],
      "2024-05-10",
      { refiners: withoutDrop },
    );
    assert.equal(urged?.modality, "negated");
  });

  it("modality cues that doubt the actor or add are not negation or supposition", () => {
    const modality = (sentence: string) =>
      code([sentence], "2024-05-10", { refiners: refiners.filter((r) => r.name !== "drop-negated") }).map(
        (e) => `${e.evidence.trigger.text}:${e.modality}`,
      );
    assert.deepEqual(modality("Suspected militants attacked a police post in Kano on Monday."), [
      "attacked:asserted",
    ]);
    assert.deepEqual(
      modality("Two men suspected of attacking the post in Kano were freed.").filter((m) =>
        m.startsWith("attacking"),
      ),
      ["attacking:hypothetical"],
    );
    assert.deepEqual(modality("Israel began its long-threatened invasion of the border strip."), [
      "invasion:asserted",
    ]);
    assert.ok(
      modality("Rebels said they had not only killed ten soldiers but also burned four trucks near Goma.")
        .filter((m) => m.startsWith("killed"))
        .every((m) => m.endsWith(":reported")),
    );
  });

  it("what should or ought to be done has not been done", () => {
    const modality = (sentence: string) =>
      code([sentence], "2024-05-10", { refiners: ruleRefiners }).map(
        (e) => `${e.evidence.trigger.text}:${e.modality}`,
      );
    assert.deepEqual(modality("The senator said Congress should be supporting Moldova's reforms."), [
      "supporting:planned",
    ]);
    assert.deepEqual(modality("The senator said Congress supported Moldova's reforms."), [
      "supported:reported",
    ]);
  });

  it("'according to' gives the source", () => {
    const [e] = code(
      ["Security forces detained 35 students in Dhaka on Friday, according to Human Rights Watch."],
      "2024-05-10",
    );
    assert.equal(e?.type, "COERCE");
    assert.equal(e?.attribution?.source, "Human Rights Watch");
    assert.equal(e?.attribution?.cue, "according to");
    assert.equal(e?.counts[0]?.what, "arrested");
    assert.equal(e?.place?.country, "BGD");
  });

  it("a departure that is not military is not a withdrawal", () => {
    const events = code(
      ["The chief executive announced his departure from the company on Monday."],
      "2024-05-10",
    );
    assert.equal(events.filter((e) => e.type === "RETREAT").length, 0);
  });

  it("'neither … nor' and a clause-opening 'nor' negate however long the subject", () => {
    assert.deepEqual(byRules("Neither the army nor the rebels attacked the town on Monday."), []);
    const events = byRules(
      "Not the government nor any of the armed groups are preventing civilians from leaving.",
    );
    assert.ok(
      events.every((e) => e.modality === "negated"),
      JSON.stringify(events.map((e) => e.modality)),
    );
    assert.equal(
      byRules("Rebels attacked the town on Monday, which neither side controls.")[0]?.type,
      "ASSAULT",
    );
  });

  it("seeking to do something is an aim; seeking asylum or talks is a request", () => {
    assert.ok(
      !byRules("Groups that seek to combat misinformation cried foul.").some((e) => e.type === "REQUEST"),
    );
    assert.equal(byRules("The opposition leader sought asylum on Monday.")[0]?.type, "REQUEST");
  });

  it("a place named inside a relative clause is not the act's recipient", () => {
    const events = byRules(
      "Rebels attacked a convoy, which was travelling in Badakhshan province, on Monday.",
    );
    const shot = events.find((e) => e.type === "ASSAULT");
    assert.ok(shot && !shot.recipient, JSON.stringify(shot?.recipient));
  });

  it("a participle between a noun and 'by' is a reduced passive: the by-phrase acts", () => {
    const events = byRules("Two journalists detained by police in Minsk were freed on Friday.");
    const arrest = events.find((e) => e.type === "COERCE");
    assert.deepEqual([arrest?.actor?.text, arrest?.recipient?.text], ["police", "journalists"]);
  });

  it("a noun's own 'by' agent acts, with what its possessive owns", () => {
    const held = byRules("The garrison held the fort against repeated attacks by Okafor's militiamen.");
    assert.equal(held.find((e) => e.type === "ASSAULT")?.actor?.text, "Okafor's militiamen");
    const rally = byRules("The governor attended a rally by textile workers in Lima on Thursday.");
    assert.equal(rally.find((e) => e.type === "PROTEST")?.actor?.text, "textile workers");
    // After an article, the named party is the agent, with its country.
    const probe = byRules("His dealings with the bank are under investigation by the FBI, a lawyer said.");
    const fbi = probe.find((e) => e.type === "ACCUSE")?.actor;
    assert.deepEqual([fbi?.text, fbi?.country], ["FBI", "USA"]);
  });

  it("a participle after a comma has the main clause's subject, not an inserted speaker's", () => {
    const accused = byRules(
      "Maria Lopez lashed out at her Boston relatives on Sunday, accusing them of lying.",
    );
    assert.equal(accused.find((e) => e.type === "ACCUSE")?.actor?.text, "Maria Lopez");
    const asked = byRules(
      "The girl's mother did not appear concerned that her daughter was in a bar, police said, asking officers not to cite her.",
    );
    assert.equal(asked.find((e) => e.type === "REQUEST")?.actor?.text, "girl's mother");
  });

  it("a gerund after 'by' is done by the main clause's subject, not by the object before 'by'", () => {
    const threatened = byRules("The mayor angered shopkeepers by threatening to close the market.");
    assert.equal(threatened.find((e) => e.type === "THREATEN")?.actor?.text, "mayor");
    const called = byRules(
      "The warlord tried to frighten the farmers into backing him by calling on young men to take up arms.",
    );
    assert.equal(called.find((e) => e.type === "REQUEST")?.actor?.text, "warlord");
    // A passive's subject did nothing; a fronted "By …," belongs to the clause after it.
    const dispersed = byRules("The crowd was dispersed by firing tear gas.");
    assert.notEqual(dispersed.find((e) => e.type === "ASSAULT")?.actor?.text, "crowd");
  });

  it("a date set off by commas between a subject and its verb keeps the subject ('the jury on March 3, 2004, convicted')", () => {
    const es = byRules("The jury on March 3, 2004, convicted the former mayor of bribery.");
    assert.equal(es.find((e) => e.type === "SANCTION")?.actor?.text, "jury");
  });

  it("a person's home after the name ('Peter Hall, 31, of Leeds,') is neither the party nor the place", () => {
    const es = code(
      [
        "Police in Yorkshire made several arrests over the weekend.",
        "Peter Hall, 31, of Station Road, Leeds, was charged with burglary on Monday. Anna Price, 27 and from Bradford, has been charged with handling stolen goods.",
      ],
      "2024-05-10",
      { refiners: ruleRefiners },
    );
    const charges = es.filter((e) => e.evidence.trigger.text === "charged");
    assert.deepEqual(
      charges.map((e) => [e.recipient?.text, e.place?.name]),
      [
        ["Peter Hall", "United Kingdom"],
        ["Anna Price", "United Kingdom"],
      ],
    );
    const stabbed = byRules("Peter Hall, 31, of Leeds, stabbed his neighbour on Monday.");
    assert.equal(stabbed.find((e) => e.type === "ASSAULT")?.actor?.text, "Peter Hall");
  });

  it("a verb after ', but' without a subject of its own shares the earlier verb's subject", () => {
    const es = byRules(
      "Riot police blocked the marchers from reaching the embassy, but allowed them to rally in a nearby park.",
    );
    assert.equal(es.find((e) => e.type === "CONCEDE")?.actor?.text, "Riot police");
  });

  it("a title inside a person's name is the person, not a party of its own ('met Governor Harris')", () => {
    const es = byRules("Aides said the president met Governor Harris on Tuesday to discuss flood relief.");
    assert.equal(es.find((e) => e.type === "CONSULT")?.recipient?.text, "Governor Harris");
  });

  it("'the former' and 'the latter' stand for the pair named before them", () => {
    const es = byRules(
      "Fighting erupted between the students and soldiers when the former attacked a police station.",
    );
    assert.equal(es.find((e) => e.evidence.trigger.text === "attacked")?.actor?.text, "students");
    const next = code(
      [
        "Striking workers and riot police faced each other outside the mine. The latter fired tear gas at the crowd.",
      ],
      "2024-05-10",
      { refiners: ruleRefiners },
    );
    assert.equal(next.find((e) => e.evidence.trigger.text === "fired")?.actor?.text, "riot police");
  });

  it("an event noun's 'from' names whom it comes from ('boycotts from opposition parties')", () => {
    const boycott = byRules("The vote went ahead on Sunday despite boycotts from opposition parties.");
    assert.equal(boycott.find((e) => e.type === "PROTEST")?.actor?.text, "opposition parties");
    const attack = byRules("The patrol boat came under attack from gunmen on Tuesday.");
    assert.equal(attack.find((e) => e.type === "ASSAULT")?.actor?.text, "gunmen");
  });

  it("air strikes are raids even when 'on' stands near them", () => {
    const es = byRules("Moscow warned on Thursday that US air strikes against Iraq would harm relations.");
    assert.ok(
      es.some((e) => e.type === "ASSAULT") && !es.some((e) => e.type === "PROTEST"),
      JSON.stringify(es.map((e) => e.type)),
    );
  });

  it("a participle set off by commas after its noun, with a 'by' agent, is a passive", () => {
    const arrest = byRules("The two journalists, arrested by police in Minsk, were freed on Friday.").find(
      (e) => e.type === "COERCE",
    );
    assert.deepEqual([arrest?.actor?.text, arrest?.recipient?.text], ["police", "two journalists"]);
    const pledge = byRules(
      "In their joint statement, released by the ministry, the two leaders pledged to consult each other.",
    );
    assert.ok(!pledge.some((e) => e.type === "RETREAT"), JSON.stringify(pledge.map((e) => e.type)));
  });

  it("a bare name before a noun of proceedings is who is looked into; a possessive leads it", () => {
    const [probe] = byRules(
      "Police in Lima said six suspects in the Okafor murder investigation were held.",
    ).filter((e) => e.type === "ACCUSE");
    assert.deepEqual([probe?.actor?.text, probe?.recipient?.text], [undefined, "Okafor"]);
  });

  it("who backs another's threat did not make it, and a threat's 'of' is what it threatens", () => {
    const es = byRules("Okafor met the one ally who has backed his threat of force, the governor of Kuru.");
    const threat = es.find((e) => e.type === "THREATEN");
    assert.ok(!threat?.actor || threat.actor.text === "Okafor", JSON.stringify(threat?.actor));
  });

  it("a party after a noun's own 'by' is its actor, named or not; a verb's 'by' is not the noun's", () => {
    const offensive = byRules(
      "It is the second day of an offensive by the security forces against villages near Kuru.",
    ).find((e) => e.type === "ASSAULT");
    assert.equal(offensive?.actor?.text, "security forces");
    const talks = byRules("The talks in Lima were praised by a committee of elders.").find(
      (e) => e.type === "CONSULT",
    );
    assert.notEqual(talks?.actor?.text, "committee of elders");
  });

  it("a place named before an attack noun tells where it was, not who did it", () => {
    const kenya = byRules("Relatives mourned the Americans killed in the Nairobi embassy bombing.").find(
      (e) => e.type === "ASSAULT",
    );
    assert.equal(kenya?.actor, undefined);
    const serbia = byRules("The US bombing of Serbia lasted 78 days.").find((e) => e.type === "ASSAULT");
    assert.ok(serbia?.actor, "an attack noun with its target keeps the name before it as actor");
  });

  it("what a reward is offered for did not happen", () => {
    const es = byRules(
      "The standard reward for information leading to a listed fugitive's capture comes on top of an earlier one.",
    );
    assert.ok(!es.some((e) => e.type === "COERCE"), JSON.stringify(es.map((e) => e.type)));
  });

  it("to lift or ease is a concession only of a restriction", () => {
    assert.deepEqual(
      byRules("The robber lifted his shirt to show a gun. The aid will ease their suffering.").filter(
        (e) => e.type === "CONCEDE",
      ),
      [],
    );
    const siege = byRules("The army lifted the siege of the town on Monday.");
    assert.ok(siege.some((e) => e.type === "CONCEDE"));
  });

  it("to prevent restricts someone only from doing something; what is prevented did not happen", () => {
    const purpose = byRules("A member said the minister had to resign to prevent the party disintegrating.");
    assert.ok(!purpose.some((e) => e.type === "COERCE"), JSON.stringify(purpose.map((e) => e.type)));
    const march = byRules(
      "Police prevented the protesters, many waving flags, from marching to the palace in Lima.",
    );
    assert.deepEqual(
      march.map((e) => e.type),
      ["COERCE"],
    );
    const demo = byRules(
      "Police prevented the demonstration staged by students near the party offices in Sivas.",
    );
    assert.equal(demo[0]?.type, "COERCE");
  });

  it("a meeting someone tries to arrange has not been held", () => {
    const es = byRules(
      "The adviser said there were efforts to arrange a meeting between the two leaders in Cairo.",
    );
    assert.ok(!es.some((e) => e.type === "CONSULT"), JSON.stringify(es.map((e) => e.type)));
  });

  it("a noun read as an adjective before a participle and its agent is a reduced passive", () => {
    const seized = byRules(
      "Seoul repatriated Li Sung-ho, a northern partisan seized by the South during the war.",
    ).find((e) => e.type === "COERCE");
    assert.equal(seized?.actor?.text, "South");
  });

  it("a body found is no seizure; weapons found are; standards met are no meeting; meetings pending are not held", () => {
    const es = byRules(
      "The store owner's body was found with the arms and head cut off. In order to meet NATO's standards, the three countries have had to cut the size of their armies. The union leader kept his members out pending meetings with Prime Minister Okafor next week.",
    );
    assert.deepEqual(
      es.map((e) => e.type),
      [],
    );
    const found = byRules("Weapons and ammunition were discovered in the house in Lima.");
    assert.deepEqual(
      found.map((e) => e.type),
      ["COERCE"],
    );
  });

  it("an indefinite event as the subject of 'could' or 'might' is a possibility; a definite one happened", () => {
    assert.deepEqual(
      byRules(
        "Moscow warned that US air strikes against Iraq might harm relations. He said a shooting war could follow.",
      ).map((e) => e.type),
      [],
    );
    const bombing = byRules("Police said the bombing in Lima may lead to new restrictions.");
    assert.deepEqual(
      bombing.map((e) => e.type),
      ["ASSAULT"],
    );
  });

  it("a purpose after an intransitive verb and its place is the subject's", () => {
    const es = byRules(
      "Riot police deployed in Nigeria's commercial capital Lagos, to break up a rally of traders.",
    );
    assert.equal(es.find((e) => e.type === "ASSAULT")?.actor?.text, "Riot police");
  });

  it("a possessor opens its phrase whatever the tagger read it as", () => {
    const es = byRules("He said the north's substantial Catholic minority demanded a settlement.");
    assert.equal(es.find((e) => e.type === "REQUEST")?.actor?.text, "north's substantial Catholic minority");
  });

  it("a condition opened by an inverted auxiliary, and what would have followed, did not happen", () => {
    const es = byRules("Had the rebels released the hostages, the army would have withdrawn from Kuru.");
    assert.deepEqual(
      es.map((e) => e.type),
      [],
    );
    assert.deepEqual(
      byRules("The rebels had released the hostages in Lima.").map((e) => e.type),
      ["RETREAT"],
    );
  });

  it("a 'he' or 'she' opening a clause, after a light verb or 'that', is the person named before", () => {
    // The rules alone: whether the learned sentence decision keeps a sentence is scored elsewhere.
    const praise = byRules(
      "Foreign Minister Amina Okafor arrived in Kuru on Tuesday. She then lavished praise on the embassy staff.",
    ).find((e) => e.type === "SUPPORT");
    assert.equal(praise?.actor?.text, "Amina Okafor");
    const stabbed = code([
      "Vasquez admitted to police that he and Gillen had stolen property from Welch and that he had stabbed Welch.",
    ]).find((e) => e.type === "ASSAULT");
    assert.equal(stabbed?.actor?.text, "Vasquez");
    const threats = code([
      "Governor Ivan Petrov spoke in Kuru. He said he had been receiving anonymous death threats since the vote.",
    ]).find((e) => e.type === "THREATEN");
    assert.notEqual(threats?.actor?.text, "Ivan Petrov");
  });

  it("a headline-style participle with its day first is passive, unless the forces that act are its subject", () => {
    const held = byRules(
      "A suspected gang boss arrested Tuesday in a police raid was found dead in his cell.",
    );
    assert.deepEqual(
      held.filter((e) => e.type === "COERCE").map((e) => [e.actor?.text, e.recipient?.text]),
      [[undefined, "suspected gang boss"]],
    );
    const police = byRules("Police arrested in Lagos a man suspected of the attack.");
    assert.equal(police.find((e) => e.type === "COERCE")?.actor?.text, "Police");
  });

  it("a party one celebrates at or goes to is a gathering, not an actor", () => {
    const shooting = byRules(
      "A 40-year-old man is charged with murder in a fatal office Christmas party shooting.",
    );
    assert.ok(
      !shooting.some((e) => /party/.test(e.actor?.text ?? "")),
      JSON.stringify(shooting.map((e) => e.actor)),
    );
    const accused = byRules("The ruling party accused the opposition of fraud on Monday.");
    assert.equal(accused[0]?.actor?.text, "ruling party");
  });

  it("a person suspended from a job, a school or a team is no sanction; talks and aid suspended are", () => {
    for (const text of [
      "She was suspended on the spot and escorted from the building.",
      "He fired at the supervisor who had suspended her.",
      "The striker was suspended for the rest of the season.",
    ])
      assert.ok(!byRules(text).some((e) => e.type === "SANCTION"), text);
    assert.equal(byRules("The government suspended talks with the rebels on Monday.")[0]?.type, "SANCTION");
  });

  it("what is withdrawn, signed or wound decides whether the verb names an event", () => {
    for (const text of [
      "The start-up withdrew its IPO filing on Monday.",
      "The couple withdrew $9,000 from the bank in Lagos.",
      "The governor signed an order allowing the transfer of the prisoner.",
      "The president signed the bill into law on Friday.",
      "Film production has wound down since the summer.",
      "He wound up in a hospital in Lyon after the race.",
    ])
      assert.deepEqual(byRules(text), [], text);
    assert.equal(byRules("The army withdrew its troops from the border town.")[0]?.type, "RETREAT");
    // A rule that only rules a sense out is no more specific than one with no condition: a
    // withdrawal of inspectors or envoys stays the sanction its own rule asks for.
    assert.equal(byRules("The agency withdrew its inspectors from the country.")[0]?.type, "SANCTION");
    assert.equal(byRules("The two presidents signed a treaty of friendship.")[0]?.type, "SUPPORT");
    assert.equal(byRules("The blast wounded two officers in Kabul.")[0]?.type, "ASSAULT");
  });

  it("agreeing with a decision or a view endorses it; agreeing with a party on an act is an agreement", () => {
    const endorsed = byRules("The party's leader said she agreed with the court's ruling.");
    assert.deepEqual(
      endorsed.map((e) => [e.type, e.recipient?.text]),
      [["SUPPORT", "court"]],
    );
    assert.equal(byRules("The rebels agreed with the government on a ceasefire.")[0]?.type, "AGREE");
  });

  it("a battle is fought with firearms only when firearms are named", () => {
    const street = byRules("Riot police fought pitched battles with striking dockers in Piraeus.");
    assert.deepEqual(typesOf(street), ["ASSAULT"]);
    const armed = byRules("Troops fought a gun battle with rebels near the border.");
    assert.deepEqual(typesOf(armed), ["ASSAULT/firearms"]);
  });

  it("a reporter's question, a recording, a private visit and a shared view are no events", () => {
    for (const text of [
      "Asked to comment on the ruling, a ministry spokesman said the court had erred.",
      "The spokesman declined when asked to confirm the number of arrests.",
      "A second video captured an apparent reprisal by the gang.",
      "A woman was hurt on Friday while visiting a former neighbour in Akron.",
      "Business leaders agreed it would prompt a second look at the projects.",
      "Most economists agree that the slowdown will last into next year.",
    ])
      assert.deepEqual(byRules(text), [], text);
    assert.equal(byRules("The rebels asked the UN to send observers.")[0]?.type, "REQUEST");
    assert.equal(byRules("Rebels captured the town of Goma on Tuesday.")[0]?.type, "COERCE");
    assert.equal(byRules("The prime minister visited Beijing on Monday.")[0]?.type, "CONSULT");
    assert.equal(byRules("The two sides agreed that they would withdraw their forces.")[0]?.type, "AGREE");
  });

  it("a person named before a participle with no object was acted on", () => {
    const [seized] = byRules(
      "Police said a convicted rapist recaptured last month in Houston had escaped again.",
    );
    assert.deepEqual([seized?.actor?.text, seized?.recipient?.text], [undefined, "convicted rapist"]);
    const killed = byRules(
      "The jury found that an officer intentionally killed while on duty was the victim.",
    );
    assert.ok(!killed.some((e) => e.actor?.text === "officer"), JSON.stringify(killed));
    const [captured] = byRules(
      "The prisoners included soldiers captured during the border war with Eritrea.",
    );
    assert.deepEqual([captured?.actor?.text, captured?.recipient?.text], [undefined, "soldiers"]);
    // A force named before its violent act with its victim is still its subject.
    assert.equal(byRules("Police killed two gunmen in a raid in Lagos.")[0]?.actor?.text, "Police");
  });

  it("the subject of 'that' or 'which' is the thing before it, not a party named earlier", () => {
    const events = byRules(
      "Kopp and Smith replaced two agents charged in the bombing of Flight 103 that killed 270 people over Lockerbie.",
    );
    const killed = events.find((e) => e.evidence.trigger.text === "killed");
    assert.equal(killed?.actor, undefined, JSON.stringify(killed));
  });

  it("a compound noun trigger is a noun by its last word ('tear gas', with 'tear' read as a verb)", () => {
    const [e] = byRules("Police used tear gas on the crowd in Lima on Monday.");
    assert.deepEqual([e?.type, e?.mode, e?.actor?.text], ["ASSAULT", "crowd-control", "Police"]);
  });

  it("a shooting stance or range is no shooting; rallies being planned are planned", () => {
    assert.deepEqual(byRules("The suspect took a two-handed shooting stance, the chief said."), []);
    assert.equal(
      byRules("The shooting on Main Street in Dayton left two people dead on Friday.")[0]?.type,
      "ASSAULT",
    );
    const [rally] = byRules("Opposition parties planning April rallies in Tbilisi met on Monday.").filter(
      (e) => e.type === "PROTEST",
    );
    assert.equal(rally?.modality, "planned");
  });

  it("a statement released by an officer, a soldier's tour, a ban blocked and a likely arrest are no events", () => {
    for (const text of [
      "Members nominated their employers, according to a statement released Wednesday by Lt. Col. Ann Ross.",
      "Afghanistan was his third deployment; he had served two tours in Iraq.",
      "The council said the delegates were blocking a ban on street rallies.",
      "Children there are more likely to be injured, arrested or recruited, he said.",
      "The 40 million euro loan signed today by the bank will fund a plant.",
      "The family now faces the threat of detention, and even deportation to Turkey.",
      "The motion was handed over to the Speaker by the opposition on Monday.",
      "She said a text message told her that the case was withdrawn.",
      "Solar panels deployed in Europe grew by 34 percent last year.",
    ])
      assert.deepEqual(
        byRules(text).map((e) => e.type),
        [],
        text,
      );
    assert.equal(byRules("The deployment of 3,000 troops to Mali began on Monday.")[0]?.type, "MOBILIZE");
  });

  it("who ignores or defies an order did not issue it", () => {
    const events = byRules(
      "The opposition leader joined the convoy after ignoring a house arrest order in his hometown of Multan.",
    );
    assert.ok(!events.some((e) => e.actor?.text === "opposition leader"), JSON.stringify(events));
  });

  it("the subject of a clause opened by 'as' is the phrase after 'as'", () => {
    const [e] = byRules("A bank burned as tens of thousands of Greeks took to the streets on Wednesday.");
    assert.equal(e?.actor?.text, "Greeks");
  });

  it("what 'rather than' or 'instead of' sets aside did not happen", () => {
    const events = byRules(
      "Rather than a clash between two armies, the dispute over the island is a war of words.",
    );
    assert.ok(!events.some((e) => e.type === "ASSAULT" && e.modality === "asserted"), JSON.stringify(events));
    assert.equal(byRules("Rebels attacked the town rather than the base.")[0]?.modality, "asserted");
  });

  it("a threat met or removed and a warning against travel are no threats", () => {
    for (const text of [
      "The ambassadors said NATO membership will help eliminate threats to the region.",
      "Officials said the militia poses a serious threat to the capital.",
      "The summit answered the grave threat posed by chemical weapons.",
      "The ministry issued a warning against travel to the border region.",
    ])
      assert.ok(!byRules(text).some((e) => e.type === "THREATEN"), text);
    assert.equal(byRules("The rebels issued a threat to kill the hostages.")[0]?.type, "THREATEN");
  });

  it("who claims to have done an act did it, as a claim", () => {
    const [e] = byRules("Rebels claimed to have stormed the army base near Kidal.");
    assert.deepEqual([e?.type, e?.actor?.text, e?.modality], ["ASSAULT", "Rebels", "reported"]);
  });

  it("who protests a decision in words is not a crowd in the street", () => {
    // The act protested has its own doer: the embassy arrested no one.
    const events = byRules("The embassy protested the arrest of its citizens in Riga.");
    assert.ok(
      !events.some((e) => e.type === "COERCE" && e.actor?.text === "embassy"),
      JSON.stringify(events),
    );
  });

  it("a golfer's score, a film, a title won and a waiter fired are no attacks or seizures", () => {
    for (const text of [
      "She shot a 68 in the final round to win the tournament.",
      "The director shot the film in the desert last spring.",
      "The home side captured the title on Sunday.",
      "The chef fired the waiter on the spot.",
    ])
      assert.deepEqual(byRules(text), [], text);
    for (const text of [
      "The soldier shot a 12-year-old boy in Hebron.",
      "Troops fired on the crowd in the square.",
      "Rebels captured the town of Goma on Tuesday.",
    ])
      assert.equal(byRules(text).length, 1, text);
  });

  it("documents destroyed and a judge's questions are no attack and no request", () => {
    for (const text of [
      "An aide later followed orders from the White House to destroy documents.",
      "The defendant was asked by Judge Anna Ruiz if he understood the charges.",
    ])
      assert.deepEqual(byRules(text), [], text);
    assert.equal(byRules("Shelling destroyed the bridge on Monday.")[0]?.type, "ASSAULT");
    assert.equal(byRules("The rebels were asked by the UN to free the hostages.")[0]?.type, "REQUEST");
  });

  it("a ship hijacked is seized; a ship let go by its captors is released", () => {
    assert.equal(byRules("Pirates hijacked a fishing trawler off the coast on Sunday.")[0]?.type, "COERCE");
    assert.equal(byRules("Pirates released the chemical tanker on Saturday.")[0]?.type, "RETREAT");
    for (const text of [
      "A warship launched a helicopter to stop the pirates from boarding and hijacking the ship.",
      "The ladders confirmed their intent to attack and hijack the merchant vessels.",
      "Hackers lure victims to malicious sites to hijack their browser.",
    ])
      assert.ok(!byRules(text).some((e) => e.type === "COERCE"), text);
  });

  it("first aid, a law's terms, what can be done and a precautionary evacuation are no aid", () => {
    for (const text of [
      "Officers gave the victim first aid at the scene.",
      "Immigration law provides that asylum can only be granted to refugees.",
      "A fire broke out in the mall. Residents nearby were evacuated as a precaution.",
    ])
      assert.ok(!byRules(text).some((e) => e.type === "AID"), text);
    const fire = byRules(
      "A fire broke out at the supermarket on Friday. Police said the store is almost totally destroyed.",
    );
    assert.ok(!fire.some((e) => e.type === "ASSAULT"), JSON.stringify(typesOf(fire)));
    assert.equal(byRules("The UN evacuated 2,000 civilians from the besieged town.")[0]?.type, "AID");
    assert.equal(byRules("Japan gave the flood victims food and medicine on Monday.")[0]?.type, "AID");
  });

  it("an event named by 'any' might come; it did not happen", () => {
    assert.ok(!byRules("Any attack on the base would be met with force.").some((e) => e.type === "ASSAULT"));
    assert.ok(
      !byRules("Any decision to expel the party must be agreed by both governments.").some(
        (e) => e.type === "SANCTION",
      ),
    );
    assert.equal(byRules("The army attacked the base on Monday.")[0]?.modality, "asserted");
  });

  it("a job accepted, a name withheld, murders sanctioned are no agreement, refusal or sanction", () => {
    for (const text of [
      "Gupta has accepted the job, the newspaper said.",
      "The resident declined to give her surname for fear of reprisals.",
      "He was charged with sanctioning the murders of six rivals.",
    ])
      assert.ok(!byRules(text).some((e) => ["AGREE", "REJECT", "SANCTION"].includes(e.type)), text);
    assert.equal(byRules("The EU imposed sanctions on Iran.")[0]?.type, "SANCTION");
    assert.equal(byRules("The rebels accepted the peace plan.")[0]?.type, "AGREE");
  });

  it("what 'until' waits for has not happened", () => {
    const es = byRules("The blockade is designed to isolate the regime until it retreats from the city.");
    assert.equal(es.find((e) => e.type === "RETREAT")?.modality, "planned");
    assert.equal(byRules("The troops stayed until the rebels withdrew.")[0]?.modality, "asserted");
  });

  it("a worker fired from a job is dismissed, and a passive in his relative clause is not his act's", () => {
    assert.deepEqual(byRules("He was fired last week after a dispute with his manager."), []);
    assert.equal(byRules("Two rockets were fired from Gaza on Monday.")[0]?.type, "ASSAULT");
    assert.deepEqual(byRules("Police could not say how many shots were fired."), []);
    const es = byRules(
      "An accounting firm employee who was fired last week shot and killed a woman on Monday.",
    );
    const killed = es.find((e) => /killed/.test(e.evidence.trigger.text));
    assert.deepEqual([killed?.actor?.text, killed?.recipient?.text], ["accounting firm employee", "woman"]);
  });

  it("an arsonist or a vandal is a party that acts", () => {
    assert.equal(byRules("An arsonist destroyed the church on Sunday.")[0]?.actor?.text, "arsonist");
  });

  it("the possessor of a decision does the act decided", () => {
    const es = byRules("Russia condemned Britain's decision to expel 23 diplomats.");
    assert.equal(es.find((e) => e.type === "SANCTION")?.actor?.text, "Britain");
    const judge = byRules("We agree with the judge's decision to sentence him to life in prison.");
    assert.equal(judge.find((e) => e.type === "SANCTION")?.actor?.text, "judge");
  });

  it("a guess at someone's intent is no threat; a stated intent is", () => {
    assert.deepEqual(byRules("Police said Mark Stone, 41, may have intended to kill a third worker."), []);
    assert.equal(byRules("The rebels intended to attack the base.")[0]?.type, "THREATEN");
  });

  it("a bare verb joined by 'and' shares the modal of the verb before it", () => {
    const should = byRules("The government should admit its failures and resign.");
    assert.equal(should.find((e) => e.type === "RETREAT")?.modality, "planned");
    const done = byRules("The rebels laid down their arms and released the hostages.");
    assert.equal(
      done.find((e) => e.type === "RETREAT" && /released/.test(e.evidence.trigger.text))?.modality,
      "asserted",
    );
  });

  it("'due to' a verb is a plan, 'due to' a noun a cause; the reins handed over are a job", () => {
    const due = byRules("The activist was due to be released from prison in September.");
    assert.equal(due.find((e) => e.type === "RETREAT")?.modality, "planned");
    const cause = byRules("The flight was delayed due to bad weather after police arrested two men.");
    assert.equal(cause.find((e) => e.type === "COERCE")?.modality, "asserted");
    assert.deepEqual(byRules("The chief executive will hand over the reins to his deputy."), []);
    assert.equal(byRules("The kidnappers handed over the hostages to the Red Cross.")[0]?.type, "RETREAT");
    assert.deepEqual(
      byRules("Version 9, due to be released to the general public in October, is not affected."),
      [],
    );
  });

  it("an event noun's light verb carries the modal for it", () => {
    const later = byRules("Iran is going to have to make a deal with the inspectors.");
    assert.equal(later.find((e) => e.type === "AGREE")?.modality, "planned");
    const held = byRules("The rebels held talks with the army on Monday.");
    assert.equal(held.find((e) => e.type === "CONSULT")?.modality, "asserted");
  });

  it("a thing named 'called', an act done 'without', a status granted are no events", () => {
    for (const text of [
      "Field tests suggested a plastic explosive called Semtex used by terrorist groups.",
      "The rebels took the town without firing a shot.",
      "Lawmakers introduced a bill to grant the girl citizenship.",
      "The court granted him bail on Monday.",
    ])
      assert.deepEqual(byRules(text), [], text);
    assert.equal(byRules("The minister called the protesters terrorists.")[0]?.type, "ACCUSE");
    assert.equal(byRules("Japan granted 10 million dollars in aid to the flood victims.")[0]?.type, "AID");
  });

  it("denying an allegation is a statement; denying a request, entry or bail is a rejection", () => {
    for (const text of [
      "The family denies any involvement in the fire.",
      "He has always denied the allegations against him.",
      "The ministry dismissed the reports as propaganda.",
    ])
      assert.deepEqual(byRules(text), [], text);
    assert.equal(byRules("The border guards denied the activists entry to the country.")[0]?.type, "REJECT");
    assert.equal(
      byRules("The rebels dismissed an appeal from the president to lay down their arms.")[0]?.type,
      "REJECT",
    );
  });

  it("gear, plans and road deaths are no attacks; a present passive in a time clause is future", () => {
    for (const text of [
      "Police found detonating cord and a van in the barn.",
      "The two presidents discussed a withdrawal plan for the border.",
      "A cyclist was struck and killed by a motorist outside a school on Wednesday.",
    ])
      assert.ok(!byRules(text).some((e) => e.type === "ASSAULT" || e.type === "RETREAT"), text);
    assert.equal(byRules("A driver rammed his van into the crowd, killing two people.")[0]?.type, "ASSAULT");
    const later = byRules("When the hostages are released, the army will withdraw from the town.");
    assert.equal(
      later.find((e) => e.type === "RETREAT" && /released/.test(e.evidence.trigger.text))?.modality,
      "planned",
    );
  });

  it("strikers who stop ships or trains obstruct in protest; police who stop marchers restrict them", () => {
    const strike = byRules("Striking unions prevented the ferries from leaving the port on Monday.");
    assert.deepEqual(typesOf(strike), ["PROTEST/obstruct"]);
    const police = byRules("Police prevented the marchers from reaching the palace on Monday.");
    assert.deepEqual(typesOf(police), ["COERCE/restrict"]);
  });

  it("an event whose anniversary is marked is background to what marks it", () => {
    const es = byRules("Relatives will hold a vigil on Thursday to mark the anniversary of the shooting.");
    assert.ok(!es.some((e) => e.type === "ASSAULT"), JSON.stringify(typesOf(es)));
  });

  it("an event noun that qualifies a rule or a requirement names no event", () => {
    assert.deepEqual(byRules("The agency reinstated the consultation requirement for new dams."), []);
  });

  it("an apology offered is no agreement: the apology is the concession", () => {
    assert.ok(
      !byRules("The governor offered an apology to the pastor on Sunday.").some((e) => e.type === "AGREE"),
    );
  });

  it("'charged with' a duty is a task given, not an accusation", () => {
    assert.deepEqual(byRules("The commission was charged with overseeing the vote in the north."), []);
    const charged = byRules("Prosecutors charged the driver with killing two cyclists.");
    assert.equal(charged.find((e) => e.type === "ACCUSE")?.actor?.text, "Prosecutors");
  });

  it("a title that ends in '-elect' is the person's", () => {
    const met = byRules("President-elect Barack Obama met Iraqi leaders in Baghdad on Monday.");
    assert.equal(met.find((e) => e.type === "CONSULT")?.actor?.text, "President-elect Barack Obama");
  });

  it("a noun's own 'by' party acts after a light verb too, named or not", () => {
    const es = byRules("The father will wait out appeals by the Miami relatives before the court.");
    assert.equal(es.find((e) => e.type === "REQUEST")?.actor?.text, "Miami relatives");
  });

  it("'those killed' names victims; it reports no killing", () => {
    assert.deepEqual(
      byRules("The ministry is withholding the names of those killed until relatives are told."),
      [],
    );
    assert.equal(byRules("Police arrested those responsible on Monday.")[0]?.type, "COERCE");
  });

  it("'shot dead' is a verb however the tagger reads 'shot'", () => {
    const [shooting] = byRules("Police shot dead two protesters in Lagos on Monday.");
    assert.deepEqual(
      [shooting?.type, shooting?.actor?.text, shooting?.recipient?.text],
      ["ASSAULT", "Police", "protesters"],
    );
  });

  it("who disperses, crushes or bans a protest did not protest; the crushing is crowd control", () => {
    const dispersed = byRules("Police dispersed the protest outside parliament on Thursday.");
    const protest = dispersed.find((e) => e.type === "PROTEST");
    assert.ok(protest && !protest.actor, JSON.stringify(protest?.actor));
    const crushed = byRules("Security forces crushed the protests in the capital on Thursday.");
    const control = crushed.find((e) => e.type === "ASSAULT" && e.mode === "crowd-control");
    assert.equal(control?.actor?.text, "Security forces");
    assert.ok(!crushed.some((e) => e.type === "PROTEST" && e.actor?.text === "Security forces"));
    // A verb that only carries the event still gives it its subject.
    assert.equal(
      byRules("Students staged a protest outside parliament on Thursday.")[0]?.actor?.text,
      "Students",
    );
  });

  it("a place named as a reference point ('south of the capital Kabul') does not outrank the place it locates", () => {
    const [attack] = byRules(
      "Insurgents attacked a checkpoint in Paktia province east of the capital Kabul on Monday.",
    );
    assert.equal(attack?.place?.name, "Paktia Province");
    // "in Paktia province" is where, not whom.
    assert.equal(attack?.recipient, undefined);
    // Named alone, the reference point is still the nearest place the text gives.
    const [blast] = byRules("A bomb exploded in a market 20 miles west of Baghdad on Monday.");
    assert.equal(blast?.place?.name, "Baghdad");
  });

  it("a place the event is about, or one outside its relative clause, is not its scene", () => {
    const [charged] = byRules(
      "Prosecutors in Oslo charged the activist with leaking thousands of files about the war in Yemen.",
    );
    assert.equal(charged?.place?.name, "Oslo");
    const about = byRules("The ministry accused the envoy of lying about the killings in Aleppo.").find(
      (e) => e.type === "ACCUSE",
    );
    assert.notEqual(about?.place?.name, "Aleppo");
    const [arrest] = byRules(
      "Okafor, who was arrested by police last week, later appeared before a court in Lagos.",
    ).filter((e) => e.type === "COERCE");
    assert.notEqual(arrest?.place?.name, "Lagos");
    // Inside its own clause the place stays: the helicopter was shot down where it crashed.
    const [downed] = byRules(
      "The Taliban claimed responsibility for shooting down the helicopter, which crashed in Kunar province on Monday.",
    );
    assert.equal(downed?.place?.name, "Kunar Province");
  });

  it("a short aside between commas stands between a subject and its verb", () => {
    const [talks] = byRules(
      "Another envoy changed his account to say Okafor did, in fact, discuss the ceasefire with the visiting rebels.",
    );
    assert.equal(talks?.actor?.text, "Okafor");
  });

  it("a phrasal verb's particle joins it to its event noun: who carried out the attacks did them", () => {
    const [attack] = byRules("Rebels carried out attacks on army posts in Kivu on Monday.");
    assert.equal(attack?.actor?.text, "Rebels");
  });

  it("a purpose infinitive after a long object belongs to the clause's subject", () => {
    const events = byRules(
      "The senators led a march to the offices of the election board and the Police Command in Accra on Friday to protest against the count.",
    );
    const protest = events.find((e) => e.type === "PROTEST");
    assert.equal(protest?.actor?.text, "senators");
    // An object that is a party still does what it is urged to.
    const urged = byRules("The minister urged the rebels in the north to lay down their arms.");
    assert.equal(urged.find((e) => e.type === "REQUEST")?.recipient?.text, "rebels");
  });

  it("the doer of a gerund after 'suspected of' is the suspect, not who arrested him", () => {
    const events = byRules("Police arrested a 40-year-old man suspect of committing the assassination.");
    const killing = events.find((e) => e.type === "ASSAULT");
    assert.ok(killing, JSON.stringify(events.map((e) => e.type)));
    assert.match(killing.actor?.text ?? "", /man/);
  });

  it("who curbs, contains or flees an event did not do it; a possessive gives it back", () => {
    for (const s of [
      "The new police chief said in an interview that officers alone are not able to curb the violence.",
      "The government struggled to contain the protests in the capital on Monday.",
    ]) {
      const events = byRules(s);
      assert.ok(
        !events.some((e) => (e.type === "ASSAULT" || e.type === "PROTEST") && e.actor),
        JSON.stringify(events.map((e) => [e.type, e.actor?.text])),
      );
    }
    const own = byRules("Rebels in Idlib halted their attacks on the army on Monday.");
    assert.ok(!own.some((e) => e.type === "ASSAULT" && !e.actor), JSON.stringify(own.map((e) => e.actor)));
  });

  it("a passive's agent is the phrase right after 'by', or who used the means named there", () => {
    const argumentsOf = (s: string, type: string) => {
      const e = byRules(s).find((x) => x.type === type);
      return [e?.actor?.text, e?.recipient?.text];
    };
    assert.deepEqual(argumentsOf("The crew was seized by pirates off Somalia on Monday.", "COERCE"), [
      "pirates",
      "crew",
    ]);
    assert.deepEqual(
      argumentsOf("The student was killed by a police bullet in Athens on Saturday.", "ASSAULT"),
      ["police", "student"],
    );
    // Another clause's "by" is its own.
    const called = byRules("The rally was called off after a bomb was planted by militants near the stage.");
    assert.ok(
      !called.some((e) => e.type === "CONCEDE" && e.actor),
      JSON.stringify(called.map((e) => [e.type, e.actor?.text])),
    );
    // A participle joined by "and" to another shares its passive.
    assert.equal(
      argumentsOf(
        "Anger over a teenager shot and killed by soldiers fueled a riot in the town.",
        "ASSAULT",
      )[0],
      "soldiers",
    );
  });

  it("a phrase inside a clause that describes the subject is not the subject", () => {
    const recipientOf = (s: string, type: string) => byRules(s).find((e) => e.type === type)?.recipient?.text;
    assert.equal(
      recipientOf("The policeman charged with killing the student has been jailed.", "COERCE"),
      "policeman",
    );
    assert.equal(
      recipientOf("The guard suspected of beating the prisoner was arrested on Friday.", "COERCE"),
      "guard",
    );
    assert.equal(
      recipientOf("Three guards involved in the riot were arrested on Monday.", "COERCE"),
      "guards",
    );
    assert.equal(byRules("Students waving flags protested outside the embassy.")[0]?.actor?.text, "Students");
    // Who fired the weapon that did it did it.
    const shelled = byRules("The shell fired by the rebels destroyed a school in the village.");
    assert.equal(shelled.find((e) => e.type === "ASSAULT")?.actor?.text, "rebels");
    // After a verb of saying a clause begins: its subject is the phrase.
    const attack = byRules("The union issued a statement saying police had attacked the strikers.");
    assert.equal(attack.find((e) => e.type === "ASSAULT")?.actor?.text, "police");
    const raid = byRules("The families filed a petition arguing soldiers had attacked the village.");
    assert.equal(raid.find((e) => e.type === "ASSAULT")?.actor?.text, "soldiers");
  });

  it("a participle of an act done to persons after an apposition and an adverb is passive", () => {
    const [charge] = byRules("The deal also covers his cousin, Marco, later charged with fraud in Palermo.");
    assert.deepEqual(
      [charge?.type, charge?.actor?.text, charge?.recipient?.text],
      ["ACCUSE", undefined, "Marco"],
    );
  });

  it("a place before an event noun or after 'off' is where, not who", () => {
    const protest = byRules("There was more unrest in Kenya in protest at the verdict.");
    assert.ok(
      !protest.some((e) => e.actor?.text === "Kenya"),
      JSON.stringify(protest.map((e) => [e.type, e.actor?.text])),
    );
    const seized = byRules("Troops in the islands, off the Somali coast, seized two boats.");
    assert.equal(seized.find((e) => e.type === "COERCE")?.actor?.text, "Troops");
  });

  it("another verb's object is not the subject of a verb joined to it; an object told to act is", () => {
    const pledge = byRules("In a speech on Monday, he praised the army chief and pledged to hold elections.");
    assert.ok(
      !pledge.some((e) => e.type === "AGREE" && e.actor?.text === "army"),
      JSON.stringify(pledge.map((e) => [e.type, e.actor?.text])),
    );
    // A pronoun subject stands for a party named before, object or not.
    const withdrawal = byRules("The sanctions are meant to isolate Iraq until it withdraws from Kuwait.");
    assert.equal(withdrawal.find((e) => e.type === "RETREAT")?.actor?.text, "Iraq");
  });

  it("the force a mobilisation sends is what it moves, not its recipient", () => {
    const [sent] = byRules("The president then sent troops and planes to Chad on Monday.");
    assert.deepEqual(
      [sent?.type, sent?.actor?.text, sent?.recipient?.text],
      ["MOBILIZE", "president", "Chad"],
    );
    const deployed = byRules("The government deployed police officers to the border town.");
    assert.equal(deployed[0]?.recipient, undefined);
  });

  it("a place after a preposition and its modifiers is where the act was, not its object", () => {
    const [march] = byRules(
      "Thousands of workers had been marching through central Nairobi to protest the new taxes.",
    );
    assert.deepEqual([march?.type, march?.actor?.text, march?.recipient], ["PROTEST", "workers", undefined]);
  });

  it("an act after a verb of beginning or continuing is done by that verb's subject, or by whom it was urged on", () => {
    const protest = byRules("The minister said the farmers would continue to protest the new tariffs.");
    assert.equal(protest.find((e) => e.type === "PROTEST" || e.type === "THREATEN")?.actor?.text, "farmers");
    // Exhorted, the rallying has not happened: it is what the request asks of the farmers.
    const rally = byRules("The party exhorted the farmers to keep rallying in the capital.");
    assert.deepEqual(
      rally.map((e) => `${e.type}:${e.intended}:${e.recipient?.text}`),
      ["REQUEST:PROTEST:farmers"],
    );
  });

  it("a count opening the actor's phrase is the event's count, not part of who acted", () => {
    const actorOf = (s: string, type: string) => byRules(s).find((e) => e.type === type)?.actor?.text;
    assert.equal(
      actorOf("About 300 protesters marched through the town centre on Monday.", "PROTEST"),
      "protesters",
    );
    assert.equal(
      actorOf("The suspects were detained in raids by 2,500 police on Monday.", "COERCE"),
      "police",
    );
    assert.equal(actorOf("Some 40 soldiers fired on the crowd in the square.", "ASSAULT"), "soldiers");
    // A number after a definite article describes parties already known; a hyphen makes a modifier.
    assert.equal(actorOf("The two ministers met in Geneva on Monday.", "CONSULT"), "two ministers");
    assert.equal(
      actorOf("A 12-member delegation met the president in Kabul on Monday.", "CONSULT"),
      "12-member delegation",
    );
  });
});

describe("conflicting figures", () => {
  it("keeps each source's toll", () => {
    const events = code(
      [
        "Shelling killed at least 14 civilians in Kharkiv on Monday, the regional governor said.",
        "The shelling killed 9 people, according to the Red Cross.",
      ],
      "2024-05-07",
    );
    const attack = events.find((e) => e.type === "ASSAULT");
    const tolls = attack?.counts.filter((c) => c.what === "killed") ?? [];
    assert.deepEqual(
      tolls.map((c) => c.value),
      [14, 9],
    );
    assert.match(tolls[0].source ?? "", /regional governor/);
    assert.match(tolls[1].source ?? "", /Red Cross/);
  });
});

describe("demands", () => {
  it("a demand's that-clause names what is demanded and of whom", () => {
    const events = code(
      ["The union repeated its demand on Friday that the ministry reopen the talks."],
      "2024-05-10",
    );
    const request = events.find((e) => e.type === "REQUEST");
    assert.ok(request, events.map((e) => e.type).join(","));
    assert.match(request.recipient?.text ?? "", /ministry/);
  });

  it("'X declared that Y must V' is a demand even when V is no trigger", () => {
    const [demand] = code(
      ["Ghana declared on Tuesday that Togo must reopen the border crossing."],
      "2024-05-10",
    );
    assert.equal(demand?.type, "REQUEST");
    assert.match(demand?.actor?.text ?? "", /Ghana/);
    assert.match(demand?.recipient?.text ?? "", /Togo/);
  });
});

describe("lexicon integrity", () => {
  it("every trigger rule and instrument uses a PLOVER mode of its type", async () => {
    const { TRIGGER_RULES } = await import("../src/events/lexicon.ts");
    const { PLOVER_MODES } = await import("../src/events/schema.ts");
    const { INSTRUMENT_MODES } = await import("../src/events/instruments.ts");
    for (const rule of TRIGGER_RULES) {
      if (rule.mode)
        assert.ok(
          PLOVER_MODES[rule.type].includes(rule.mode),
          `${rule.words.join(" ")}: ${rule.type}/${rule.mode}`,
        );
    }
    for (const mode of INSTRUMENT_MODES)
      assert.ok(PLOVER_MODES.ASSAULT.includes(mode), `instrument mode ${mode}`);
  });
  it("no noun trigger is a word for people ('the Inspector-General', 'inspectors' are who, not what happened)", async () => {
    const { TRIGGER_RULES } = await import("../src/events/lexicon.ts");
    const { ACTOR_NOUNS } = await import("../src/events/words.ts");
    const people = TRIGGER_RULES.filter(
      (r) => r.words.length === 1 && r.pos !== "v" && r.pos !== "a" && ACTOR_NOUNS.has(r.words[0]),
    );
    assert.deepEqual(
      people.map((r) => r.words[0]),
      [],
    );
  });
});

describe("common news verbs", () => {
  // The lexicon's types, without the learned sentence decision (it reads "The African Union called
  // on both sides to return to the talks." alone at p 0.39; test/events-learn.test.ts scores it).
  const typeOf = (sentence: string) => code([sentence], "2024-05-10", { refiners: ruleRefiners })[0]?.type;
  it("codes them by PLOVER type", () => {
    assert.equal(typeOf("The African Union called on both sides to return to the talks."), "REQUEST");
    assert.equal(typeOf("A court in Minsk jailed two opposition bloggers on Monday."), "COERCE");
    assert.equal(typeOf("The junta turned down the offer of mediation on Friday."), "REJECT");
    assert.equal(typeOf("Bolivia cut ties with Israel on Tuesday."), "SANCTION");
    assert.equal(typeOf("The militia disbanded its units in the north last week."), "RETREAT");
    assert.equal(typeOf("Rights groups decried the new media law on Wednesday."), "ACCUSE");
  });
});

describe("word senses that need their preposition", () => {
  const typesOf = (sentence: string) => byRules(sentence).map((e) => e.type);
  it("commits to something, not a crime; pleads with or for someone, not guilty", () => {
    assert.deepEqual(typesOf("The rebels committed to a ceasefire in Doha on Monday."), ["AGREE", "RETREAT"]);
    assert.ok(
      !typesOf("Police arrested a man suspected of committing the murder in Lyon.").includes("AGREE"),
    );
    assert.deepEqual(typesOf("The mayor pleaded with the rebels to free the hostages in Gao."), ["REQUEST"]);
    assert.ok(!typesOf("A farmer pleaded guilty to arson in a court in Lyon.").includes("REQUEST"));
  });
  it("forms an armed body, not any group", () => {
    assert.ok(typesOf("Villagers near Gao formed a militia to defend the town.").includes("MOBILIZE"));
    assert.ok(
      !typesOf(
        "The group, the Tenants Coalition, formed in recent weeks and wrote to the landlord.",
      ).includes("MOBILIZE"),
    );
  });
  it("warns of an act, not that something is so", () => {
    assert.ok(typesOf("Iran warned Israel not to strike its nuclear sites.").includes("THREATEN"));
    assert.ok(typesOf("The rebels warned that they would attack the town of Kidal.").includes("THREATEN"));
    assert.ok(
      typesOf("The rebel commander warned they would shell the airport in Goma.").includes("THREATEN"),
    );
    assert.ok(
      !typesOf("Economists in Lagos warned that prices could rise sharply next year.").includes("THREATEN"),
    );
    assert.ok(
      !typesOf(
        "Union leaders in Leeds warned that staff shortages have taken their toll on nurses.",
      ).includes("THREATEN"),
    );
  });
});

describe("a capital named by its country's adjective", () => {
  it("places the event in the capital city ('in the heart of the Afghan capital')", () => {
    const [abduction] = byRules(
      "Two teachers were abducted by gunmen in the heart of the Afghan capital in August.",
    );
    assert.equal(abduction.place?.name, "Kabul");
    const [protest] = byRules("Protesters gathered in the Serbian capital on Saturday.");
    assert.equal(protest.place?.name, "Belgrade");
  });
});

describe("attributive participles", () => {
  it("a participle between a determiner and its noun is an adjective, and not the clause's verb", () => {
    assert.deepEqual(
      byRules("Thousands of protesters marched in Kano on Monday against the recently imposed fuel tax.").map(
        (e) => e.type,
      ),
      ["PROTEST"],
    );
  });
});

describe("agent nouns", () => {
  it("militiamen, servicemen and advisers are parties, with the demonym that qualifies them", () => {
    const [attack] = byRules(
      "Burundian militiamen armed with machetes attacked a camp for refugees near Bujumbura on Sunday.",
    );
    assert.equal(attack.actor?.text, "Burundian militiamen");
    const [kidnap] = byRules("Rebels in Kivu kidnapped six Chinese advisers from a mine near Bunia.");
    assert.equal(kidnap.recipient?.text, "Chinese advisers");
  });
  it("a demonym in the plural names people; a name is part of the phrase whatever its words were tagged", () => {
    const [protest] = byRules(
      "Hundreds of ethnic Hungarians protested outside the parliament in Bucharest on Sunday.",
    );
    // The count is the event's; the party is the people counted.
    assert.equal(protest.actor?.text, "ethnic Hungarians");
    const [blockade] = byRules("Hundreds of demonstrators blocked roads in Shiraz on Saturday.");
    assert.equal(blockade?.actor?.text, "demonstrators");
    const [suspend] = byRules("Red Cross officials suspended visits to the prison in Juba on Monday.");
    assert.equal(suspend.actor?.text, "Red Cross officials");
  });
  it("a subject is the phrase before its apposition, or the apposition when that is only a name", () => {
    const [arrest] = byRules("One of the governor's allies, Pavel Orlov, was arrested in Omsk on Saturday.");
    assert.equal(arrest.recipient?.text, "Pavel Orlov");
    const [refusal] = byRules("Chad, a key ally of France in the Sahel, has refused to send troops to Mali.");
    assert.equal(refusal.actor?.text, "Chad");
  });
  it("a purpose infinitive after an object is done by the clause's subject; after urge or force, by the object", () => {
    const [disperse] = byRules(
      "Riot police fired tear gas to disperse the crowd outside the parliament in Tbilisi.",
    );
    assert.equal(disperse.actor?.text, "Riot police");
    const attack = byRules("The commander ordered his soldiers to attack the village of Korem.").find(
      (e) => e.type === "ASSAULT",
    );
    assert.match(attack?.actor?.text ?? "", /soldiers/);
  });
  it("a party is the name after a noun that names no party, or the subject after a clause-taking noun", () => {
    const [request] = byRules(
      "Negotiators must now turn the large purchases Mr. Halvorsen requested into the text of a treaty.",
    );
    assert.equal(request.actor?.text, "Mr. Halvorsen");
    const [refusal] = byRules(
      "Aid workers said the most likely reason local villagers are refusing to leave the valley is fear.",
    );
    assert.equal(refusal.actor?.text, "local villagers");
    // A role before a name stays; a compound with "year" is no clause.
    const [accusation] = byRules("The army spokesman Tomas Reyes accused the rebels of shelling Pilar.");
    assert.equal(accusation.actor?.text, "army spokesman Tomas Reyes");
  });
  it("a phrase after a date starts after its preposition", () => {
    const [protest] = byRules("Up to 300 ethnic Hungarians demonstrated on Sunday in Romania.");
    assert.equal(protest.recipient?.text, "Romania");
  });
});

describe("relative clauses", () => {
  it("the subject of a relative clause is the phrase it hangs on, past an inserted 'they say'", () => {
    const events = code(
      [
        "The bloc froze the assets of two firms that supply Sudan's army, which aid groups say has bombed markets in Darfur.",
      ],
      "2024-05-10",
    );
    const bombing = events.find((e) => e.type === "ASSAULT");
    assert.match(bombing?.actor?.text ?? "", /Sudan's army/);
  });
});

describe("casualty counts after the verb", () => {
  it("'12 killed and dozens wounded' keeps each count's own category", () => {
    const [attack] = code(
      ["At least 9 people were killed and dozens wounded when rockets hit a market in Kharkiv on Monday."],
      "2024-05-10",
    );
    assert.deepEqual(
      attack?.counts.map((c) => [c.what, c.value]),
      [
        ["killed", 9],
        ["injured", 12],
      ],
    );
  });
});

describe("police equipment", () => {
  it("'riot police' is no riot, and stun grenades are crowd control", () => {
    const events = code(
      ["Riot police fired stun grenades at protesters outside parliament in Tbilisi on Tuesday."],
      "2024-05-10",
    );
    assert.equal(
      events.filter((e) => e.type === "PROTEST" && e.mode === "riot" && e.evidence.trigger.text === "Riot")
        .length,
      0,
    );
    const force = events.find((e) => e.type === "ASSAULT");
    assert.equal(force?.mode, "crowd-control");
  });
});

describe("event dates counted from a narrated day", () => {
  it("'two days later' dates the event two days after the day before it", () => {
    const found = code(
      [
        "Thousands of students marched in Nairobi on March 5.",
        "Two days later, police arrested 40 students in Mombasa.",
      ],
      "2023-03-20",
    );
    const arrest = found.find((e) => e.evidence.text.includes("arrested"));
    assert.ok(arrest, `no arrest among ${found.map((x) => x.type).join(", ")}`);
    assert.equal(arrest.time?.value, "2023-03-07");
  });
});

describe("scrape damage", () => {
  it("a speaker glued to the word before by a lost quotation mark is still the source", () => {
    const events = code([
      "Police arrested twelve dock workers on Tuesday and the situation is calmingHarbour master Lena Ostrova said.",
    ]);
    const e = events.find((x) => x.attribution);
    assert.match(e?.attribution?.source ?? "", /^(Harbour master )?Lena Ostrova$/);
  });
});

describe("passives of irregular verbs", () => {
  it("'were shot dead', 'was shot by': the subject is the one shot, not the shooter", () => {
    const shot = code(["Two soldiers were shot dead in Kunduz on Tuesday."], "2024-05-10", {
      refiners: ruleRefiners,
    }).find((e) => e.type === "ASSAULT");
    assert.equal(shot?.actor, undefined);
    assert.equal(shot?.recipient?.text, "soldiers");
    // "an officer": the singular of a listed agent noun ("officers") is an actor candidate too.
    const officer = code(["A police officer was shot by gunmen in Lagos on Monday."], "2024-05-10", {
      refiners: ruleRefiners,
    }).find((e) => e.type === "ASSAULT");
    assert.equal(officer?.actor?.text, "gunmen");
    assert.equal(officer?.recipient?.text, "police officer");
  });
  it("an event noun that modifies a noun of things or people names no event", () => {
    const find = (sentence: string) =>
      code([sentence], "2024-05-10", { refiners: ruleRefiners }).map((e) => e.evidence.trigger.text);
    assert.deepEqual(find("Prison officials reassigned the warden at the detention center in Tulsa."), []);
    assert.deepEqual(find("Officials in Ohio issued an arrest warrant for the mayor."), []);
    assert.deepEqual(find("Two aid workers were kidnapped in Mopti on Monday."), ["kidnapped"]);
    // Legal framing alleges the act; it does not report it.
    assert.deepEqual(
      find("Prosecutors in Oslo closed their inquiry into a 2015 rape allegation against the singer."),
      ["inquiry"],
    );
  });
  it("asking about something, or asking not to be named, is no request", () => {
    const requests = (sentence: string) =>
      code([sentence], "2024-05-10", { refiners: ruleRefiners }).filter((e) => e.type === "REQUEST");
    assert.deepEqual(requests("During the call the senator asked about the Muslim Brotherhood."), []);
    assert.deepEqual(
      requests(
        "Two officials in Kabul asked not to be identified because they were not authorised to speak.",
      ),
      [],
    );
    // "requested anonymity" is the same formula of attribution.
    for (const sentence of [
      "Talks are being arranged, a party official in Ramallah, who requested anonymity, told reporters.",
      "The officer, who requested that his name not be used, said the convoy had left Gao.",
    ])
      assert.deepEqual(requests(sentence), [], sentence);
    assert.equal(requests("The rebels in Gao requested a ceasefire on Monday.").length, 1);
    assert.equal(
      requests("The mayor of Tulsa asked the regional council to send troops to the city.").length,
      1,
    );
  });
  it("recognising that something is so is no recognition", () => {
    const support = (sentence: string) =>
      code([sentence], "2024-05-10", { refiners: ruleRefiners }).filter((e) => e.type === "SUPPORT");
    assert.deepEqual(
      support("The president and his trade envoy in Washington recognize that such concessions are weak."),
      [],
    );
    assert.equal(
      support("The parliament in Yerevan voted on Tuesday to recognise the breakaway republic.").length,
      1,
    );
  });
  it("'demonstrate', 'explode' and 'violate' in their other senses name no event", () => {
    const types = (sentence: string) =>
      code([sentence], "2024-05-10", { refiners: ruleRefiners }).map(
        (e) => `${e.type}:${e.evidence.trigger.text}`,
      );
    assert.deepEqual(types("Thousands demonstrated outside parliament in Tbilisi on Sunday."), [
      "PROTEST:demonstrated",
    ]);
    assert.deepEqual(types("The verdict in Tulsa demonstrates that free speech has limits."), []);
    assert.deepEqual(types("With protests in Hong Kong exploding to new levels, the market fell."), [
      "PROTEST:protests",
    ]);
    assert.deepEqual(types("A car bomb exploded in Kabul on Monday."), ["ASSAULT:exploded"]);
    assert.deepEqual(types("The editor in Tulsa is charged with violating espionage laws."), [
      "ACCUSE:charged",
    ]);
    assert.deepEqual(
      types("Rebels in Idlib violated the border accord on Monday.").filter((t) => t.startsWith("REJECT")),
      ["REJECT:violated"],
    );
  });
  it("'talks between X and Y' has both parties; a plural opening a sentence is still a trigger", () => {
    const find = (sentence: string) => code([sentence], "2024-05-10", { refiners: ruleRefiners });
    const [talks] = find("Peace talks between the rebels and the government began in Doha on Monday.");
    assert.equal(talks?.type, "CONSULT");
    assert.equal(talks?.actor?.text, "rebels");
    assert.equal(talks?.recipient?.text, "government");
    assert.deepEqual(
      find("Clashes between police and protesters erupted in Tbilisi on Sunday.").map((e) => e.type),
      ["ASSAULT"],
    );
  });
  it("a month name is a date, not a march", () => {
    const events = code(
      ["He was arrested in April over a March 21 phone call to the mayor of Tulsa."],
      "2024-05-10",
      {
        refiners: ruleRefiners,
      },
    );
    assert.deepEqual(
      events.map((e) => e.type),
      ["COERCE"],
    );
  });
  it("a passive release frees its subject; a released document or a date frees nobody", () => {
    const find = (sentence: string) =>
      code([sentence], "2024-05-10", { refiners: ruleRefiners }).filter((e) => e.type === "RETREAT");
    assert.deepEqual(find("The transcript of the call was released on September 25 in Kabul."), []);
    assert.deepEqual(find("A video of the rescue was released on Monday by the police in Tulsa."), []);
    const [hostages] = find("Two aid workers were released in Kabul on Tuesday.");
    assert.equal(hostages?.mode, "release");
    assert.equal(hostages?.recipient?.text, "aid workers");
    assert.equal(hostages?.actor, undefined);
    assert.equal(
      find("The militia released Kevin Miles near Kabul on Tuesday.")[0]?.recipient?.text,
      "Kevin Miles",
    );
  });
  it("a participle joined to a passive by 'and' is passive too", () => {
    const [sentenced] = code(
      ["The 48-year-old activist was detained in April and sentenced to 50 weeks in jail in London."],
      "2024-05-10",
      { refiners: ruleRefiners },
    ).filter((e) => e.type === "SANCTION");
    assert.equal(sentenced?.actor, undefined);
    assert.match(sentenced?.recipient?.text ?? "", /activist/);
    const charged = code(["Police arrested the mayor in Tulsa and charged him with fraud."], "2024-05-10", {
      refiners: ruleRefiners,
    }).find((e) => e.type === "ACCUSE");
    assert.equal(charged?.actor?.text, "Police");
  });
  it("the possessor of an arrest or a release is who was arrested or released", () => {
    const [arrest] = code(
      ["Following Assange's arrest in London, his lawyer spoke to reporters."],
      "2024-05-10",
      {
        refiners: ruleRefiners,
      },
    );
    assert.equal(arrest?.recipient?.text, "Assange");
    assert.equal(arrest?.actor, undefined);
    // Typeset text writes the possessive with a curly apostrophe.
    const [curly] = code(
      ["Following Okafor’s arrest in Abuja, his lawyer spoke to reporters."],
      "2024-05-10",
      {
        refiners: ruleRefiners,
      },
    );
    assert.equal(curly?.recipient?.text, "Okafor");
    assert.equal(curly?.actor, undefined);
  });
  it("the subject of a passive is in its own clause, not before a verb of saying", () => {
    const arrest = code(["Police in Ohio said the driver was arrested on Monday."], "2024-05-10", {
      refiners: ruleRefiners,
    }).find((e) => e.type === "COERCE");
    assert.notEqual(arrest?.recipient?.text, "Police");
    assert.equal(arrest?.actor, undefined);
  });
});

describe("verbs whose subject receives the event", () => {
  const find = (sentence: string, type: string) =>
    code([sentence], "2024-05-10", { refiners: ruleRefiners }).find((e) => e.type === type);
  it("'faced criticism', 'denied accusations': the subject is the one criticised or accused", () => {
    const criticism = find(
      "The United States faced stiff international criticism on Tuesday over its decision on the settlements.",
      "ACCUSE",
    );
    assert.equal(criticism?.recipient?.text, "United States");
    assert.equal(criticism?.actor, undefined);
    const accusations = find("The city's police deny accusations of brutality.", "ACCUSE");
    assert.match(accusations?.recipient?.text ?? "", /police/);
  });
});

describe("who acts: titles and people nouns", () => {
  it("a post-positive 'general' heads its title ('the state attorney general')", () => {
    const [e] = byRules("The Ohio state attorney general is investigating the charity.");
    assert.equal(e?.actor?.text, "Ohio state attorney general");
  });
  it("who ends strife no side owns is not its actor; who ends their own fighting is", () => {
    const violence = byRules("Police alone are not able to end the violence in Lyon, the prefect said.");
    const policeViolence = violence.filter(
      (e) => e.type === "ASSAULT" && /police/i.test(e.actor?.text ?? ""),
    );
    assert.deepEqual(
      policeViolence.map((e) => e.actor?.text),
      [],
    );
    const own = byRules("The rebels ended their fighting in Goma on Monday.").find(
      (e) => e.type === "ASSAULT",
    );
    assert.equal(own?.actor?.text, "rebels");
  });
  it("a subordinator read as a preposition opens a clause with its own subject ('after troops leave')", () => {
    const [leave] = byRules("The army will keep its base near the town after American troops leave Syria.");
    assert.equal(leave?.type, "RETREAT");
    assert.equal(leave?.actor?.text, "American troops");
    assert.equal(leave?.modality, "planned");
  });
  it("a country, abbreviated titles and a name are the person ('U.S. Rep. Jane Doe')", () => {
    const [threat] = byRules("A Texas man admitted threatening to kill U.S. Rep. Carla Nunez in March.");
    assert.equal(threat?.recipient?.text, "U.S. Rep. Carla Nunez");
  });
  it("a person or group noun after the verb is its recipient ('charged the activist'); 'his doctor' is not", () => {
    const [charged] = byRules("Prosecutors in Oslo charged the activist with fraud on Monday.");
    assert.equal(charged?.recipient?.text, "activist");
    const [freed] = byRules("The rebels freed the hostages in Kidal on Monday.");
    assert.equal(freed?.recipient?.text, "hostages");
  });
  it("the parties inside a warning's or a denial's that-clause are not its recipient; a demand's are", () => {
    const warned = byRules(
      "The ambassador warned that the Chinese government will not sit on its hands in Hong Kong.",
    ).find((e) => e.type === "THREATEN");
    assert.equal(warned?.recipient, undefined);
    const demanded = byRules(
      "The union demanded that the Sudanese government end the curfew in Khartoum.",
    ).find((e) => e.type === "REQUEST");
    assert.match(demanded?.recipient?.text ?? "", /Sudanese/);
  });
  it("providers, volunteers and other people nouns act; a thing does not", () => {
    const [e] = byRules("Health care providers have protested the longer detention of asylum seekers.");
    assert.equal(e?.type, "PROTEST");
    assert.equal(e?.actor?.text, "Health care providers");
  });
});

describe("a verb joined by 'and' shares the first predicate's subject", () => {
  it("also after an adverb or a stranded particle", () => {
    const [threat] = code(
      [
        "Riot police have laid siege to a college, pinning 600 students inside and threatened to use live rounds on them.",
      ],
      "2024-05-10",
      { refiners: ruleRefiners },
    ).filter((e) => e.type === "THREATEN");
    assert.match(threat?.actor?.text ?? "", /police/);
  });
});

describe("objects that give a trigger verb another sense", () => {
  it("executing a warrant or a plan kills nobody; executing prisoners does", () => {
    assert.deepEqual(byRules("Officers executed a search warrant at a house on Elm Street on Monday."), []);
    assert.deepEqual(byRules("The ministry said the execution of the new security plan began in Basra."), []);
    assert.equal(byRules("Iran executed three prisoners in Tabriz on Monday.")[0]?.type, "ASSAULT");
  });

  it("abusing an office is misconduct, not a beating", () => {
    assert.ok(
      !byRules("The mayor abused his office to enrich his family, prosecutors said.").some(
        (e) => e.type === "ASSAULT",
      ),
    );
    assert.equal(byRules("Guards abused detainees at the prison in Basra last year.")[0]?.type, "ASSAULT");
  });

  it("reopening a case concedes nothing; reopening a border does", () => {
    assert.ok(!byRules("Prosecutors in Oslo reopened the case on Monday.").some((e) => e.type === "CONCEDE"));
    assert.equal(byRules("Turkey reopened its border crossing with Syria on Monday.")[0]?.type, "CONCEDE");
  });

  it("taking over a policy or a firm seizes nothing; taking over a town does", () => {
    assert.deepEqual(byRules("Last year the senator took over the committee's trade policy."), []);
    assert.equal(byRules("Rebels took over the town of Bunia on Monday.")[0]?.type, "COERCE");
  });

  it("people who move are not a force that moves; troops that move or are moved are", () => {
    assert.deepEqual(
      byRules("The envoy said the plan is forcing families to move because they are hungry."),
      [],
    );
    assert.equal(byRules("Russia moved two armoured brigades to the border on Monday.")[0]?.type, "MOBILIZE");
    assert.equal(byRules("Government troops moved into the town of Kidal on Monday.")[0]?.type, "MOBILIZE");
  });

  it("recruiting is mobilising only when fighters are recruited", () => {
    assert.deepEqual(
      byRules(
        "The pop star aired her grievances with Harbor Records and The Brook Group, recruiting fans to join her cause.",
      ),
      [],
    );
    assert.equal(
      byRules("The militia has been recruiting fighters in the camps near Raqqa.")[0]?.type,
      "MOBILIZE",
    );
  });

  it("a threat to a state of things is a risk; a threat to a party or of an act is a threat", () => {
    // The subject of the coordinated verb is the settlements, too far back to be read as such.
    assert.deepEqual(
      byRules(
        "A spokesman reiterated the ministry's view that the settlements are illegal and threaten the viability of a peace deal.",
      ),
      [],
    );
    assert.equal(byRules("Gunmen threatened the journalists at their office in Herat.")[0]?.type, "THREATEN");
    assert.equal(byRules("The militia issued a threat to kill the hostages.")[0]?.type, "THREATEN");
    assert.equal(byRules("The rebels threatened to quit the peace talks on Monday.")[0]?.type, "THREATEN");
  });

  it("a name after 'and' with a verb of its own opens another clause; a person's name is no country", () => {
    const [resigned] = byRules("The minister resigned and Chad Okafor has been named acting minister.");
    assert.equal(resigned?.recipient, undefined, JSON.stringify(resigned?.recipient));
    const [arrest] = byRules("Police arrested Jordan Okafor in Lagos on Monday.");
    assert.equal(arrest?.recipient?.text, "Jordan Okafor");
    assert.equal(arrest?.recipient?.country, undefined);
  });

  it("a phrase after a comma is no object of the verb before it", () => {
    const events = byRules(
      "Deputies found cash in the truck before transporting Okafor to jail, Kowalski said.",
    );
    assert.ok(events.length > 0, "the jailing is coded");
    for (const e of events)
      assert.ok(
        !/^[,;:]/.test(e.recipient?.text ?? ""),
        `recipient "${e.recipient?.text}" begins at a comma`,
      );
  });

  it("named armed groups are rebels, named parties parties, seats of government governments", () => {
    const kinds = (s: string) => byRules(s).map((e) => [e.actor?.text, e.actor?.kind, e.actor?.country]);
    assert.deepEqual(kinds("The Taliban refused to negotiate with the Afghan government."), [
      ["Taliban", "rebels", undefined],
    ]);
    assert.deepEqual(kinds("The Democrats accused the governor of lying."), [
      ["Democrats", "party", undefined],
    ]);
    assert.deepEqual(kinds("The Kremlin accused the Estonian government of provocations."), [
      ["Kremlin", "government", "RUS"],
    ]);
  });

  it("arms held, made or stocked are no attack; arms used are", () => {
    for (const s of [
      "The militia in Kuru also possesses chemical weapons.",
      "Inspectors in Tartus found a stockpile of chemical weapons.",
    ])
      assert.ok(!byRules(s).some((e) => e.type === "ASSAULT"), s);
    assert.equal(
      byRules("Government forces used chemical weapons against the rebels in Kuru.")[0]?.type,
      "ASSAULT",
    );
  });

  it("hearing evidence or a ruling is no hearing; a reward offered is no concession", () => {
    for (const s of [
      "Next week the same jury in Pomona will begin hearing evidence in the penalty phase.",
      "A convicted killer in Pomona laughed after hearing the jury's ruling.",
      "Federal agents in Portland are offering a $35,000 reward for information in the case.",
    ])
      assert.deepEqual(byRules(s), [], s);
    assert.equal(
      byRules("The Senate committee in Washington held a hearing on the bombing.")[0]?.type,
      "ACCUSE",
    );
  });

  it("an air raid is an air strike, a police raid a seizure; troops committed are deployed", () => {
    assert.deepEqual(
      byRules("Israeli air raids on Tyre killed four people on Monday.").map((e) => `${e.type}/${e.mode}`),
      ["ASSAULT/aerial"],
    );
    assert.equal(byRules("Police raided a house in Kano on Monday.")[0]?.type, "COERCE");
    assert.deepEqual(
      byRules("Britain committed 2,000 troops to the mission in Mali.").map((e) => e.type),
      ["MOBILIZE"],
    );
  });

  it("a crowd that disperses goes home; one dispersed was acted on; condemned to death is a sentence", () => {
    assert.deepEqual(byRules("The marchers in Athens had dispersed by late afternoon."), []);
    assert.equal(byRules("Police dispersed the marchers in Athens with tear gas.")[0]?.type, "ASSAULT");
    assert.deepEqual(
      byRules("A judge in Atlanta condemned the two men to death for the murders.").map((e) => e.type),
      ["SANCTION"],
    );
    assert.equal(byRules("The UN condemned the shelling of the camp near Goma.")[0]?.type, "ACCUSE");
  });

  it("acts told by past forms the tagger does not know as verbs are coded ('looted', 'tortured', 'ransacked')", () => {
    for (const [s, type] of [
      ["Rebels looted shops in the town of Bunia.", "ASSAULT"],
      ["Soldiers tortured the detainees in Bunia.", "ASSAULT"],
      ["Militiamen ransacked the town of Bunia.", "ASSAULT"],
    ])
      assert.equal(byRules(s)[0]?.type, type, s);
  });

  it("warning shots warn no one; complaining of an illness accuses no one", () => {
    assert.ok(
      !byRules("Police in Athens fired warning shots over the crowd.").some((e) => e.type === "THREATEN"),
    );
    assert.deepEqual(byRules("The prisoner in Rome complained of breathing difficulties."), []);
    assert.equal(byRules("Residents of Kano complained about the police.")[0]?.type, "ACCUSE");
  });

  it("a court appeal requests nothing of a party; offering a service or condolences agrees to nothing", () => {
    for (const s of [
      "The relatives in Miami are awaiting the results of a federal court appeal.",
      "Gonzalez appealed to the Supreme Court in Washington on Monday.",
      "Priests in Miami joined the crowd to offer a religious service.",
    ])
      assert.deepEqual(byRules(s), [], s);
    assert.equal(byRules("The governor of Kano appealed for calm on Monday.")[0]?.type, "REQUEST");
  });

  it("confirmation hearings accuse no one; a building evacuated is no aid; an intent to attack is no attack", () => {
    for (const s of [
      "Senators in Washington began confirmation hearings for the nominee.",
      "The bank in Woodburn was evacuated on Friday morning.",
      "The ladders found on the boat off Somalia confirmed the pirates' intent to attack the ship.",
    ])
      assert.deepEqual(byRules(s), [], s);
    assert.equal(byRules("The army evacuated 2,000 residents from Kismayo on Monday.")[0]?.type, "AID");
  });

  it("a passive in 'a police raid' is the police's; a subject after 'after' keeps its own place phrase", () => {
    const actorOf = (s: string) => byRules(s)[0]?.actor?.text;
    assert.equal(actorOf("Twelve suspects were arrested in a major police crackdown in Palermo."), "police");
    assert.equal(actorOf("Five militants were killed in an army operation near Peshawar."), "army");
    assert.equal(actorOf("Five militants were killed in a clash near Peshawar."), undefined);
    assert.equal(actorOf("Three people died after rioters in Lyon set fire to a bank."), "rioters");
  });

  it("exhorting and imploring are requests, and what is exhorted has not happened", () => {
    assert.deepEqual(
      byRules("The governor in Lagos exhorted the strikers to return to work.").map((e) => e.type),
      ["REQUEST"],
    );
  });

  it("a capitalised word inside a name is no trigger, except in a title-case headline", () => {
    for (const s of [
      "The family planned to move from Grant County to Nitro in May.",
      "Cameron Earle's conviction was overturned by the 6th District Court of Appeal last week.",
      // A surname at the start of a sentence, named in full before.
      "Defence lawyer Anna Lynch spoke to the jury in Albany. Lynch did not deny that her client had a gun.",
    ])
      assert.deepEqual(
        byRules(s).map((e) => e.evidence.trigger.text),
        [],
        s,
      );
    assert.deepEqual(
      byRules("Car Bomb Kills 20 in Mosul").map((e) => e.type),
      ["ASSAULT"],
    );
  });

  it("declining or refusing to comment, identify or be named is a source's silence, not a rejection", () => {
    for (const s of [
      "Police declined to identify the suspect.",
      "Two officials refused to be named.",
      "The ministry declined to comment on the report.",
    ])
      assert.deepEqual(byRules(s), [], s);
    assert.equal(byRules("The president declined to sign the bill.")[0]?.type, "REJECT");
    assert.equal(byRules("The rebels refused to lay down their arms.")[0]?.type, "REJECT");
  });

  it("a capture, an arrest or a war evaded or avoided did not happen", () => {
    for (const s of [
      "The suspects escaped arrest by fleeing across the border.",
      "Okafor was indicted March 4 on the felony charge of evading arrest with a vehicle.",
      "Peddar is accused of assisting the alleged gunmen to evade capture in the hours after the shooting.",
    ])
      assert.ok(!byRules(s).some((e) => e.type === "COERCE" || e.type === "ASSAULT"), s);
    assert.equal(byRules("Police arrested Smith on Monday.")[0]?.type, "COERCE");
  });

  it("surrendering a passport is a bail term, not a surrender", () => {
    const s = "Under the bail terms Okafor must surrender his passport and report to police weekly.";
    assert.ok(!byRules(s).some((e) => e.type === "RETREAT"), JSON.stringify(byRules(s).map((e) => e.type)));
  });

  it("'the injured', 'the detained' name victims, not new events; a verb after a trigger is no object", () => {
    for (const s of [
      "None of the injured were British, sources said.",
      "The detained were released on Friday.",
    ]) {
      const events = byRules(s);
      assert.ok(
        !events.some((e) => e.type === "ASSAULT" || e.type === "COERCE"),
        `${s}: ${JSON.stringify(events)}`,
      );
    }
    assert.equal(byRules("Rebels attacked the convoy and the injured were taken to hospital.").length, 1);
  });

  it("a headline's participle with no object is passive, and a town's man is the party", () => {
    const roles = (s: string) => byRules(s).map((e) => [e.type, e.actor?.text, e.recipient?.text]);
    assert.deepEqual(roles("Pottstown man arrested in attempted robbery."), [
      ["COERCE", undefined, "Pottstown man"],
    ]);
    assert.deepEqual(roles("Harbor City woman, 19, stabbed in the back."), [
      ["ASSAULT", undefined, "Harbor City woman"],
    ]);
    assert.deepEqual(roles("Police charged a Pottstown man with making threats."), [
      ["ACCUSE", "Police", "Pottstown man"],
    ]);
  });

  it("a jailed journalist, 'Granted,' and money released by a department are no new events", () => {
    for (const s of [
      "Unjustly imprisoned journalists cast a shadow on the vote.",
      "Granted, he should never have been arrested.",
      "The money recently released by the Health Department went to clinics.",
    ])
      assert.deepEqual(byRules(s), [], s);
    assert.equal(byRules("Police jailed three protesters on Friday.")[0]?.type, "COERCE");
    assert.equal(byRules("The hostages recently released by the rebels returned home.")[0]?.type, "RETREAT");
  });

  it("hosting a show, a campaign rally, signing a confession and the Pledge of Allegiance are no political events", () => {
    for (const s of [
      "Officials in a coastal town decided to host an annual biker rally.",
      "Supporters attended a campaign rally for the senator.",
      "Two days before, Okafor had signed a confession, where he admitted the thefts.",
    ])
      assert.deepEqual(
        byRules(s).map((e) => e.type),
        [],
        s,
      );
    const pledge =
      "He would stress the word at the end of the Pledge of Allegiance that opened the council meetings.";
    assert.ok(!byRules(pledge).some((e) => e.type === "AGREE"), pledge);
    assert.equal(byRules("Egypt hosted Putin on Monday.")[0]?.type, "CONSULT");
    assert.equal(byRules("Thousands joined a rally against the new law in Almaty.")[0]?.type, "PROTEST");
  });

  it("captured gas, rumors shot down and arresting 'anyone' are no events", () => {
    for (const s of [
      "The carbon dioxide that is captured will be stored underground, he said.",
      "Okafor immediately shot down rumors of a new engine.",
      "But detectives met a wall of silence and couldn't put together a case to arrest anyone.",
    ])
      assert.deepEqual(
        byRules(s).map((e) => e.type),
        [],
        s,
      );
    assert.equal(byRules("Rebels shot down a helicopter near Goma.")[0]?.type, "ASSAULT");
    assert.equal(byRules("Police captured the gang leader on Monday.")[0]?.type, "COERCE");
  });

  it("a convicted terrorist, a plea bargain and withdrawn statements are no new events; 'X accused of' is passive", () => {
    for (const s of [
      "Weber was disappointed with the decision to let Kathleen Soliah, a convicted terrorist, serve parole in the state.",
      "Several witnesses have withdrawn their statements, the inspector said.",
    ])
      assert.deepEqual(
        byRules(s).map((e) => e.type),
        [],
        s,
      );
    const bargain = "A Pottstown man cut a plea bargain minutes before the jury was selected.";
    assert.ok(!byRules(bargain).some((e) => e.type === "SANCTION" || e.type === "REQUEST"), bargain);
    const [accused] = byRules("Woman accused of attacking shoppers with box cutter.");
    assert.deepEqual([accused?.actor?.text, accused?.recipient?.text], [undefined, "Woman"]);
    assert.equal(byRules("The court convicted Orujov in December.")[0]?.type, "SANCTION");
    // To cut a deal is to strike one.
    assert.equal(byRules("The rebels cut a deal with the army on Monday.")[0]?.type, "AGREE");
  });

  it("a manhunt, a pursuit of chances, an accident and a curly-quoted negation are no events", () => {
    for (const s of [
      "Authorities said more suspects were being sought.",
      "They left Russia, seeking chances to exhibit and study art.",
      "Lawmakers traditionally don’t meet on Fridays during legislative sessions.",
      "An 80-year-old woman was killed this morning in Arlington when a neighbor accidentally hit her while backing out of a driveway.",
    ])
      assert.deepEqual(
        byRules(s).map((e) => e.type),
        [],
        s,
      );
    const plea = byRules("A Pottstown man cut a plea deal minutes before the jury was selected.");
    assert.deepEqual(
      plea.map((e) => e.type),
      ["AGREE"],
    );
    assert.equal(byRules("The minister sought asylum in Norway.")[0]?.type, "REQUEST");
    assert.equal(byRules("Gunmen killed an 80-year-old woman in Arlington.")[0]?.type, "ASSAULT");
    // A wire service's running story is no party.
    const latest = byRules(
      "NEW YORK (AP) — The Latest on the fatal shooting of a man who was brandishing a pipe:",
    );
    assert.ok(
      !latest.some((e) => /Latest/.test(e.actor?.text ?? "")),
      JSON.stringify(latest.map((e) => e.actor)),
    );
  });

  it("a body approving a text endorses no party", () => {
    for (const s of [
      "City Council unanimously approved a resolution accepting a base bid from McDaniel Construction.",
      "The Senate last month overwhelmingly approved an amendment nixing the rule.",
    ])
      assert.ok(!byRules(s).some((e) => e.type === "SUPPORT"), s);
    assert.equal(byRules("The Senate approved Kosovo's independence.")[0]?.type, "SUPPORT");
  });

  it("a party a named one owns is the recipient, the whole phrase; a shot that may have been accidental is no attack", () => {
    const [detained] = byRules("The crown prince detained Lebanon's Prime Minister Saad Hariri on Monday.");
    assert.deepEqual(
      [detained?.recipient?.text, detained?.recipient?.kind, detained?.recipient?.country],
      ["Lebanon's Prime Minister Saad Hariri", "person", "LBN"],
    );
    const [accused] = byRules("The minister accused Russia's foreign ministry of lying.");
    assert.equal(accused?.recipient?.text, "Russia's foreign ministry");
    const shot = "A shot fired into the floor during the robbery may have been accidental, deputies said.";
    assert.deepEqual(byRules(shot), [], shot);
  });

  it("a demonym standing as a noun is a person of that country; a capitalised word after a name goes on with it", () => {
    const [sentenced] = byRules(
      "The 48-year-old Australian was evicted in April and sentenced to 50 weeks in jail.",
    );
    assert.deepEqual(
      [sentenced?.recipient?.text, sentenced?.recipient?.country],
      ["48-year-old Australian", "AUS"],
    );
    const [arrest] = byRules("Police arrested a British tourist.");
    assert.equal(arrest?.recipient?.text, "British tourist");
    const grant =
      "This grant starts a partnership toward which we might contribute additional GiveWell Incubation Grant funding.";
    assert.ok(!byRules(grant).some((e) => e.evidence.trigger.text === "Grant"), grant);
  });

  it("shops reopening is daily life; a party reopening a border is a concession", () => {
    assert.deepEqual(byRules("Shops reopened and buses ran again in the capital."), []);
    assert.equal(byRules("Jordan reopened the border crossing with Syria.")[0]?.type, "CONCEDE");
  });

  it("a participle before a noun describes it: previously signed agreements are no signing now", () => {
    const s =
      "Abbas called on Israel to accept the plan, vowing not to resume talks without an explicit Israeli recognition of previously signed agreements.";
    assert.ok(!byRules(s).some((e) => e.type === "SUPPORT"), JSON.stringify(byRules(s).map((e) => e.type)));
    assert.equal(byRules("Police also confiscated drugs and weapons from the car.")[0]?.type, "COERCE");
  });

  it("a sea, a gulf or a river is no party", () => {
    // ("to impose its will", the example this test had, is no restriction: a will is no curfew.)
    const [imposed] = byRules("The navy imposed a blockade in the South China Sea on Monday.");
    assert.ok(imposed, "the coercion is coded");
    assert.equal(imposed.recipient, undefined, JSON.stringify(imposed.recipient));
  });

  it("whoever a request is from asks; whoever approves or grants it is asked", () => {
    const request = byRules(
      "The interior minister approved an extradition request from Peru on Friday.",
    ).find((e) => e.type === "REQUEST");
    assert.deepEqual([request?.actor?.text, request?.recipient?.text], ["Peru", "interior minister"]);
  });

  it("a progressive '-ing' verb the tagger reads as a noun is the verb of its clause", () => {
    const [bombing] = byRules(
      "The air force has been bombing Kasai for three weeks, officials in Kinshasa said.",
    );
    assert.deepEqual(
      [bombing?.type, bombing?.actor?.text, bombing?.recipient?.text],
      ["ASSAULT", "air force", "Kasai"],
    );
  });

  it("'shot down' with no object after it is a passive, as in headlines", () => {
    const [downed] = byRules(
      '"Army helicopter shot down and destroyed last night near Gao," the rebel spokesman said.',
    );
    assert.equal(downed?.type, "ASSAULT");
    assert.equal(downed?.actor, undefined, JSON.stringify(downed?.actor));
    const [active] = byRules("Rebels shot down an army helicopter near Gao on Monday.");
    assert.deepEqual([active?.type, active?.actor?.text], ["ASSAULT", "Rebels"]);
  });

  it("'it' opening a main clause is the subject, not the name before it", () => {
    assert.deepEqual(
      byRules(
        "A prolonged trade war offers President Okafor some political advantages: It allows him to maintain a tough public stance toward Kenya and avoid criticism that he is caving to Nairobi.",
      ).map((e) => e.type),
      [],
    );
    // In reported speech "it" stands for the speaker, as before.
    const [calledOff] = byRules(
      "The Kenya National Union of Teachers (KNUT), the umbrella union for teachers, announced Thursday that it has called off a four-day strike after talks with the government.",
    );
    assert.equal(calledOff?.type, "CONCEDE");
    assert.ok(calledOff?.actor, "the union called the strike off");
  });

  it("the subject is the phrase before a list of places it comes from, and a number's 'about' is its own", () => {
    const [protest] = byRules(
      "About 4,000 farmers from Belgium, France and the Netherlands drove tractors into Brussels on Wednesday to protest against new EU rules.",
    );
    assert.deepEqual([protest?.type, protest?.actor?.text], ["PROTEST", "farmers"]);
    const [plea] = byRules(
      "In a letter on Monday, the doctors pleaded with the ministry to reopen the clinic.",
    );
    assert.equal(plea?.actor?.text, "doctors");
  });

  it("discussing is a consultation only with a second party", () => {
    assert.deepEqual(
      byRules("Kenyans online have been widely discussing the allegations against the minister.").filter(
        (e) => e.type === "CONSULT",
      ),
      [],
    );
    assert.equal(
      byRules("The Kenyan president discussed the border dispute with Ethiopian officials on Monday.")[0]
        ?.type,
      "CONSULT",
    );
    assert.equal(byRules("Putin and Erdogan discussed Syria in Sochi on Monday.")[0]?.type, "CONSULT");
  });

  it("what a question is about is not who acts next", () => {
    const [called] = byRules(
      "In the interview, he asked about the Red Brigade, called the mayor a terrorist and left.",
    );
    assert.equal(called?.type, "ACCUSE");
    assert.notEqual(called?.actor?.text, "Red Brigade");
    // "he" still stands for the person named there.
    const [asked] = byRules(
      "The envoy will face questions about President Okafor's call in July, when he asked Governor Bello for an inquiry.",
    );
    assert.deepEqual([asked?.type, asked?.actor?.text], ["REQUEST", "President Okafor"]);
  });

  it("information gathered from activists is no gathering of protesters", () => {
    assert.deepEqual(
      byRules(
        "Eyewitness testimony from people on the ground and information gathered from human rights activists reveal a pattern of killings during the protests.",
      ).filter((e) => e.evidence.trigger.text === "gathered"),
      [],
    );
    assert.equal(byRules("Thousands of protesters gathered in Tahrir Square on Friday.")[0]?.type, "PROTEST");
  });

  it("sending is mobilising only when a force is sent", () => {
    assert.deepEqual(
      byRules(
        "Days after the army retook the town, the government freed two prisoners and sent them to Oman.",
      )
        .filter((e) => e.type === "MOBILIZE")
        .map((e) => e.evidence.trigger.text),
      [],
    );
    assert.equal(byRules("Russia sent 2,000 troops to the border on Monday.")[0]?.type, "MOBILIZE");
  });

  it("a meeting the subject quits is not held", () => {
    assert.ok(
      !byRules("The rebels threatened to quit the peace talks on Monday.").some((e) => e.type === "AGREE"),
      "quitting the talks is no promise to talk",
    );
  });

  it("a news conference is a statement to reporters; a conference of ministers is a meeting", () => {
    assert.deepEqual(byRules("The minister gave a news conference with his Dutch counterpart in Lyon."), []);
    assert.deepEqual(
      byRules("At a press conference in Lima, the senator answered questions for an hour."),
      [],
    );
    assert.equal(
      byRules("Foreign ministers of the bloc held a conference in Vienna on Tuesday.")[0]?.type,
      "CONSULT",
    );
  });

  it("a released album or freed aid is no captive; a freed person is", () => {
    for (const s of [
      "Maria Lopez's first two albums were released through Harbor Records.",
      "Officials in Kyiv said U.S. aid might be freed if the inquiry went ahead.",
    ])
      assert.ok(!byRules(s).some((e) => e.type === "RETREAT" || e.intended === "RETREAT"), s);
    assert.equal(byRules("The detained journalists were released in Minsk on Friday.")[0]?.type, "RETREAT");
    // The head of "members of the militia" is "members".
    assert.equal(
      byRules("Twelve members of a pro-government militia were released in exchange for 30 rebels.")[0]?.type,
      "RETREAT",
    );
  });
  it("a dash with space around it ends a phrase: a dateline is never part of an actor", () => {
    const actors = (paragraphs: string[]) =>
      code(paragraphs, "2024-05-10", { refiners: ruleRefiners }).map((e) => e.actor?.text);
    assert.deepEqual(
      actors([
        "Strike ends in Greek ports",
        "PIRAEUS, May 9 - Greek dock workers called off a strike on Thursday.",
      ]),
      ["Greek dock workers"],
    );
    assert.deepEqual(
      actors([
        "Troops move",
        "Other news first.",
        "ISTANBUL - Iranian troops shelled villages near Erbil on Saturday, officials said.",
      ]).filter(Boolean),
      ["Iranian troops"],
    );
    // A hyphen inside a word still joins it ("pro-government militia").
    assert.ok(
      byRules("A pro-government militia attacked the village of Kuru on Monday.")[0]?.actor?.text.includes(
        "pro-government",
      ),
    );
  });
  it("'it' after people or a plural is a thing, not the speaker", () => {
    assert.equal(
      byRules("A bomb exploded in a cafe in Oran. Newspapers said it killed two women.").find(
        (e) => e.evidence.trigger.text === "killed",
      )?.actor,
      undefined,
    );
    assert.equal(
      byRules("The ministry in Oran said it had arrested two officers.")[0]?.actor?.text,
      "ministry",
    );
  });
  it("a word the tagger reads as a verb is a noun after an article or a possessive", () => {
    // "its grant obligations", "his promises": a noun phrase, not a granting or a promise made.
    assert.deepEqual(
      byRules("To fulfil its grant obligations, the school in Leeds will hold a workshop in April.").map(
        (e) => e.type,
      ),
      [],
    );
  });
  it("an event in a 'whether' clause is an open question, not a report", () => {
    assert.deepEqual(
      byRules("The police officer in Liege declined to say whether the two girls had been kidnapped.").map(
        (e) => e.type,
      ),
      [],
    );
  });
  it("an event noun that is planned, scheduled or due is planned; 'set off' plans nothing", () => {
    const modalities = (s: string) => byRules(s).map((e) => `${e.type}:${e.modality}`);
    assert.deepEqual(modalities("More rallies are planned for Monday outside the town hall in Lyon."), [
      "PROTEST:planned",
    ]);
    assert.deepEqual(modalities("Talks between Serbia and Kosovo are also scheduled for Friday in Oslo."), [
      "CONSULT:planned",
    ]);
    assert.deepEqual(modalities("The riots in Lyon were set off by the shooting of a driver."), [
      "PROTEST:asserted",
      "ASSAULT:asserted",
    ]);
  });
  it("forecasts, open conditions and technical inquiries are no events; a hyphen's first word is a modifier", () => {
    for (const sentence of [
      "The French president is likely to visit Warsaw next year, officials in Paris said.",
      "Officials in Prague said a summit with Israel is unlikely to take place before June.",
      "The mines could kill anyone within 500 metres wherever they were detonated, the spokesman in Bogota said.",
      "A fighter in Gudermes carrying a grenade-launcher said the law was now in force.",
      "One elderly man in Tavildara, who declined to give his name, said his sons had left.",
    ])
      assert.deepEqual(
        byRules(sentence).map((e) => e.type),
        [],
        sentence,
      );
    assert.equal(
      byRules("Police in Rochester are investigating the mayor over the payments.")[0]?.type,
      "ACCUSE",
    );
  });
  it("an adverb joined by a hyphen belongs to the actor's phrase", () => {
    assert.equal(
      byRules("A group of heavily-armed men attacked a military convoy in Michoacan on Friday.")[0]?.actor
        ?.text,
      "group of heavily-armed men",
    );
  });
  it("a participle after 'before' or 'after' has the main clause's subject; a visit is where its host is", () => {
    const es = byRules("The president visited Kyiv on Monday, after meeting the prime minister in Warsaw.");
    assert.deepEqual(
      es.map((e) => [e.evidence.trigger.text, e.actor?.text, e.recipient?.text, e.place?.name]),
      [
        ["visited", "president", "Kyiv", "Kyiv"],
        ["meeting", "president", "prime minister", "Warsaw"],
      ],
    );
    const visit = byRules(
      "The envoy will meet the Serbian president in Belgrade, before visiting Montenegro.",
    ).find((e) => e.evidence.trigger.text === "visiting");
    assert.deepEqual([visit?.actor?.text, visit?.place?.name], ["envoy", "Montenegro"]);
  });
  it("background and other senses: a protected-from list, a modifier of money, an anchor after 'since', a passive with an adverb", () => {
    for (const sentence of [
      "The barrier in Fargo is used to protect soldiers from bullets and grenades.",
      "The sheriff in Mansfield saved three jobs with state grant money.",
      "Since the Ben Guerdane attack in 2016, security forces in Tunisia have gained the upper hand.",
      "This was also demonstrated by our decision, the prime minister in Ljubljana said.",
      "Most young people in Gaza oppose violence, a survey found.",
    ])
      assert.deepEqual(
        byRules(sentence)
          .filter((e) => e.type !== "REJECT")
          .map((e) => e.type),
        [],
        sentence,
      );
  });
  it("a party before a disaster word is no disaster: riot police fire tear gas", () => {
    assert.ok(
      byRules("Riot police fire tear gas to disperse student protesters outside parliament in Jakarta.").some(
        (e) => e.type === "ASSAULT",
      ),
    );
  });
  it("past events named as references, context, advice and other senses are no news", () => {
    for (const sentence of [
      "The minister in Warsaw did not comment on the 1949 agreement with Switzerland.",
      "The UN moved its staff out of Bangui because of mounting violence in the north.",
      "The ministry in Mexico City updated shipping warnings for the Gulf.",
      "Indian rubber demand is seen outpacing production, traders in Singapore said.",
      "The president attended a ceremony in Mantua commemorating the executions of Italian patriots.",
      "The ambassador in Prague warned against expecting her to exert any influence.",
    ])
      assert.deepEqual(
        byRules(sentence)
          .filter((e) => e.type !== "AID" && e.type !== "RETREAT")
          .map((e) => e.type),
        [],
        sentence,
      );
  });
  it("one plural phrase after 'between' names both sides of a fight: it is the actor", () => {
    const actor = (sentence: string) => byRules(sentence).find((e) => e.type === "ASSAULT")?.actor?.text;
    assert.equal(
      actor("A gun battle broke out between rival groups of militiamen in Diyarbakir on Friday."),
      "rival groups of militiamen",
    );
    assert.equal(actor("The fighting between the army and the rebels in Goma continued."), "army");
  });
  it("a planned visit takes place where it is going", () => {
    const [visit] = byRules(
      "WARSAW - Poland's foreign minister will visit Belgrade on September 3, the ministry said.",
    );
    assert.deepEqual([visit?.type, visit?.intended, visit?.place?.name], ["AGREE", "CONSULT", "Belgrade"]);
  });
  it("an agent noun the tagger reads as an adjective heads the subject: after the military crushed", () => {
    const crush = byRules(
      "The activist in Rangoon was jailed for organising protests after the military crushed the demonstrations.",
    ).find((e) => e.evidence.trigger.text === "crushed");
    assert.equal(crush?.actor?.text, "military");
  });
  it("a subject described by a participle and a gerund is the noun before them: a man wanted for violating his parole", () => {
    const kill = byRules(
      "A man wanted for violating his parole killed three police officers in Oakland on Saturday.",
    ).find((e) => e.type === "ASSAULT");
    assert.equal(kill?.actor?.text, "man");
    const attack = byRules("A woman jailed after robbing a bank in Denver attacked a guard.").find(
      (e) => e.evidence.trigger.text === "attacked",
    );
    assert.equal(attack?.actor?.text, "woman");
  });
  it("a participle joined by 'and' to an adjunct participle has the main clause's subject", () => {
    const praise = byRules(
      "Senator Jane Ortiz campaigned with the mayoral candidate Tom Reyes in Tucson, helping him raise $9,000 and praising him as a reformer.",
    ).find((e) => e.type === "SUPPORT");
    assert.match(praise?.actor?.text ?? "", /Jane Ortiz/);
  });
  it("a possessive owns its event noun past the noun's date and modifiers", () => {
    const call = byRules(
      "Lawmakers in Washington asked about Lopez's March 3 phone call with President Amin.",
    ).find((e) => e.type === "CONSULT");
    assert.equal(call?.actor?.text, "Lopez");
  });
  it("an infinitive after a predicate noun is the copula subject's act: Chile was the first country to recognize", () => {
    const recognize = byRules(
      "Chile was the first country to recognize the new government in Dili in 2002.",
    ).find((e) => e.type === "SUPPORT");
    assert.equal(recognize?.actor?.text, "Chile");
  });
  it("a clause whose subject is 'nothing', 'nobody' or 'no one' tells of no act", () => {
    for (const sentence of [
      "The governor in Boise said nothing in the state ethics act prohibits a lawmaker from voting.",
      "No one in the crowd in Lagos was arrested, police said.",
    ])
      assert.deepEqual(typesOf(byRules(sentence)), [], sentence);
    // Only the clause's own subject: "nothing" as another verb's object negates nothing.
    assert.ok(
      byRules("The soldiers who found nothing in Jenin attacked the village.").some(
        (e) => e.evidence.trigger.text === "attacked",
      ),
    );
  });
  it("a relative clause after a report's noun makes no demand and frees no one: results, which should be released", () => {
    assert.deepEqual(
      typesOf(
        byRules(
          "Authorities in Hanover said they were awaiting the results of autopsies, which should be released today.",
        ),
      ),
      [],
    );
    assert.deepEqual(
      typesOf(
        byRules("The findings of the Kenyan inquiry, which were released on Monday, blamed the police."),
      ),
      ["ACCUSE/allege"],
    );
  });
  it("an act one failed to do did not happen: failed to capture, failed to attend the talks", () => {
    for (const sentence of [
      "The rebels in Goma failed to capture the town.",
      "The envoy in Oslo failed to attend the talks with the rebels.",
    ])
      assert.deepEqual(typesOf(byRules(sentence)), [], sentence);
  });
  it("two acts of one sentence told one after the other stay two events: arrested after employees detained him", () => {
    const coerce = byRules(
      "Carl Dunn, 34, of Richmond, was arrested Saturday after store employees in Richmond detained him.",
    ).filter((e) => e.type === "COERCE");
    assert.equal(coerce.length, 2);
    const arrest = coerce.find((e) => e.evidence.trigger.text === "arrested");
    assert.equal(arrest?.actor, undefined);
  });
  it("a reduced passive after a noun the tagger reads as an adjective: a French national charged with lying", () => {
    const charge = byRules(
      "A federal judge in Boston set bail for a French national charged with lying.",
    ).find((e) => e.evidence.trigger.text === "charged");
    assert.notEqual(charge?.actor?.text, "federal judge");
  });
  it("a warrant for an arrest is no arrest", () => {
    assert.deepEqual(
      typesOf(byRules("A judge in Oakland issued a warrant for Mixon's arrest on Monday.")).filter((t) =>
        t.startsWith("COERCE"),
      ),
      [],
    );
  });
  it("a participle after a preposition modifies the crime: no light verb in 'on a charge of aggravated assault'", () => {
    const assault = byRules(
      "Police in Athens arrested a man on Monday on charges of aggravated assault.",
    ).find((e) => e.type === "ASSAULT");
    assert.notEqual(assault?.actor?.text, "Police");
  });
  it("a 'she' is no one the text calls Mr., a 'he' no one it calls Ms.", () => {
    const accuse = (text: string[]) =>
      code(text, "2024-05-10", { refiners: ruleRefiners }).find((e) => e.type === "ACCUSE");
    assert.equal(
      accuse([
        "Ms. Lopez spoke at the hearing in Boston.",
        "She also accused the mayor of hiding the report.",
      ])?.actor?.text,
      "Lopez",
    );
    assert.notEqual(
      accuse([
        "Mr. Lopez spoke at the hearing in Boston.",
        "She also accused the mayor of hiding the report.",
      ])?.actor?.text,
      "Lopez",
    );
    const inSentence = byRules(
      "Court records in Boston show Mr. Gomes was arrested in 2019 after she accused him of theft.",
    ).find((e) => e.evidence.trigger.text === "accused");
    assert.notEqual(inSentence?.actor?.text, "Gomes");
  });
  it("a verb joined by 'and' skips a relative clause before it: raided homes he owned there and arrested", () => {
    const arrest = byRules(
      "Bakari fled Columbus in May before police raided several homes he owned there and arrested his partner.",
    ).find((e) => e.type === "COERCE");
    assert.equal(arrest?.actor?.text, "police");
  });
  it("a participle with its adverb after a determiner modifies the noun: a deliberately targeted attack", () => {
    const attack = byRules(
      "The Georgian officials are still investigating, but there seems little doubt that this was a deliberately targeted attack.",
    ).find((e) => e.type === "ASSAULT");
    assert.notEqual(attack?.actor?.text, "Georgian officials");
  });
  it("a relative clause between dashes hangs on the name before it, whose paragraph opens with no dateline", () => {
    const reject = code(
      [
        "Arab states met in Cairo on Monday.",
        "The Palestinian Authority - which considers the US biased and has rejected the Trump administration as a mediator - called for an emergency meeting.",
      ],
      "2024-05-10",
      { refiners: ruleRefiners },
    ).find((e) => e.type === "REJECT");
    assert.equal(reject?.actor?.text, "Palestinian Authority");
  });
  it("a fire told by a 'when' clause after the harm is no attack; a gunman's fire is one", () => {
    for (const sentence of [
      "A woman was killed when a blaze swept through her apartment in Dayton on Sunday.",
    ])
      assert.deepEqual(typesOf(byRules(sentence)), [], sentence);
    assert.ok(
      byRules("A woman was killed when a gunman opened fire in a mall in Dayton on Sunday.").some(
        (e) => e.type === "ASSAULT",
      ),
    );
  });
  it("a wh-word opens a clause of its own: the event noun in it is no object of the verb before", () => {
    const shooting = byRules(
      "But police in Oakland have not disclosed how Saturday's shooting unfolded.",
    ).find((e) => e.type === "ASSAULT");
    assert.notEqual(shooting?.actor?.text, "police");
  });
  it("a thing released by an office frees no one; captives released by rebels were freed", () => {
    assert.deepEqual(
      typesOf(
        byRules(
          "Spafford, 24, was indicted March 4, according to records released by the Anderson County clerk's office.",
        ),
      ).filter((t) => t.startsWith("RETREAT")),
      [],
    );
    assert.ok(
      byRules("Two aid workers released by the rebels arrived in Goma.").some((e) => e.type === "RETREAT"),
    );
  });
  it("someone found shot was shot by someone else", () => {
    const shot = byRules(
      "Ozark police cordoned off the store on Monday to investigate the death of Rufus Church, who was found fatally shot at his business.",
    ).find((e) => e.type === "ASSAULT");
    assert.notEqual(shot?.actor?.text, "Ozark police");
  });
  it("a purpose's passive infinitive and what one only tried to force did not happen", () => {
    assert.deepEqual(
      typesOf(
        byRules(
          "The woman in Dublin insisted she had not invented the story about her daughter in order to be allowed to remain in Ireland.",
        ),
      ).filter((t) => t.startsWith("CONCEDE")),
      [],
    );
    assert.deepEqual(
      typesOf(
        byRules("The crown prince in Riyadh detained the prime minister and tried to force him to resign."),
      ).filter((t) => t.startsWith("RETREAT")),
      [],
    );
    assert.ok(
      byRules("The army in Goma forced the rebels to surrender on Monday.").some((e) => e.type === "RETREAT"),
    );
  });
  it("agreeing with someone that something is so is a view; dealing with a problem is no deal", () => {
    for (const sentence of [
      "London's police chief, Jane Moss, agrees with the mayor that the force should reverse the decline.",
      "The court in Seoul agreed with accusations that the president had abused her authority.",
      "The report helps school boards in Ontario understand and deal with the impact of fewer children.",
    ])
      assert.deepEqual(
        typesOf(byRules(sentence)).filter((t) => t.startsWith("AGREE")),
        [],
        sentence,
      );
  });
  it("an agreement signed with a partner in a city is made there, and its signing is no separate support", () => {
    const es = byRules("Iran signed a deal with the EU in Vienna on Monday.");
    assert.deepEqual(typesOf(es), ["AGREE"]);
    assert.equal(es[0]?.place?.name, "Vienna");
  });
  it("an agent noun read as a verb right before the verb is its subject: when police killed a teenager", () => {
    const kill = byRules(
      "The violence was similar to the 2008 riots in Athens, which broke out when police killed a teenager and dragged on for weeks.",
    ).find((e) => e.evidence.trigger.text === "killed");
    assert.equal(kill?.actor?.text, "police");
  });
  it("an '-ing' word after a determiner and a date is a noun: the Friday night shooting has no actor from the verb before", () => {
    const shooting = byRules(
      "Vancouver police identified the victim of the Friday night shooting at the warehouse.",
    ).find((e) => e.type === "ASSAULT");
    assert.notEqual(shooting?.actor?.text, "Vancouver police");
  });
  it("one who has an arrest was arrested; what sparked riots did not riot", () => {
    const arrest = byRules(
      "Andrew Lopez had a previous arrest for brandishing a loaded gun in Brooklyn.",
    ).find((e) => e.type === "COERCE");
    assert.deepEqual([arrest?.actor?.text, arrest?.recipient?.text], [undefined, "Andrew Lopez"]);
    const riots = byRules(
      "A police officer in Athens was charged over the killing of a teenager that sparked nationwide riots.",
    ).find((e) => e.type === "PROTEST");
    assert.notEqual(riots?.actor?.text, "teenager");
  });
  it("a 'he' after 'where' is the person named before", () => {
    const kidnap = code(
      [
        "Brian Nichols escaped from the courthouse in Atlanta.",
        "He later made it to Gwinnett County where he kidnapped a woman.",
      ],
      "2024-05-10",
      { refiners: ruleRefiners },
    ).find((e) => e.type === "ASSAULT");
    assert.equal(kidnap?.actor?.text, "Brian Nichols");
  });
  it("a grenade, a petrol bomb or stones thrown are an attack; a case thrown out is not", () => {
    const passive = byRules("A concert in Tijuana was called off after a grenade was thrown by gunmen.").find(
      (e) => e.type === "ASSAULT",
    );
    assert.equal(passive?.actor?.text, "gunmen");
    assert.ok(
      byRules("Youths in Belfast threw petrol bombs at police on Monday.").some((e) => e.type === "ASSAULT"),
    );
    assert.deepEqual(typesOf(byRules("The judge in Belfast threw out the case on Monday.")), []);
  });
  it("who describes a shooting did not shoot", () => {
    const shooting = byRules("Two girls in Norwalk described the shooting for the jury on Monday.").find(
      (e) => e.type === "ASSAULT",
    );
    assert.notEqual(shooting?.actor?.text, "girls");
  });
  it("imposing one's will is no restriction; imposing a curfew is", () => {
    assert.deepEqual(
      typesOf(
        byRules("The minister in Hanoi said China uses coercion to impose its will in the region."),
      ).filter((t) => t.startsWith("COERCE")),
      [],
    );
    assert.ok(byRules("The army in Kano imposed a curfew on Monday.").some((e) => e.type === "COERCE"));
  });
  it("two acts of one sentence by different named parties stay two events", () => {
    const es = byRules(
      "Later, about 100 youths hurled petrol bombs at a police station in Athens, where the officer who shot the boy was based.",
    ).filter((e) => e.type === "ASSAULT");
    assert.deepEqual(es.map((e) => e.actor?.text).sort(), ["officer", "youths"]);
  });
  it("an event noun that modifies an offer or a request names no event; a police station is no force", () => {
    for (const sentence of [
      "The rejection of NATO's grant offer eased the French quest for leadership in North Africa.",
      "The lawyer in Arlington presented the company's permit request to the council on Monday.",
    ])
      assert.deepEqual(
        typesOf(byRules(sentence)).filter((t) => t.startsWith("AID") || t.startsWith("CONCEDE")),
        [],
        sentence,
      );
    assert.deepEqual(
      typesOf(byRules("Migrants on Samos are sent to the local police station every week.")).filter((t) =>
        t.startsWith("MOBILIZE"),
      ),
      [],
    );
  });
  it("a compound the lexicon lists as a noun is nominal whatever its first word's tag: tear gas fired on Monday was fired", () => {
    const es = byRules("Riot police in Lagos fired tear gas on Monday.");
    assert.ok(es.length > 0);
    assert.ok(
      es.every((e) => e.modality !== "planned"),
      JSON.stringify(es.map((e) => e.modality)),
    );
  });
  it("what one urges, pushes for or works toward has not happened; life support and a sentence imposed are no support and no restriction", () => {
    for (const [sentence, type] of [
      ["Hardline clerics in Riyadh urge a TV ban on women.", "COERCE"],
      ["Diplomats in Tbilisi are pushing urgent peace talks between the two sides.", "CONSULT"],
      ["The fund in Kuala Lumpur is working to seize $1 billion of assets.", "COERCE"],
      ["Hege was taken off life support in Oakland on Tuesday.", "SUPPORT"],
      ["The county attorney in Platte said the sentence imposed on McMahon was fair.", "COERCE"],
    ] as const)
      assert.deepEqual(
        typesOf(byRules(sentence)).filter((t) => t.startsWith(type)),
        [],
        sentence,
      );
    // Only an effort under way: who worked with the FBI to investigate did investigate.
    assert.ok(
      byRules(
        "The office referred the call to U.S. Capitol Police, who worked with the FBI to investigate.",
      ).some((e) => e.type === "ACCUSE"),
    );
  });
  it("what a verb deploys is a force: a wall system deployed is no mobilisation, even near soldiers", () => {
    assert.deepEqual(
      typesOf(
        byRules(
          "Fargo sped up the work by deploying a portable wall system that is used to protect soldiers in Iraq.",
        ),
      ),
      [],
    );
    for (const sentence of [
      "The army deployed a battalion to Goma.",
      "The navy deployed two frigates to the Gulf.",
      "Britain mobilized army reservists for a possible war against Iraq on Tuesday.",
    ])
      assert.ok(
        byRules(sentence).some((e) => e.type === "MOBILIZE"),
        sentence,
      );
  });
  it("a 'she' far from the person she stands for is that person only when no other person is named between", () => {
    const story = (between: string) =>
      code(
        [
          "Taylor Swift said on Thursday that the label in Nashville had blocked her plans.",
          between,
          "The catalogue includes six albums.",
          "Fans have followed the fight closely.",
          "She also accused Big Machine of holding back permission to use her music.",
        ],
        "2024-05-10",
        { refiners: ruleRefiners },
      ).find((e) => e.type === "ACCUSE")?.actor?.text;
    assert.equal(story("The dispute has lasted for months."), "Taylor Swift");
    assert.notEqual(story("Scott Borchetta, who runs the label, declined to comment."), "Taylor Swift");
  });
  it("after 'of' a House is a chamber whose members act, not a building where they are", () => {
    const meet = byRules(
      "The leaders of the House and Senate said Thursday they will meet in Washington next week.",
    )[0];
    assert.deepEqual([meet?.actor?.text, meet?.recipient?.text], ["House", "Senate"]);
  });
  it("a meeting set or scheduled for a day is planned; a participle opening a gerund's object names no event", () => {
    for (const sentence of [
      "The board in McPherson tentatively set a special meeting for 11 a.m. Friday at the high school.",
      "The two sides in Geneva scheduled talks for next week.",
    ]) {
      const [e] = byRules(sentence);
      assert.equal(e?.modality, "planned", sentence);
    }
    assert.deepEqual(
      typesOf(byRules("Their lies create obstacles in the path of reaching negotiated solutions in Syria.")),
      [],
    );
  });
  it("a killing and a rape told in two sentences stay two events", () => {
    const es = code(
      [
        "DNA evidence linked the gunman to the rape of a 12-year-old girl in Oakland in February.",
        "The two officers who were killed at the apartment were Sgt. Ervin Lopes and Sgt. Dan Sato.",
      ],
      "2024-05-10",
      { refiners: ruleRefiners },
    );
    const killed = es.find((e) => e.evidence.trigger.text === "killed");
    assert.ok(killed);
    assert.notEqual(killed.mode, "sexual");
  });
  it("a hyphenated name's lower-case part is the name's; the other side of a meeting in a fronted phrase is the main clause's subject", () => {
    const es = byRules(
      "In a meeting with the Chinese diplomat Yang Jiechi last week, South Korean President Moon Jae-in said China was partly responsible for the smog and called for Beijing's help.",
    );
    const meeting = es.find((e) => e.type === "CONSULT");
    assert.match(meeting?.actor?.text ?? "", /Moon Jae-in/);
    const request = es.find((e) => e.type === "REQUEST");
    assert.match(request?.actor?.text ?? "", /Moon Jae-in/);
  });
  it("an '-ing' verb right after a noun of people has that noun as subject", () => {
    const rally = byRules("The Latest on teachers rallying for higher pay in Oklahoma City.")[0];
    assert.equal(rally?.actor?.text, "teachers");
  });
  it("a town's name before an '-ing' noun modifies it: the Tucson shooting has no actor named Tucson", () => {
    const shooting = byRules("Police said the Tucson shooting left six people dead.").find(
      (e) => e.type === "ASSAULT",
    );
    assert.ok(shooting);
    assert.notEqual(shooting.actor?.text, "Tucson");
  });
  it("support for an occasion, by its sponsors or for a signed Act is no political support; a protest worded after is a statement", () => {
    for (const sentence of [
      "In 2017 the unit in Seattle supported the Presidential Inauguration and the Governor's Inaugural Ball.",
      "Future Technology Week in Dubai is supported by Dubai Police and Smart Dubai.",
      "Since President Barack Obama signed the Act, the list has been narrowed, the mayor of Alexandria said.",
    ])
      assert.deepEqual(
        typesOf(byRules(sentence)).filter((t) => t.startsWith("SUPPORT")),
        [],
        sentence,
      );
    assert.ok(
      byRules("The party in Lagos supported the governor's re-election bid.").some(
        (e) => e.type === "SUPPORT",
      ),
    );
    const worded = byRules(
      "Health care providers in Texas have protested longer detention periods for migrants, warning that children would face risks.",
    );
    assert.deepEqual(typesOf(worded), ["ACCUSE/disapprove"]);
  });
  it("a complaints office names no complaint, an impact fee imposed no restriction, and an aside between dashes stands between a subject and its verb", () => {
    assert.deepEqual(
      typesOf(
        byRules("Li has visited the complaints office of the Supreme People's Court in Beijing weekly."),
      ).filter((t) => t.startsWith("ACCUSE")),
      [],
    );
    assert.deepEqual(
      typesOf(
        byRules(
          "To cope with growth costs, the township near Cincinnati imposed an impact fee on new development.",
        ),
      ),
      [],
    );
    const criticized = byRules(
      "Members of a neighborhood group called North Side United -- which has been trying to negotiate an agreement -- criticized the city agency in Oildale.",
    ).find((e) => e.type === "ACCUSE");
    assert.ok(criticized?.actor, "the aside's subject acts");
  });
  it("what someone is to do is arranged, not done: 'is to make an official visit'", () => {
    for (const sentence of [
      "Peres is to make an official visit to Prague.",
      "The envoy is to meet rebel leaders in Goma.",
    ]) {
      const [e] = byRules(sentence);
      assert.equal(e?.modality, "planned", sentence);
    }
  });
});

describe("legislators' party labels and bracketed asides", () => {
  it("a party and district label names whom a legislator represents, not the act's place or actor", () => {
    const [asking] = byRules(
      "State Sen. Tony Strickland, R-Moorpark, is launching a new group in Sacramento, asking donors for money.",
    ).filter((e) => e.type === "REQUEST");
    assert.equal(asking?.actor?.text, "State Sen. Tony Strickland");
    const [urged] = byRules(
      "Sen. Ann Ross, D-Fresno, on Tuesday urged the state agency to release the records.",
    ).filter((e) => e.type === "REQUEST");
    assert.notEqual(urged?.place?.name, "Fresno");
  });
  it("a bracketed aside stands between a subject and its verb: 'Rep. Jane Doe (D-Calif.) demanded'", () => {
    const [demanded] = byRules(
      "Rep. Jane Doe (D-Calif.) demanded the resignation of the agency chief on Tuesday.",
    );
    assert.equal(demanded?.type, "REQUEST");
    assert.equal(demanded?.actor?.text, "Rep. Jane Doe");
  });
});

describe("support that is aid, views accepted, polls and preventions", () => {
  it("support that flies, fights or pays is aid: 'gave air support to the militias'", () => {
    assert.deepEqual(typesOf(byRules("The US gave air support to a coalition of militias near Sirte.")), [
      "AID",
    ]);
    assert.deepEqual(typesOf(byRules("Germany gave financial support to the farmers of Kenya.")), ["AID"]);
    assert.deepEqual(typesOf(byRules("The party gave political support to the governor in Lagos.")), [
      "SUPPORT",
    ]);
  });
  it("a view accepted is a belief shared, no agreement: 'accepted Britain's view that'", () => {
    assert.deepEqual(
      typesOf(
        byRules("Allies in Europe accepted Britain's view that the Russian government was responsible."),
      ),
      [],
    );
    assert.deepEqual(typesOf(byRules("Iran accepted the proposal to resume talks in Vienna.")), ["AGREE"]);
  });
  it("what a share of a population thinks is a poll's finding: '70% of youth oppose violence'", () => {
    assert.deepEqual(
      typesOf(byRules("About 70% of young voters in Ruritania oppose the new constitution.")),
      [],
    );
    assert.deepEqual(
      typesOf(byRules("Some 62 percent of Americans support the deal, the survey found.")),
      [],
    );
    assert.deepEqual(typesOf(byRules("The opposition party opposes the new constitution of Ruritania.")), [
      "REJECT",
    ]);
  });
  it("'from' that opens no '-ing' act makes no prevention: 'violence that might come from many sources'", () => {
    assert.deepEqual(
      typesOf(
        byRules(
          "The operation in Tbilisi sought to prevent any violence, which might come from many different sources.",
        ),
      ).filter((t) => t.startsWith("COERCE")),
      [],
    );
    assert.deepEqual(typesOf(byRules("Police prevented the protesters from entering the square in Minsk.")), [
      "COERCE/restrict",
    ]);
  });
});

describe("a state opening the name of a stretch of land within it", () => {
  it("is the scene's wider place: 'captured in the Nebraska Sandhills'", () => {
    const [captured] = byRules(
      "Three escaped Indiana inmates were captured in the Nebraska Sandhills on Thursday.",
    );
    assert.equal(captured?.place?.name, "Nebraska");
  });
});

describe("a dateline is read as the geoparser reads it in its document", () => {
  it("'WASHINGTON (AP) —' is the capital, not the state", () => {
    const [arrest] = code(
      ["WASHINGTON (AP) — Federal agents arrested two men on Monday, officials said."],
      "2024-05-10",
      {
        refiners: ruleRefiners,
      },
    );
    assert.equal(arrest?.place?.name, "Washington");
    assert.equal(arrest?.place?.precision, "city");
  });
});

describe("a country's name before a common noun qualifies it", () => {
  it("names no scene: 'after years of job losses from China trade, the group applauded'", () => {
    const events = code(
      [
        "The steel union met in Ohio on Monday. After years of job losses from China trade, the group applauded the new tariffs.",
      ],
      "2024-05-10",
      { refiners: ruleRefiners },
    );
    const applauded = events.find((e) => e.type === "SUPPORT");
    assert.equal(applauded?.place?.name, "Ohio");
  });
});

describe("subjects past labels and participles", () => {
  it("a subject list ends before its party label: 'Sen. Tony Strickland, R-Moorpark, along with …, are launching …, asking'", () => {
    const asking = byRules(
      "Publisher Steve Frank and state Sen. Tony Strickland, R-Moorpark, along with a few radio hosts, are launching a new group in Sacramento, asking donors for money.",
    ).find((e) => e.type === "REQUEST");
    assert.match(asking?.actor?.text ?? "", /Strickland$/);
  });
  it("personnel are people: 'Twenty-three personnel surrendered'", () => {
    assert.deepEqual(
      byRules(
        '"Twenty-three personnel (12 Somali and 11 Yemeni) surrendered on boarding," the navy said.',
      ).map((e) => e.actor?.text),
      ["personnel"],
    );
  });
});

describe("first names, courts, parts formed and acts joined", () => {
  it("a capitalised word before a middle initial and a surname is a first name: 'Grant W. Graham'", () => {
    assert.deepEqual(
      typesOf(
        byRules(
          "Grant W. Graham, 27, of the 1000 block of Elm Street, was stopped by store employees on Sunday.",
        ),
      ),
      [],
    );
  });
  it("a court named in the event's own sentence is its court", () => {
    const events = code(
      [
        "The mother in the Cass County case pleaded not guilty on Monday in Cass County Circuit Court. Separately, Issac Fisher, 26, of Kansas City, Kan., was charged Monday in Wyandotte County District Court with aggravated battery.",
      ],
      "2024-05-10",
      { refiners: ruleRefiners },
    );
    const charged = events.find((e) => e.evidence.trigger.text === "charged");
    assert.equal(charged?.place?.name, "Wyandotte County");
  });
  it("a part formed is no body formed: 'militias that formed the backbone of the operation'", () => {
    assert.deepEqual(
      typesOf(byRules("A coalition of militias from Misrata formed the backbone of the operation.")),
      [],
    );
    assert.deepEqual(typesOf(byRules("Rebels formed a new militia in the north of Mali.")), [
      "MOBILIZE/militia",
    ]);
  });
  it("'joined X in calling for' has the joiner's subject", () => {
    const [calling] = byRules(
      "Two senators from New Mexico have joined fellow Democrats in calling for the chief of the agency to resign.",
    ).filter((e) => e.type === "REQUEST");
    assert.equal(calling?.actor?.text, "senators");
  });
});

describe("a country's embassy is abroad", () => {
  it("'a grenade at the U.S. embassy here' happened at the dateline, not in the United States", () => {
    const [hurled] = code(
      [
        "NAIROBI, Kenya (AP) — The man who hurled a grenade at security guards at the U.S. embassy here was identified on Thursday.",
      ],
      "2024-05-10",
      { refiners: ruleRefiners },
    );
    assert.equal(hurled?.place?.name, "Nairobi");
  });
});

describe("a dateline's city against its document's context", () => {
  it("'HAVANA (AP) —' stays Cuba's capital in a story about Miami", () => {
    const [demanded] = code(
      [
        "HAVANA (AP) — Officials demanded on Monday that the boy be returned to his father. The boy has lived with relatives in Miami, Florida, since November, and lawyers in Florida and Washington have fought over his custody in the United States.",
      ],
      "2024-05-10",
      { refiners: ruleRefiners },
    );
    assert.equal(demanded?.place?.name, "Havana");
    assert.equal(demanded?.place?.country, "CUB");
  });
});

describe("warnings of hazards and places outside of towns", () => {
  it("an alert about a hazard threatens no one: 'warning residents of the fire'", () => {
    assert.deepEqual(
      typesOf(
        byRules("The officers entered the building in Lansing to start warning residents of the fire."),
      ),
      [],
    );
    assert.deepEqual(typesOf(byRules("Iran warned of severe retaliation if Israel attacked.")), ["THREATEN"]);
  });
  it("'outside of the city of Saida' places the event as 'outside the city of' does", () => {
    const [killed] = byRules(
      "Two men were killed on Saturday as rival families in Lebanon battled in a refugee camp outside of the southern coastal city of Saida.",
    );
    assert.equal(killed?.place?.name, "Sidon");
  });
});

describe("violence as a kind, a prospect or a stance, and documents signed", () => {
  it("'domestic violence services', 'fears of violence', 'causing violence' tell no violence", () => {
    for (const sentence of [
      "The center in Oslo offers domestic violence services.",
      "Police were brought in amid fears of violence in Karachi.",
      "The men tried to buy weapons with the intent of causing violence in Tbilisi.",
    ])
      assert.deepEqual(
        typesOf(byRules(sentence)).filter((t) => t.startsWith("ASSAULT")),
        [],
        sentence,
      );
    assert.deepEqual(typesOf(byRules("Violence flared in Kidal last weekend, leaving six dead.")), [
      "ASSAULT",
    ]);
  });
  it("a proclamation, a declaration or a petition signed is no support given", () => {
    for (const sentence of [
      "Earlier Saturday, Governor Sebelius signed a declaration of disaster emergency for 62 counties.",
      "Thirty-three legislators in Colombo signed a petition after the vote.",
    ])
      assert.deepEqual(
        typesOf(byRules(sentence)).filter((t) => t === "SUPPORT"),
        [],
        sentence,
      );
  });
});

describe("places of the one an act befell, filings' aims, standing rules and parties that break away", () => {
  it("a relative clause before a passive verb describes its subject: 'who has asylum in France, was sentenced in Georgia'", () => {
    const [sentenced] = byRules(
      "Okruashvili, who has received political asylum in France, was sentenced to an 11-year prison term in Georgia last year.",
    ).filter((e) => e.type === "SANCTION");
    assert.equal(sentenced?.place?.name, "Georgia");
  });
  it("what a filing asks is its aim: 'filed a motion to prohibit cameras'", () => {
    assert.deepEqual(
      typesOf(
        byRules(
          "Attorneys for the mother in Cass County also filed a motion to prohibit cameras in the courtroom.",
        ),
      ),
      [],
    );
  });
  it("a rule in the present tense states what holds: 'county policy prohibits employees from using'", () => {
    assert.deepEqual(
      typesOf(
        byRules("County policy in Hamilton prohibits employees from using cell phones for personal use."),
      ),
      [],
    );
    assert.deepEqual(typesOf(byRules("Police in Minsk prevented the protesters from entering the square.")), [
      "COERCE/restrict",
    ]);
  });
  it("one who breaks off from a group cuts no ties", () => {
    assert.deepEqual(
      typesOf(byRules("The trio broke off from the group in Svaneti to explore the mountain.")),
      [],
    );
    assert.deepEqual(typesOf(byRules("Georgia broke off diplomatic relations with Russia.")), [
      "SANCTION/discontinue",
    ]);
  });
  it("'believe violence is a tool' tells no violence", () => {
    assert.deepEqual(
      typesOf(byRules("Only 8 percent believe violence is an important tool, the study in Gaza found.")),
      [],
    );
  });
});

describe("a kind of violence told with its target or agent, and measures used", () => {
  it("'sexual violence against Rohingya women by the military' is told as done", () => {
    assert.deepEqual(
      typesOf(
        byRules(
          "Sexual violence against Rohingya women by Myanmar's military has left many with severe injuries.",
        ),
      ).filter((t) => t.startsWith("ASSAULT")).length,
      1,
    );
  });
  it("'measures to disperse crowds' were used, not only aimed at", () => {
    const events = byRules(
      "Police in Tampa used smoke grenades and other measures to disperse crowds on Tuesday.",
    );
    assert.ok(
      events.some(
        (e) => e.evidence.trigger.text === "disperse" || e.also.some((a) => a.trigger.text === "disperse"),
      ),
    );
  });
});

describe("after the fifth audit: own declarations, relative clauses without 'that', visits' destinations", () => {
  it("'the Ministry of Defence must confirm that …' demands nothing", () => {
    const events = byRules(
      'A spokesman said today: "It is with great sadness that the Ministry of Defence must confirm that Sergeant Tom Hale was killed in action in Helmand."',
    );
    assert.deepEqual(typesOf(events), ["ASSAULT"]);
  });
  it("'a statement he signed yesterday' is no support given", () => {
    assert.deepEqual(
      typesOf(
        byRules(
          "Frank, who was reacting in a statement he signed yesterday in Abuja, faulted the party spokesman.",
        ),
      ).filter((t) => t === "SUPPORT"),
      [],
    );
  });
  it("a visit is placed where the visitor went, whatever the dateline", () => {
    const events = code(
      [
        "WASHINGTON (AP) — President Trump will host the crown prince on Tuesday.",
        "During Trump's visit to Riyadh last year, the two nations announced an arms sale.",
      ],
      "2024-05-10",
      { refiners: ruleRefiners },
    );
    const visit = events.find((e) => e.evidence.trigger.text === "visit");
    assert.equal(visit?.place?.name, "Riyadh");
  });
});

describe("verbs joined after a modal", () => {
  it("'Russia will close the consulate and expel foreign diplomats': Russia expels", () => {
    const expel = byRules(
      "Russia will close the US consulate in St. Petersburg and expel foreign diplomats.",
    ).find((e) => e.evidence.trigger.text === "expel");
    assert.equal(expel?.actor?.text, "Russia");
  });
});

describe("things released under a request", () => {
  it("'police records released under a Freedom of Information Act request' free no one", () => {
    assert.deepEqual(
      typesOf(
        byRules(
          "It was one of seven wrecks involving the unit since 2005, according to police records released under a Virginia Freedom of Information Act request.",
        ),
      ).filter((t) => t.startsWith("RETREAT")),
      [],
    );
    assert.ok(
      typesOf(byRules("Two hostages released by the rebels in Mali arrived in Bamako on Monday.")).includes(
        "RETREAT/release",
      ),
    );
  });
});

describe("requests in a free relative", () => {
  it("'will do anything you ask him to' asks nothing", () => {
    assert.deepEqual(
      typesOf(
        byRules(
          "Ambassador Sondland replied that President Zelensky in Kyiv will do anything you ask him to.",
        ),
      ).filter((t) => t === "REQUEST"),
      [],
    );
    assert.deepEqual(typesOf(byRules("The mayor of Lviv asked them to leave.")), ["REQUEST"]);
  });
});

describe("two clauses joined by ', and'", () => {
  it("'tantamount to indictment, and the US lawyers are demanding': the lawyers demand", () => {
    const [demanding] = byRules(
      "His interview on state-owned television is tantamount to self-indictment, and the US lawyers are demanding that the FBI summon him.",
    ).filter((e) => e.type === "REQUEST");
    assert.equal(demanding?.actor?.text, "US lawyers");
  });
});

describe("an infinitive after a verb of intention has that verb's doer", () => {
  it("'Hardliners who insulted the president, threatened to bomb the dam': not the president's threat", () => {
    const events = byRules(
      "Hardliners who insulted the Egyptian president, threatened to bomb the Aswan dam.",
    );
    assert.deepEqual(
      events.filter((e) => e.type === "THREATEN" && e.actor?.text === "Egyptian president"),
      [],
    );
  });
});
