import type { Doc } from "../../nlp/types.ts";
import type { Candidate, Refiner } from "../types.ts";
import { CHARGE_NOUNS, RELATIVE_WH } from "../words.ts";

/** How many tokens after "called"/"described as" the label runs ("called the riots terrorist assaults"). */
const LABEL_SPAN = 6;
/** How far after a charge noun what it charges may stand ("18 criminal charges in the US, including conspiring to hack"). */
const CHARGE_SPAN = 10;

/**
 * Words inside a label ("called the riots terrorist assaults") name no event of their own, and nor
 * does what a charge or an allegation says was done ("faces charges of attacking an officer", "18
 * charges, including conspiring to hack government computers", "allegations that he beat
 * detainees", "prosecutors alleged that he abused dozens of girls"): the accusation is the event; the act is what is alleged, told by no one as fact.
 * A crime the charge names by a noun stays ("charged with sexual assault", "faces murder
 * charges"): that names the offence police report, which ACLED codes as the incident.
 */
export const dropLabelWords: Refiner = {
  name: "drop-label-words",
  refine(candidates, { doc }) {
    const labels = candidates.filter(
      (c) => c.trigger.type === "ACCUSE" && c.trigger.mode === "allege" && !c.trigger.nominal,
    );
    const allegations = labels.filter((l) => allegesThat(doc, l));
    for (let i = candidates.length - 1; i >= 0; i--) {
      const c = candidates[i];
      const inLabel = labels.some(
        (l) =>
          l !== c &&
          l.trigger.sentence === c.trigger.sentence &&
          c.trigger.firstToken > l.trigger.lastToken &&
          c.trigger.firstToken <= l.trigger.lastToken + LABEL_SPAN,
      );
      // An act told by a verb inside an allegation or a charge; a crime named by a noun stays.
      const alleged =
        !c.trigger.nominal &&
        (allegations.some((a) => inAllegation(doc, a, c)) || chargedAct(doc, c.trigger.firstToken));
      if (inLabel || alleged) candidates.splice(i, 1);
    }
    return candidates;
  },
};

/** "Prosecutors alleged that …": an accusation whose that-clause is what it alleges. */
function allegesThat(doc: Doc, label: Candidate): boolean {
  const tokens = doc.tokens;
  return (
    tokens[label.trigger.firstToken].lemma.toLowerCase() === "allege" &&
    tokens[label.trigger.lastToken + 1]?.norm === "that"
  );
}

/**
 * "Prosecutors alleged that Epstein abused dozens of girls": the clause after "alleged that" is
 * what is alleged, however long; it runs to the end of the sentence or a semicolon.
 */
function inAllegation(doc: Doc, allegation: Candidate, c: Candidate): boolean {
  const a = allegation.trigger;
  if (c.trigger.sentence !== a.sentence || c.trigger.firstToken <= a.lastToken) return false;
  return !doc.tokens.slice(a.lastToken + 1, c.trigger.firstToken).some((t) => t.text === ";");
}

/**
 * A charge noun stands before the trigger in its clause with nothing between but the act's own
 * phrase: words that are not finite verbs ("including", "conspiring to", "that he"), no clause break.
 */
function chargedAct(doc: Doc, trigger: number): boolean {
  const tokens = doc.tokens;
  const sentence = tokens[trigger].sentence;
  for (let k = trigger - 1; k >= Math.max(0, trigger - CHARGE_SPAN); k--) {
    const t = tokens[k];
    if (t.sentence !== sentence || t.text === ";" || t.text === ":" || t.pos === "AUX") return false;
    // "charges against the men who attacked the mosque": a relative clause tells its act as fact.
    if (RELATIVE_WH.has(t.norm)) return false;
    if ((t.pos === "NOUN" || t.pos === "PROPN") && CHARGE_NOUNS.has(t.norm)) return true;
    if (t.pos === "VERB" && !/ing$/.test(t.norm)) return false;
  }
  return false;
}
