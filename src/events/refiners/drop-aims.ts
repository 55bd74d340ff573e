import type { Doc } from "../../nlp/types.ts";
import {
  averted,
  foiledSubject,
  governingVerb,
  possessed,
  possibleAfterOf,
  proposedGerund,
  rewardedOutcome,
  verbLemma,
  wantedAfterFor,
} from "../aims/event-nouns.ts";
import {
  aspectualHead,
  forSubject,
  forSubjectOfLightVerb,
  nonfactualGovernor,
  pressedInto,
  wishedResult,
  wordBeforeTo,
} from "../aims/infinitives.ts";
import type { Candidate, Refiner } from "../types.ts";
import {
  IMPLICATIVE_BEFORE_TO,
  KEPT_VERBS,
  NONFACTUAL_GOVERNORS,
  SOUGHT_OR_AVERTED,
  TOPIC_VERBS,
} from "../words.ts";

/** Speech acts whose "to V" is their content: a demand, a threat, a promise, a refusal. */
const SPEECH_ACTS = new Set(["REQUEST", "THREATEN", "AGREE", "REJECT"]);

/**
 * "called on the government to withdraw its units", "urged Kyiv to investigate", "refused to
 * release the prisoners", "is eager to withdraw": an act named by an infinitive that is the
 * content of a demand, threat, promise or refusal, or that follows an adjective, did not happen.
 * It goes, and the speech act keeps it as its `intended` act. A purpose ("fired tear gas to
 * disperse the crowd") stays: news tells such aims as done more often than not, and so does an
 * attempt ("tried to hack"). An act that is only wanted, needed, allowed or expected ("want Congress
 * to investigate", "requiring employees to sign", NONFACTUAL_GOVERNORS) goes. Stated intentions
 * ("plans to send") were coded already by code-intentions and are not touched. An event kept away
 * ("to protect the Kurds from attack", PROTECTION_WORDS) or a gerund that is opposed or proposed
 * ("the opposition to lifting the ban", PROPOSED_OR_OPPOSED) did not happen either.
 */
export const dropAims: Refiner = {
  name: "drop-aims",
  refine(candidates, { doc }) {
    const aims = new Set<Candidate>();
    for (const c of candidates) {
      if (c.intended) continue;
      // "a reward for information leading to the arrest": what a reward is offered for; "the
      // possibility of a ground assault", "the threat of torture": what may come.
      const first = c.trigger.firstToken;
      if (
        averted(doc, first) ||
        proposedGerund(doc, first) ||
        rewardedOutcome(doc, first) ||
        possibleAfterOf(doc, first)
      ) {
        aims.add(c);
        continue;
      }
      if (c.trigger.nominal) {
        // "wants a deal", "pursuing an agreement", "hopes for talks": an event wanted or sought;
        // "discussed investigations", "citing Taliban violence": an event talked about.
        const verb = governingVerb(doc, c.trigger.firstToken);
        const lemma = verb < 0 ? "" : verbLemma(doc.tokens[verb]);
        // A possessed event ("considering Russia's request") is one that was made: only a want makes it an aim.
        const topic = TOPIC_VERBS.has(lemma) && !possessed(doc, verb, c.trigger.firstToken);
        if (NONFACTUAL_GOVERNORS.has(lemma) || SOUGHT_OR_AVERTED.has(lemma) || topic || foiledSubject(doc, c))
          aims.add(c);
        // "a movement calling for Israel's withdrawal", "pressed for talks": what is called for.
        else if (wantedAfterFor(doc, c.trigger.firstToken)) {
          const act = speechActBefore(candidates, c);
          if (act && !act.intended) act.intended = c.trigger.type;
          aims.add(c);
        }
        // "will ask the court to open an investigation", "urged Ukraine to launch investigations":
        // the noun is the object of an infinitive that a demand or a want governs.
        else if (verb >= 0 && requestedInfinitive(doc, candidates, c, verb)) aims.add(c);
        // "no deadline was set for the two firms to strike a deal": the light verb's own "for … to".
        else if (verb >= 0 && forSubjectOfLightVerb(doc, verb)) aims.add(c);
        continue;
      }
      // "want to see the officers punished": a result wished for, not one that came; "scared the
      // leaders into supporting him": what a pressure aims at.
      if (wishedResult(doc, first) || pressedInto(doc, first)) {
        aims.add(c);
        continue;
      }
      const before = wordBeforeTo(doc, aspectualHead(doc, c.trigger.firstToken));
      if (before === undefined || (before >= 0 && IMPLICATIVE_BEFORE_TO.has(doc.tokens[before].norm)))
        continue;
      const governor = speechActBefore(candidates, c);
      if (!governor && before >= 0 && (nonfactualGovernor(doc, before) || forSubject(doc, before)))
        aims.add(c);
      else if (governor && keptWord(doc, governor)) {
        // "Kidnappers kept their promise to kill a store owner": the act was done; the promise is
        // no news of its own.
        governor.intended = undefined;
        if (governor.actor) c.actor = governor.actor;
        aims.add(governor);
      } else if (governor) {
        if (!governor.intended) governor.intended = c.trigger.type;
        aims.add(c);
      } else if (before >= 0 && doc.tokens[before].pos === "ADJ") aims.add(c);
    }
    return candidates.filter((c) => !aims.has(c));
  },
};

