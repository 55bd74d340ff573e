import type { Token } from "../../nlp/types.ts";
import { modalityOf } from "../modality.ts";
import type { PloverType } from "../schema.ts";
import type { Refiner } from "../types.ts";
import { lightVerbBefore } from "../verb-forms.ts";
import { CANCELLING_VERBS, LIFTING_VERBS, STOP_VERBS } from "../words.ts";

/**
 * "Germany suspended aid to Mali", "the United States withheld military aid", "a minister cancelled
 * a planned visit": cooperation that is the object of a verb of stopping, withholding or calling off
 * did not happen; stopping it is the event, which PLOVER codes SANCTION/discontinue. When the
 * stopping verb is a trigger itself ("suspended"), the noun's event goes; otherwise the noun's event
 * becomes that SANCTION, with its actor and recipient. Only cooperation is undone this way: a
 * stopped attack or protest ("police stopped the protest", "rebels ended their attack") did happen.
 * An investigation dropped, closed or ended ("Sweden has dropped its investigation into the
 * allegation") tells no act of investigating: it goes.
 *
 * A measure lifted, eased or repealed ("the EU lifted sanctions on Belarus", "the army lifted the
 * curfew") was in force before; the lifting is the news, a concession (CONCEDE). When the lifting
 * verb is a trigger itself the measure's event goes; otherwise it becomes that concession.
 */
const COOPERATION: ReadonlySet<PloverType> = new Set<PloverType>([
  "AID",
  "COOPERATE",
  "CONSULT",
  "AGREE",
  "SUPPORT",
  "CONCEDE",
]);

/** Measures in force that a party can lift: sanctions, curfews, bans, blockades. */
const MEASURES: ReadonlySet<PloverType> = new Set<PloverType>(["SANCTION", "COERCE"]);

export const dropStoppedNominals: Refiner = {
  name: "drop-stopped-nominals",
  refine(candidates, { doc }) {
    /** The verb at `k` is itself a trigger ("suspended", "lifted"): its own event says what was done. */
    const isTrigger = (k: number) =>
      candidates.some((o) => o.trigger.firstToken <= k && k <= o.trigger.lastToken);
    return candidates.filter((c) => {
      // "the union called off the strike", "organisers cancelled the march": the calling off is
      // the event (CONCEDE); the protest it names is not one that is happening.
      if (c.trigger.nominal && c.trigger.type === "PROTEST") {
        const verb = lightVerbBefore(doc.tokens, c.trigger.firstToken);
        return !(verb >= 0 && isTrigger(verb) && cancels(doc.tokens, verb));
      }
      if (c.trigger.nominal && MEASURES.has(c.trigger.type)) {
        const verb = lightVerbBefore(doc.tokens, c.trigger.firstToken);
        if (verb < 0 || !LIFTING_VERBS.has(doc.tokens[verb].lemma.toLowerCase())) return true;
        if (isTrigger(verb)) return false;
        c.trigger.type = "CONCEDE";
        c.trigger.mode = undefined;
        c.modality = modalityOf(doc, c.trigger.sentence, verb, c.attribution, false);
        return true;
      }
      const investigation = c.trigger.type === "ACCUSE" && c.trigger.mode === "investigate";
      if (!c.trigger.nominal || !(COOPERATION.has(c.trigger.type) || investigation)) return true;
      // "Israeli-Syrian talks have been cut off", "the aid was suspended": the noun is what a passive
      // stopping verb after it stops.
      const stoppedBy = stoppingPassiveAfter(
        doc.tokens,
        c.trigger.lastToken,
        doc.sentences[c.trigger.sentence].tokenEnd,
      );
      const verb = stoppedBy >= 0 ? stoppedBy : lightVerbBefore(doc.tokens, c.trigger.firstToken);
      if (verb < 0 || !STOP_VERBS.has(doc.tokens[verb].lemma.toLowerCase())) return true;
      // "cut a plea deal", "cut a deal with the rebels": to cut a deal is to strike one.
      if (
        doc.tokens[verb].lemma.toLowerCase() === "cut" &&
        ["a", "an"].includes(doc.tokens[verb + 1]?.norm ?? "")
      )
        return true;
      // "Sweden has dropped its investigation": the ending is the news, not an investigation.
      if (investigation) return false;
      if (isTrigger(verb)) return false;
      c.trigger.type = "SANCTION";
      c.trigger.mode = "discontinue";
      // The stopping is what the clause asserts or plans ("has cancelled a planned visit").
      c.modality = modalityOf(doc, c.trigger.sentence, verb, c.attribution, false);
      return true;
    });
  },
};

/** How far after an event noun its passive "have been cut off" may stand ("talks between the two sides were suspended"). */
const PASSIVE_AFTER_WINDOW = 8;

/**
 * The index of a stopping verb (STOP_VERBS) in a passive right after the event noun at `last`,
 * with only the noun's own phrase between ("talks between Israel and Syria have been cut off"), or −1.
 */
function stoppingPassiveAfter(tokens: Token[], last: number, end: number): number {
  for (let k = last + 1; k < Math.min(end, last + 1 + PASSIVE_AFTER_WINDOW); k++) {
    const t = tokens[k];
    if (t.lemma.toLowerCase() === "be" || t.norm === "been" || t.norm === "being") {
      let j = k + 1;
      while (j < end && (tokens[j].pos === "ADV" || tokens[j].norm === "been" || tokens[j].norm === "being"))
        j++;
      return tokens[j]?.pos === "VERB" && STOP_VERBS.has(tokens[j].lemma.toLowerCase()) ? j : -1;
    }
    if (t.pos === "VERB" || t.pos === "PUNCT" || t.pos === "AUX") {
      if (t.pos === "AUX" && ["have", "has", "had"].includes(t.norm)) continue;
      return -1;
    }
  }
  return -1;
}

function cancels(tokens: Token[], verb: number): boolean {
  const lemma = tokens[verb].lemma.toLowerCase();
  return CANCELLING_VERBS.has(lemma) || (lemma === "call" && tokens[verb + 1]?.norm === "off");
}
