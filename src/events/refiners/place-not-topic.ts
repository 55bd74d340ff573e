import type { PlaceMention } from "../../geo/types.ts";
import { clausePlace } from "../places.ts";
import { type Candidate, type CoderContext, type Refiner, STATEMENT_TYPES } from "../types.ts";
import { SITUATION_NOUNS } from "../words.ts";

/**
 * "The Cypriot government condemned the bomb attacks in Kenya", "accused him of trying to kill
 * a witness in Moengo": a statement happens where it is made, and a place named after another
 * event's word that follows the statement's is where that event, its topic, happened. Such a
 * place is not the statement's; another locative of its sentence may be, else the paragraph,
 * the dateline or the speaker's country place it.
 */
export const placeNotTopic: Refiner = {
  name: "place-not-topic",
  refine(candidates, ctx) {
    for (const c of candidates) {
      const at = c.place?.start;
      if (at === undefined || c.place?.fromFocus || !STATEMENT_TYPES.has(c.trigger.type)) continue;
      const isTopic = (m: Pick<PlaceMention, "start">) => topicPlace(ctx, c, m.start);
      if (isTopic({ start: at })) c.place = clausePlace(ctx.doc, ctx.geo, c.trigger, isTopic);
    }
    return candidates;
  },
};

/**
 * Does another event's trigger stand between the statement's trigger and a place it names after
 * it, in the same phrase (no comma or verb between that trigger and the place: "condemned the raid,
 * a minister said in London" names where the minister spoke)?
 */
function topicPlace(ctx: CoderContext, c: Candidate, at: number): boolean {
  const t = c.trigger;
  const { tokens } = ctx.doc;
  const samePhrase = (from: number) =>
    !tokens.some(
      (k) => k.start >= from && k.end <= at && (k.text === "," || k.pos === "VERB" || k.pos === "AUX"),
    );
  if (at <= t.end) return false;
  // "accused American troops in eastern Syria of …", "urged the people of Gaza to …": a place that
  // qualifies the recipient says where the recipient is, not where the statement was made.
  // ("signed a deal with the EU in Vienna": the partner of an agreement after "with" is met where
  // the agreement is made.)
  const r = c.recipient;
  const partner =
    c.trigger.type === "AGREE" && /\bwith\s+(?:the\s+)?$/i.test(ctx.doc.text.slice(t.end, r?.start ?? 0));
  if (r && !partner && r.start >= t.end && at >= r.end && qualifiesRecipient(ctx.doc.text.slice(r.end, at)))
    return true;
  // "called for ratification, saying it would help stability in Europe", "warned of the crisis in
  // the Gulf": a place after a noun of a state of affairs is where that state of affairs is.
  const situation = SITUATION_BEFORE.exec(ctx.doc.text.slice(t.end, at));
  if (situation && SITUATION_NOUNS.has(situation[1].toLowerCase())) return true;
  if (
    ctx.triggers.some(
      (o) => o !== t && o.sentence === t.sentence && o.start >= t.end && o.end <= at && samePhrase(o.end),
    )
  )
    return true;
  // "accused China of using coercion … in the South China Sea", "criticised Kyiv for shelling towns
  // in Donbas": the act after "of" or "for" and a gerund is the statement's topic, and so is its place.
  return tokens.some(
    (k, i) =>
      k.start >= t.end &&
      k.end <= at &&
      (k.norm === "of" || k.norm === "for") &&
      /ing$/.test(tokens[i + 1]?.norm ?? "") &&
      tokens[i + 1].sentence === k.sentence &&
      !tokens.some((x) => x.start >= k.end && x.end <= at && (x.text === "," || x.text === ";")),
  );
}

/** What stands between a recipient and a place that qualifies it: "in", "in southern", "at the". */
function qualifiesRecipient(between: string): boolean {
  return RECIPIENT_PLACE.test(between);
}

const RECIPIENT_PLACE =
  /^\s*(?:in|at|inside|of)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west)(?:-?(?:east|west)(?:ern)?)?\s+)?$/i;

/** A noun right before the locative of a place: "stability in", "the situation in the". */
const SITUATION_BEFORE =
  /\b([\p{L}]+)\s+(?:in|across|throughout)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?$/iu;