/** How far before a promise or threat its "kept" may stand ("kept their solemn promise"). */
const KEPT_WINDOW = 4;

/**
 * The speech act is a promise, pledge, vow or threat noun that was kept ("kept their promise",
 * "carried out its threat", "made good on the pledge", "fulfilled his vow"): its act was done.
 */
function keptWord(doc: Doc, act: Candidate): boolean {
  const t = act.trigger;
  if (!t.nominal) return false;
  const tokens = doc.tokens;
  for (let k = t.firstToken - 1; k >= Math.max(0, t.firstToken - KEPT_WINDOW); k--) {
    const w = tokens[k];
    if (w.sentence !== tokens[t.firstToken].sentence) return false;
    if (w.pos === "VERB" || w.pos === "ADP") {
      const lemma = w.lemma.toLowerCase();
      if (KEPT_VERBS.has(lemma) || KEPT_VERBS.has(w.norm)) return true;
      // "carried out", "followed through on", "made good on": the verb before its particle.
      const verb = tokens[k - 1];
      if (w.norm === "on" && verb?.norm === "good")
        return ["make", "made"].includes(tokens[k - 2]?.norm ?? "");
      return (
        !!verb &&
        (w.norm === "out" || w.norm === "on" || w.norm === "through") &&
        KEPT_VERBS.has(verb.lemma.toLowerCase())
      );
    }
  }
  return false;
}

/** The verb at `verb` is "to V" whose "to" a speech act before it or a nonfactual governor governs. */
function requestedInfinitive(doc: Doc, candidates: Candidate[], c: Candidate, verb: number): boolean {
  const before = wordBeforeTo(doc, verb);
  if (before === undefined || (before >= 0 && IMPLICATIVE_BEFORE_TO.has(doc.tokens[before].norm)))
    return false;
  const act = speechActBefore(candidates, c);
  if (act && act.trigger.end <= doc.tokens[verb].start) return true;
  return before >= 0 && nonfactualGovernor(doc, before);
}

/** The nearest demand, threat, promise or refusal before the candidate in its sentence, with no other event between. */
function speechActBefore(candidates: Candidate[], c: Candidate): Candidate | undefined {
  const before = candidates
    .filter((g) => g !== c && g.trigger.sentence === c.trigger.sentence && g.trigger.end <= c.trigger.start)
    .sort((a, b) => b.trigger.start - a.trigger.start)[0];
  return before && SPEECH_ACTS.has(before.trigger.type) ? before : undefined;
}
