import type { Doc } from "../../nlp/types.ts";
import { agentKind } from "../actors.ts";
import type { Candidate, Refiner } from "../types.ts";
import {
  ACTOR_NOUNS,
  BELIEF_OBJECTS,
  DEGREE_WORDS,
  ECONOMIC_DEMAND_CUES,
  FORMED_PARTS,
  FREE_RELATIVES,
  SENSE_MODIFIERS,
} from "../words.ts";

/**
 * Two senses of event words that are no event in any domain: a noun whose modifier makes it a
 * medical or everyday thing ("died of a heart attack", "suffered a panic attack", "a hunger strike"
 * stays: hunger is no such modifier), and a participle used as an adjective after a word of degree
 * ("as demanding as", "a very threatening tone", "more striking"). And shots fired into the air
 * ("the men fired weapons into the air as the women danced"): celebration or warning, no attack.
 * And the economists' demand: "to meet the growing demand for security products" asks nothing of anyone.
 * And first aid ("officers gave her first aid"): care at the scene, no aid between parties.
 * And a view accepted ("accepted Britain's view that Russia was responsible"): a belief shared, no
 * agreement made. And a part formed ("militias that formed the backbone of the operation"). And
 * one who breaks off from a group ("the trio broke off from the group"): no ties cut. And a request
 * in a free relative ("anything you ask him to"): none made.
 */
export const dropWordSenses: Refiner = {
  name: "drop-word-senses",
  refine: (candidates, { doc }) =>
    candidates.filter((c) => {
      const before = doc.tokens[c.trigger.firstToken - 1];
      if (!before || before.sentence !== c.trigger.sentence) return true;
      if (c.trigger.nominal && SENSE_MODIFIERS.has(before.norm)) return false;
      // "gave her first aid": medical care at the scene, no aid from one party to another.
      if (
        c.trigger.type === "AID" &&
        before.norm === "first" &&
        doc.tokens[c.trigger.firstToken].norm === "aid"
      )
        return false;
      if (firedInTheAir(doc, c.trigger)) return false;
      if (acceptedView(doc, c.trigger)) return false;
      if (formedPart(doc, c.trigger)) return false;
      // "He will do anything you ask him to", "whatever they demand": a request in a free relative
      // is any request that might come, none that was made.
      if (
        c.trigger.type === "REQUEST" &&
        !c.trigger.nominal &&
        before.pos === "PRON" &&
        FREE_RELATIVES.has(doc.tokens[c.trigger.firstToken - 2]?.norm ?? "")
      )
        return false;
      // "The trio broke off from the group to explore the mountain": a party leaves, no ties are cut.
      if (
        doc.tokens[c.trigger.firstToken].lemma.toLowerCase() === "break" &&
        doc.tokens[c.trigger.lastToken].norm === "off" &&
        doc.tokens[c.trigger.lastToken + 1]?.norm === "from"
      )
        return false;
      if (economicDemand(doc, c.trigger)) return false;
      return !(/ing$/.test(doc.tokens[c.trigger.firstToken].norm) && DEGREE_WORDS.has(before.norm));
    }),
};

/** How many words may stand between "accepted" and the view's noun ("accepted the British government's view"). */
const VIEW_WINDOW = 5;

/** "accepted Britain's view that", "accepted the panel's findings": the object of "accept" is a belief. */
function acceptedView(doc: Doc, t: Candidate["trigger"]): boolean {
  if (t.type !== "AGREE" || t.nominal || doc.tokens[t.firstToken].lemma.toLowerCase() !== "accept")
    return false;
  const end = Math.min(doc.sentences[t.sentence].tokenEnd, t.lastToken + 1 + VIEW_WINDOW);
  for (let k = t.lastToken + 1; k < end; k++) {
    const w = doc.tokens[k];
    if (BELIEF_OBJECTS.has(w.norm)) return true;
    if (!["DET", "ADJ", "PROPN", "PART"].includes(w.pos) && w.text !== "'s" && w.text !== "’s") return false;
  }
  return false;
}

/** "militias that formed the backbone of the operation": a part of a whole, no body formed. */
function formedPart(doc: Doc, t: Candidate["trigger"]): boolean {
  if (t.nominal || doc.tokens[t.firstToken].lemma.toLowerCase() !== "form") return false;
  let k = t.lastToken + 1;
  while (doc.tokens[k]?.pos === "DET" || doc.tokens[k]?.pos === "ADJ") k++;
  return FORMED_PARTS.has(doc.tokens[k]?.norm ?? "");
}

/** How far after "fired" or "shot" its "into the air" may stand ("fired their weapons into the air"). */
const AIR_WINDOW = 5;

function firedInTheAir(doc: Doc, t: Candidate["trigger"]): boolean {
  const lemma = doc.tokens[t.firstToken].lemma.toLowerCase();
  if (t.type !== "ASSAULT" || (lemma !== "fire" && lemma !== "shoot")) return false;
  const end = Math.min(doc.sentences[t.sentence].tokenEnd, t.lastToken + 1 + AIR_WINDOW);
  for (let k = t.lastToken + 1; k + 2 < end + 2 && k < end; k++) {
    const w = doc.tokens[k];
    if (w.text === "," || w.text === ";") return false;
    if (
      (w.norm === "into" || w.norm === "in") &&
      doc.tokens[k + 1]?.norm === "the" &&
      doc.tokens[k + 2]?.norm === "air"
    )
      return true;
  }
  return false;
}

/** "the growing demand for blockchain solutions", "to meet demand": market demand, no request. */
function economicDemand(doc: Doc, t: Candidate["trigger"]): boolean {
  if (!t.nominal || doc.tokens[t.firstToken].lemma.toLowerCase() !== "demand") return false;
  for (let k = t.firstToken - 1; k >= Math.max(0, t.firstToken - 3); k--) {
    const w = doc.tokens[k];
    if (w.sentence !== t.sentence) return false;
    if (ECONOMIC_DEMAND_CUES.has(w.norm) || ECONOMIC_DEMAND_CUES.has(w.lemma.toLowerCase())) return true;
    // "Indian rubber demand", "oil demand": a goods noun, not a party, before "demand".
    if (
      w.pos === "NOUN" &&
      k === t.firstToken - 1 &&
      agentKind(w.norm) === undefined &&
      !ACTOR_NOUNS.has(w.lemma.toLowerCase())
    )
      return true;
    if (w.pos !== "DET" && w.pos !== "ADJ") return false;
  }
  return false;
}
