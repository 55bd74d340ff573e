import { tokenAtOrAfter } from "../../nlp/offsets.ts";
import type { Doc } from "../../nlp/types.ts";
import type { Candidate, Refiner } from "../types.ts";
import { lightVerbBefore } from "../verb-forms.ts";
import { AT_PLACE_PREPOSITIONS } from "../words.ts";

/**
 * "Police alone are not able to end the violence", "an existential threat", "the talks", "an even
 * broader investigation": an event noun with no one doing it, no one it is done to, no date, no
 * figure and no place of its own names a topic the article discusses, not an event it reports.
 * News reports an event with at least one of those. A place counts when a locative preposition
 * puts it there ("clashes in Kassala"), not when the sentence merely names a country ("the envoy
 * to Ukraine … the inquiry"). Runs after merge-mentions, so a noun that takes up an event told
 * elsewhere ("The attack killed nine") has already joined it.
 */
export const dropUnanchoredNominals: Refiner = {
  name: "drop-unanchored-nominals",
  refine: (candidates, { doc }) =>
    candidates.filter((c) => !c.trigger.nominal || looksVerbal(c.trigger.text) || anchored(c, doc)),
};

/** "Armed men abducted five traders": a past form the tagger read as a noun is the verb. */
function looksVerbal(text: string): boolean {
  return /ed$/i.test(text.split(/\s+/)[0]);
}

function anchored(c: Candidate, doc: Doc): boolean {
  return (
    ((!!c.actor || !!c.recipient) && predicated(c, doc)) ||
    !!c.time ||
    c.counts.length > 0 ||
    c.also.length > 0 ||
    placedThere(c, doc)
  );
}

/** How far before an event noun "there is" or a verb's particle may stand ("there have been further ugly protests"). */
const EXISTENTIAL_WINDOW = 6;
const PARTICLES = new Set(["up", "out", "off", "down"]);
/** How far after an event noun the verb it is the subject of may stand ("protests in Bolivia erupted"). */
const SUBJECT_VERB_WINDOW = 4;

/**
 * "held talks with the Taliban", "the protests spread": the noun is the object of a verb or the
 * subject of one, so the clause tells the event. "Democratic investigations", "The Hill's request
 * for comment", "a bigger deal with China" name parties and no predicate.
 */
function predicated(c: Candidate, doc: Doc): boolean {
  const t = c.trigger;
  const tokens = doc.tokens;
  if (lightVerbBefore(tokens, t.firstToken) >= 0) return true;
  // "against repeated attacks by Hun Sen's troops": a "by" agent tells who did it, as a passive does.
  if (c.actor && c.actor.firstToken > t.lastToken) {
    let k = c.actor.firstToken - 1;
    while (k > t.lastToken && tokens[k].pos === "DET") k--;
    if (tokens[k]?.norm === "by") return true;
  }
  // "There have been further protests", "speeded up the withdrawal": an existential or a phrasal verb.
  const from = Math.max(doc.sentences[t.sentence].tokenStart, t.firstToken - EXISTENTIAL_WINDOW);
  for (let k = t.firstToken - 1; k >= from; k--) {
    if (tokens[k].norm === "there" && tokens[k + 1]?.pos === "AUX") return true;
    if (PARTICLES.has(tokens[k].norm) && tokens[k - 1]?.pos === "VERB") return true;
    if (tokens[k].pos === "PUNCT" || tokens[k].pos === "VERB") break;
  }
  const end = Math.min(doc.sentences[t.sentence].tokenEnd, t.lastToken + 1 + SUBJECT_VERB_WINDOW);
  for (let k = t.lastToken + 1; k < end; k++) {
    const tok = doc.tokens[k];
    if (tok.pos === "VERB" || tok.pos === "AUX") return true;
    if (tok.pos === "PUNCT" || tok.pos === "CCONJ" || tok.pos === "SCONJ") return false;
  }
  return false;
}

/**
 * The event's place is named in its sentence after a locative preposition ("in", "near", "outside
 * the"), or as the noun's own modifier ("the Tucson shooting").
 */
function placedThere(c: Candidate, doc: Doc): boolean {
  const place = c.place;
  if (!place || place.fromFocus || place.start === undefined) return false;
  const sentence = doc.sentences[c.trigger.sentence];
  if (place.start < sentence.start || place.start >= sentence.end) return false;
  const at = tokenAtOrAfter(doc.tokens, place.start);
  // "the Tucson shooting", "the Denver stabbing": a town's name right before the noun names it.
  if (place.end !== undefined && at < c.trigger.firstToken) {
    let j = at;
    while (j < c.trigger.firstToken && doc.tokens[j].end <= place.end) j++;
    if (j === c.trigger.firstToken) return true;
  }
  let k = at - 1;
  if (k >= 0 && doc.tokens[k].norm === "the") k--;
  return k >= sentence.tokenStart && AT_PLACE_PREPOSITIONS.has(doc.tokens[k].norm);
}
