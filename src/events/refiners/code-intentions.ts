import type { Doc } from "../../nlp/types.ts";
import { TRIGGER_RULES } from "../lexicon.ts";
import type { Trigger } from "../triggers.ts";
import { type Candidate, COOPERATIVE, type Refiner } from "../types.ts";
import { lightVerbBefore } from "../verb-forms.ts";
import { CONDITIONAL_CUES, CONDITIONAL_MODALS, DOCUMENT_HEADS, INTENT_CUES } from "../words.ts";

/** How far before a verb its intention cue may stand ("is ready to send"). */
const INTENT_WINDOW = 4;

/**
 * PLOVER codes intentions by their direction: a promise of future cooperation is AGREE, a stated
 * intention of future conflict is THREATEN, and so is a cooperative act offered on a condition
 * ("will withdraw … unless"). The intended act is kept in `intended`. An accusation or inquiry
 * announced ("will investigate", "decided to reopen the investigation") threatens nothing: it stays
 * ACCUSE, planned.
 */
export const codeIntentions: Refiner = {
  name: "code-intentions",
  refine(candidates, { doc }) {
    for (const c of candidates) {
      if (
        c.trigger.type === "AGREE" ||
        c.trigger.type === "THREATEN" ||
        c.trigger.type === "REQUEST" ||
        c.trigger.type === "REJECT"
      )
        continue;
      // "would have withdrawn": a past that did not come about is no intention (modality.ts made it hypothetical).
      if (c.modality === "hypothetical" && doc.tokens[c.trigger.firstToken - 1]?.norm === "have") continue;
      const from = predicateStart(doc, c.trigger);
      if (!hasIntentCue(doc, c.trigger, from)) continue;
      // "may also have intended to shoot another one": a guess at someone's intent, no intention stated.
      if (speculatedIntent(doc, c.trigger, from)) {
        c.modality = "hypothetical";
        continue;
      }
      // "the Act … would impose sanctions": what a bill or a deal would do is no party's intention.
      if (documentSubject(doc, c.trigger, from)) {
        c.modality = "hypothetical";
        continue;
      }
      // "decided to reopen the investigation", "will sue": a verbal dispute announced is no threat of force.
      if (c.trigger.type === "ACCUSE") {
        c.modality = "planned";
        continue;
      }
      // "will withdraw … unless": a condition turns even a cooperative act into a threat.
      const cooperative = COOPERATIVE.has(c.trigger.type) && !hasConditional(doc, c.trigger);
      c.intended = c.trigger.type;
      c.trigger.type = cooperative ? "AGREE" : "THREATEN";
      c.trigger.mode = undefined;
    }
    // "stands ready to support the talks", "is ready to send troops": when the act after "ready to"
    // is coded itself (AGREE or THREATEN by the rule above), the word "ready" is no second event.
    // The act inherits who is ready when its own subject was not found.
    return candidates.filter((c) => {
      const act = infinitiveOf(doc, c, candidates);
      if (act && !act.actor && c.actor) act.actor = c.actor;
      return !act;
    });
  },
};

/** The adjectives the lexicon codes as AGREE before "to" ("ready to", "willing to", "prepared to"). */
const INTENT_ADJECTIVES: ReadonlySet<string> = new Set(
  TRIGGER_RULES.filter((r) => r.pos === "a" && r.condition === "intent" && r.type === "AGREE").map(
    (r) => r.words[0],
  ),
);

/** How far after "ready to" the intended act's trigger may stand ("ready to immediately send"). */
const INFINITIVE_WINDOW = 3;

/** For "ready to", "willing to": the coded act after "to", if there is one. */
function infinitiveOf(doc: Doc, c: Candidate, candidates: Candidate[]): Candidate | undefined {
  const t = c.trigger;
  if (c.trigger.type !== "AGREE" || !INTENT_ADJECTIVES.has(doc.tokens[t.firstToken].norm)) return undefined;
  if (doc.tokens[t.lastToken + 1]?.norm !== "to") return undefined;
  return candidates.find(
    (o) =>
      o !== c &&
      o.trigger.sentence === t.sentence &&
      o.trigger.firstToken > t.lastToken + 1 &&
      o.trigger.firstToken <= t.lastToken + 1 + INFINITIVE_WINDOW,
  );
}

