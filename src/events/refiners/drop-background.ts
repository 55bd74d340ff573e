import type { Doc } from "../../nlp/types.ts";
import type { Refiner } from "../types.ts";
import { CONVICTION_WORDS } from "../words.ts";

/** How far before an event noun its "convicted of" or "serving life for" may stand ("convicted in June 1998 of aggravated sexual assault"). */
const CONVICTION_WINDOW = 10;
/** Words of the noun phrase between "of"/"for" and the event noun ("of aggravated sexual assault"). */
const PHRASE_POS = new Set(["ADJ", "NOUN", "PROPN", "DET", "NUM"]);

/**
 * "during the violence", "in the wake of the protests": an event named inside an adjunct is
 * background, not news. So is the crime a conviction or a sentence is for ("convicted in 1998 of
 * aggravated sexual assault", "serving life in prison for murder"): an old offence behind the news,
 * which the conviction or sentence reports; and so is a record of earlier events ("four prior
 * arrests"). A fresh charge keeps its crime ("charged with sexual assault", see drop-label-words).
 */
export const dropBackground: Refiner = {
  name: "drop-background",
  refine: (candidates, { doc }) =>
    candidates.filter(
      (c) =>
        !c.trigger.background &&
        !(c.trigger.nominal && convictedOf(doc, c.trigger.firstToken)) &&
        !priorRecord(doc, c.trigger.firstToken),
    ),
};

/** "four prior arrests", "previous convictions": a record of earlier events, a plural noun after "prior" or "previous". */
function priorRecord(doc: Doc, first: number): boolean {
  const before = doc.tokens[first - 1]?.norm;
  return (before === "prior" || before === "previous") && /s$/.test(doc.tokens[first].norm);
}

/** The event noun at `first` is what a conviction or sentence named before it is for or of. */
function convictedOf(doc: Doc, first: number): boolean {
  const tokens = doc.tokens;
  let k = first - 1;
  // "of aggravated sexual assault": a participle may modify the noun too.
  const inPhrase = (t: Doc["tokens"][number]) =>
    PHRASE_POS.has(t.pos) || (t.pos === "VERB" && /ed$/.test(t.norm));
  while (k >= 0 && inPhrase(tokens[k]) && tokens[k].sentence === tokens[first].sentence) k--;
  if (tokens[k]?.norm !== "of" && tokens[k]?.norm !== "for") return false;
  for (let j = k - 1; j >= Math.max(0, k - CONVICTION_WINDOW); j--) {
    const t = tokens[j];
    if (t.sentence !== tokens[first].sentence || t.text === "," || t.text === ";") return false;
    if (CONVICTION_WORDS.has(t.norm)) return true;
  }
  return false;
}
