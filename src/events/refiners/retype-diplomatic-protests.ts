import { ingLemma } from "../../nlp/tokenize.ts";
import type { Doc } from "../../nlp/types.ts";
import type { ActorKind } from "../schema.ts";
import type { Candidate, Refiner } from "../types.ts";
import { lightVerbBefore } from "../verb-forms.ts";
import { CLAUSE_COMPLEMENT_VERBS, PROTEST_HEARING_VERBS, PROTEST_LODGING_VERBS } from "../words.ts";

/**
 * "The embassy made a sharp protest to the government", "Beijing lodged a formal protest with
 * Tokyo", "the ministry sent a note of protest": a protest lodged, filed, delivered or voiced is a
 * complaint made to a party, ACCUSE/disapprove in PLOVER (CAMEO 114, complain officially), not a
 * demonstration. A protest staged or held, a "protest march", or protests with no such verb, stay PROTEST.
 */
export const retypeDiplomaticProtests: Refiner = {
  name: "retype-diplomatic-protests",
  refine(candidates, { doc }) {
    for (const c of candidates) {
      const t = c.trigger;
      if (t.type !== "PROTEST") continue;
      if (!t.nominal) {
        if (verbalProtest(doc, c)) {
          t.type = "ACCUSE";
          t.mode = "disapprove";
        }
        continue;
      }
      if (!doc.tokens[t.firstToken].lemma.toLowerCase().startsWith("protest")) continue;
      // "made a protest march": the noun modifies another; the march is the event.
      const next = doc.tokens[t.lastToken + 1];
      if (next?.sentence === t.sentence && next.pos === "NOUN") continue;
      const verb = lightVerbBefore(doc.tokens, t.firstToken);
      if (verb < 0 || !PROTEST_LODGING_VERBS.has(doc.tokens[verb].lemma.toLowerCase())) continue;
      t.type = "ACCUSE";
      t.mode = "disapprove";
      // "The ambassador was summoned to hear a sharp protest": who hears or receives it is its recipient.
      if (PROTEST_HEARING_VERBS.has(doc.tokens[verb].lemma.toLowerCase()) && c.actor && !c.recipient) {
        c.recipient = c.actor;
        c.actor = undefined;
      }
    }
    return candidates;
  },
};

/** Parties that protest in words: governments, officials, bodies, a named person, a newspaper. */
const SPEAKING_KINDS: ReadonlySet<ActorKind> = new Set([
  "state",
  "government",
  "igo",
  "media",
  "person",
  "organisation",
  "party",
]);

/**
 * "The embassy protested the arrest of its citizens", "Beijing protested that the sale violated the
 * accord": the verb with its object or its clause, and a government, a body or one person as its
 * subject, is a complaint (CAMEO's verb "protest" is 11, disapprove, unless demonstrators protest
 * or a protest is held "against" something). Crowds, students, workers and protesters who protest a
 * decision demonstrate, and stay PROTEST; so does a march's aim ("to protest") and a protester's
 * deed ("for protesting").
 */
function verbalProtest(doc: Doc, c: Candidate): boolean {
  const t = c.trigger;
  const verb = doc.tokens[t.lastToken];
  if (!verb.lemma.toLowerCase().startsWith("protest") || verb.pos !== "VERB") return false;
  // "took to the streets to protest the cuts", "arrested for protesting abortion": the aim of a
  // march or what a protester did, not a statement.
  if (/ing$/.test(verb.norm) || doc.tokens[t.lastToken - 1]?.norm === "to") return false;
  // "Health care providers have protested longer detention periods, warning that children …": a
  // protest the sentence goes on to word is a statement, whoever makes it.
  if (!c.actor) return false;
  const next = doc.tokens[t.lastToken + 1];
  if (!next || next.sentence !== t.sentence) return false;
  // (only a protest with an object: "protested on Monday, saying …" may be a march.)
  if (wordedAfter(doc, t) && ["DET", "PRON", "PROPN", "NOUN", "ADJ", "ADV"].includes(next.pos)) return true;
  if (!SPEAKING_KINDS.has(c.actor.kind)) return false;
  return next.norm === "that" || ["DET", "PRON", "PROPN", "NOUN", "ADJ"].includes(next.pos);
}

/** A comma and an "-ing" verb of saying follow the protest in its sentence (", warning that …", ", saying …"). */
function wordedAfter(doc: Doc, t: Candidate["trigger"]): boolean {
  const tokens = doc.tokens;
  const end = doc.sentences[t.sentence].tokenEnd;
  for (let k = t.lastToken + 1; k + 1 < end; k++)
    if (
      tokens[k].text === "," &&
      /ing$/.test(tokens[k + 1].norm) &&
      // (the tagger may read "warning" as a noun there)
      CLAUSE_COMPLEMENT_VERBS.has(ingLemma(tokens[k + 1].norm))
    )
      return true;
  return false;
}