/**
 * "And the Human Rights and Democracy Act, under consideration by the Senate, would impose
 * sanctions", "the bill would allow": the clause's subject is a text (DOCUMENT_HEADS), met walking
 * back from the trigger before any full verb.
 */
function documentSubject(doc: Doc, t: Trigger, from: number): boolean {
  const s = doc.sentences[t.sentence];
  for (let k = from - 1; k >= s.tokenStart; k--) {
    const tok = doc.tokens[k];
    // A capitalised head ends a title the tagger may misread ("… Democracy Act" tagged as a verb).
    const named = /^[A-Z]/.test(tok.text) && /^[A-Z]/.test(doc.tokens[k - 1]?.text ?? "");
    if ((tok.pos === "NOUN" || tok.pos === "PROPN" || named) && DOCUMENT_HEADS.has(tok.norm)) return true;
    if (tok.pos === "VERB") return false;
  }
  return false;
}

function hasConditional(doc: Doc, t: Trigger): boolean {
  const s = doc.sentences[t.sentence];
  return doc.tokens.slice(s.tokenStart, s.tokenEnd).some((tok) => CONDITIONAL_CUES.has(tok.norm));
}

/**
 * Where the trigger's predicate starts: the verb itself, or for "will extend the night-time curfew"
 * and "would impose economic sanctions" the verb that governs the noun. Cues and subjects stand before it.
 */
function predicateStart(doc: Doc, t: Trigger): number {
  const light = t.nominal ? lightVerbBefore(doc.tokens, t.firstToken) : -1;
  return light >= 0 ? light : t.firstToken;
}

/** Words that make an intention a guess: "may have intended", "might plan", "possibly intended". */
const SPECULATION = new Set(["may", "might", "could", "possibly", "perhaps", "apparently"]);

/** The intention cue before the trigger has a word of speculation just before it. */
function speculatedIntent(doc: Doc, t: Trigger, from: number): boolean {
  const s = doc.sentences[t.sentence];
  for (let k = from - 1; k >= Math.max(s.tokenStart, from - INTENT_WINDOW); k--) {
    if (!INTENT_CUES.has(doc.tokens[k].norm)) continue;
    for (let j = k - 1; j >= Math.max(s.tokenStart, k - 3); j--)
      if (SPECULATION.has(doc.tokens[j].norm)) return true;
    return false;
  }
  return false;
}

function hasIntentCue(doc: Doc, t: Trigger, from: number): boolean {
  const s = doc.sentences[t.sentence];
  const conditional = doc.tokens
    .slice(s.tokenStart, s.tokenEnd)
    .some((x) => x.norm === "if" || x.norm === "unless");
  for (let k = from - 1; k >= Math.max(s.tokenStart, from - INTENT_WINDOW); k--) {
    const tok = doc.tokens[k];
    if (tok.text === "," || tok.text === ";") return false;
    // "its long-threatened invasion": a cue inside a compound adjective states no intention.
    if (doc.tokens[k - 1]?.text === "-") continue;
    if (INTENT_CUES.has(tok.norm)) return true;
    // "may halt mediation if …": a possibility tied to a condition is a warning.
    if (conditional && CONDITIONAL_MODALS.has(tok.norm)) return true;
    // "offered to release soldiers captured in the war": a cue before another verb and that verb's
    // object governs that verb ("will begin withdrawing", "may move to seize" pass on to the trigger).
    if (tok.pos === "VERB" && !auxiliaryForm(doc, k) && k + 1 !== from && doc.tokens[k + 1]?.norm !== "to")
      return false;
  }
  return false;
}

/** "to have sent", "has been sent": a verb form that is part of the trigger's own verb group. */
function auxiliaryForm(doc: Doc, k: number): boolean {
  return ["have", "has", "had", "be", "been", "being"].includes(doc.tokens[k].norm);
}
