import type { Token } from "../../nlp/types.ts";
import { asksAnonymity, disclosure, endangers, facedThreat, menaces } from "../trigger-objects.ts";
import { isPassive } from "../verb-forms.ts";
import { CLAUSE_OPENERS, CONDITION_WORDS, OFFERED_COURTESIES, QUESTION_WORDS } from "../words.ts";
import { type ConditionTable, hasNear, REWARD_WINDOW } from "./site.ts";

/** Conditions on what is said, asked or refused: intentions and refusals, questions and anonymity, agreement as a view, menaces and risks. */

/** How far after "ask" a question word may show the asking is a question ("asked the minister whether"). */
const QUESTION_WINDOW = 5;

/** Subjects of a clause after "agreed" that tell a view, not a commitment ("agreed it would", "agreed that this was"). */
const BELIEF_SUBJECTS = new Set(["it", "this", "there", "these", "that"]);

/** What a reporter asks a source to do: "asked to comment", "asked to elaborate". */
const PRESS_QUESTIONS = new Set(["comment", "elaborate", "speculate"]);

/** "When asked to confirm the figure", "if asked to explain": a participle a reporter's question opens. */
const REPORTER_ASKED_BEFORE = new Set(["when", "if", "after", "once"]);

/** Parts of speech of what stands before the noun "deal" ("a deal", "the trade deal", "Iran's deal", "new deal"). */
const DEAL_MODIFIERS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PRON"]);

/** How far after "agree with" its "that" may stand ("agrees with the mayor that"). */
const AGREE_WITH_WINDOW = 6;

/**
 * "agreed with the mayor that …", "agreed with accusations that …": the thing agreed with is a
 * view, its "that" clause says which.
 */
function agreedWithView(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + AGREE_WITH_WINDOW); k++) {
    if (tokens[k].norm === "that") return true;
    if (tokens[k].pos === "VERB" || tokens[k].text === ",") return false;
  }
  return false;
}

