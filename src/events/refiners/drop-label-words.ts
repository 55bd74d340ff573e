import type { Doc } from "../../nlp/types.ts";
import type { Candidate, Refiner } from "../types.ts";
import { CHARGE_NOUNS } from "../words.ts";

/** How many tokens after "called"/"described as" the label runs ("called the riots terrorist assaults"). */
const LABEL_SPAN = 6;
/** How far after a charge noun what it charges may stand ("18 criminal charges in the US, including conspiring to hack"). */
const CHARGE_SPAN = 10;
const RELATIVES = new Set(["who", "which", "whom", "whose"]);

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
    for (let i = candidates.length - 1; i >= 0; i--) {
      const c = candidates[i];
      const inLabel = labels.some(
        (l) =>
          l !== c &&
          l.trigger.sentence === c.trigger.sentence &&
          c.trigger.firstToken > l.trigger.lastToken &&
          c.trigger.firstToken <= l.trigger.lastToken + LABEL_SPAN,
      );
      const alleged = !c.trigger.nominal && labels.some((l) => l !== c && allegedIn(doc, l, c));
      if (inLabel || alleged || (!c.trigger.nominal && chargedAct(doc, c.trigger.firstToken)))
        candidates.splice(i, 1);
    }
    return candidates;
  },
};

/**
 * "Prosecutors alleged that Epstein abused dozens of girls": the clause after "alleged that" is
 * what is alleged, however long; it runs to the end of the sentence or a semicolon.
 */
function allegedIn(doc: Doc, label: Candidate, c: Candidate): boolean {
  const tokens = doc.tokens;
  const verb = tokens[label.trigger.firstToken];
  if (verb.lemma.toLowerCase() !== "allege" || tokens[label.trigger.lastToken + 1]?.norm !== "that")
    return false;
  if (c.trigger.sentence !== label.trigger.sentence || c.trigger.firstToken <= label.trigger.lastToken)
    return false;
  return !tokens.slice(label.trigger.lastToken + 1, c.trigger.firstToken).some((t) => t.text === ";");
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
    if (RELATIVES.has(t.norm)) return false;
    if ((t.pos === "NOUN" || t.pos === "PROPN") && CHARGE_NOUNS.has(t.norm)) return true;
    if (t.pos === "VERB" && !/ing$/.test(t.norm)) return false;
  }
  return false;
}