export const SPEECH_CONDITIONS: ConditionTable = {
  intent: ({ tokens, i }) => {
    return tokens[i + 1]?.norm === "to";
  },
  refusal: ({ tokens, i, s }) => {
    // "declined to sign the bill"; "declined to comment", "declined to identify the suspect" keep
    // a source's silence, not a rejection.
    return tokens[i + 1]?.norm === "to" && !disclosure(tokens, i + 2, s.tokenEnd);
  },
  "not-disclosure": ({ tokens, i, s }) => {
    return !(tokens[i + 1]?.norm === "to" && disclosure(tokens, i + 2, s.tokenEnd));
  },
  "not-infinitive": ({ tokens, i }) => {
    // "sought to reassure investors" is an aim; "sought asylum", "sought talks" ask for something;
    // "a third suspect is being sought" is a manhunt.
    return tokens[i + 1]?.norm !== "to" && !isPassive(tokens, i);
  },
  "not-reward": ({ tokens, i, s }) => {
    // "offering a $35,000 reward for information": a reward is offered to whoever informs, no
    // concession to a party; "to offer a religious service", "offered condolences": a courtesy.
    return !hasNear(tokens, i + 1, Math.min(s.tokenEnd, i + 1 + REWARD_WINDOW), OFFERED_COURTESIES);
  },
  "not-coping": ({ tokens, i }) => {
    // "help school boards understand and deal with the impact": the verb "deal with", read as a
    // noun, copes with something; a deal struck has a determiner or a modifier ("a deal with Iran").
    return !(tokens[i + 1]?.norm === "with" && !DEAL_MODIFIERS.has(tokens[i - 1]?.pos ?? ""));
  },
  "not-belief": ({ tokens, i, s }) => {
    // "All of them agreed it would prompt a second look": a shared view, not a commitment.
    const k = tokens[i + 1]?.norm === "that" ? i + 2 : i + 1;
    // "Most economists agree that the slowdown will last": a view held now, not a deal struck
    // (a deal is told in the past: "the two sides agreed that talks would resume").
    const present = tokens[i].norm === "agree" || tokens[i].norm === "agrees";
    if (tokens[i + 1]?.norm === "that" && present) return false;
    // "Cressida Dick agrees with the mayor that the force should …", "agreed with accusations
    // that …": a view shared with someone, or a claim endorsed.
    if (tokens[i + 1]?.norm === "with" && (present || agreedWithView(tokens, i + 2, s.tokenEnd)))
      return false;
    return !(k < s.tokenEnd && BELIEF_SUBJECTS.has(tokens[k].norm));
  },
  for: ({ tokens, i }) => {
    return tokens[i + 1]?.norm === "for";
  },
  menace: ({ tokens, i, s }) => {
    return menaces(tokens, i, s.tokenEnd);
  },
  plea: ({ tokens, i }) => {
    // "pleaded with the rebels to", "pleaded for calm"; "pleaded guilty" is a defendant's answer.
    return tokens[i + 1]?.norm === "with" || tokens[i + 1]?.norm === "for";
  },
  "not-anonymity": ({ tokens, i, s }) => {
    return !asksAnonymity(tokens, i, s.tokenEnd);
  },
  "not-question": ({ tokens, i, s }) => {
    // "asked about the talks", "asked whether", "asked not to be identified": a question or a
    // source's anonymity, not a request. "asked the council to", "asked for" decide first.
    // "heard the president ask, quote, 'So he's going to do it?'": a quoted question.
    if (tokens.slice(i + 1, s.tokenEnd).some((t) => t.text === "?")) return false;
    if (asksAnonymity(tokens, i, s.tokenEnd)) return false;
    // "Asked to comment on the ruling, a spokesman said", "when asked to confirm the figure",
    // "declined when asked to elaborate": a reporter's question to a source, no party's request.
    if (
      tokens[i + 1]?.norm === "to" &&
      (PRESS_QUESTIONS.has(tokens[i + 2]?.norm ?? "") ||
        ((i === s.tokenStart || REPORTER_ASKED_BEFORE.has(tokens[i - 1]?.norm ?? "")) &&
          /ed$/.test(tokens[i].norm)))
    )
      return false;
    // "was asked by Judge Michael A. Martone if he understood": past the passive's agent.
    let from = i + 1;
    if (tokens[from]?.norm === "by") {
      from++;
      while (
        from < s.tokenEnd &&
        (tokens[from].pos === "PROPN" || tokens[from].pos === "DET" || tokens[from].text === ".")
      )
        from++;
    }
    for (let k = from; k < Math.min(s.tokenEnd, from + QUESTION_WINDOW); k++) {
      const w = tokens[k].norm;
      if (w === "to" || w === "for" || w === "that") return true;
      if (QUESTION_WORDS.has(w)) return false;
    }
    return true;
  },
  "not-clause": ({ tokens, i }) => {
    // "recognize that such concessions are weak": knowing a fact, not recognising a state.
    return !CLAUSE_OPENERS.has(tokens[i + 1]?.norm ?? "");
  },
  commitment: ({ tokens, i, hi }) => {
    // "violating the ceasefire agreement" is the ASSAULT rule's: a broken truce is fighting.
    return (
      hasNear(tokens, i + 1, hi, CONDITION_WORDS.commitment ?? new Set()) &&
      !hasNear(tokens, i + 1, hi, CONDITION_WORDS.truce ?? new Set())
    );
  },
  "not-risk": ({ tokens, i, s, hi }) => {
    return !endangers(tokens, i, hi) && !facedThreat(tokens, i, s.tokenStart);
  },
  "not-press": ({ condition, tokens, i }) => {
    // "gave a news conference with his counterpart": what reporters were told, not a meeting.
    return !(CONDITION_WORDS[condition] ?? new Set()).has(tokens[i - 1]?.norm ?? "");
  },
};
