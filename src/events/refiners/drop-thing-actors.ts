import { agentKind, entityKind } from "../actors.ts";
import type { PloverType } from "../schema.ts";
import type { Refiner } from "../types.ts";
import { ACTOR_NOUNS, DOCUMENT_HEADS, GUN_NAMES, POSSESSIVE_MARK, WEAPON_WORDS } from "../words.ts";
import { headIndexOf } from "./drop-non-party-arguments.ts";

/**
 * Only people and groups act. The phrase before a verb is its grammatical subject, which in news is
 * as often a thing: "their helicopter was shot down", "a series of measures to oppose it", "a
 * temporary license allowing companies to sell", "the most likely reason residents are refusing".
 * An actor phrase that names no entity, whose kind is unknown and whose head noun is not a person
 * or group noun (ACTOR_NOUNS), is no actor: the event keeps its type and loses the actor.
 *
 * Some acts only an agent can do: to agree, yield, back, help, threaten, meet, pull back or deploy.
 * When a thing is the subject of such an active verb, the verb is used figuratively ("the trade war
 * offers him advantages", "peace would allow the withdrawal", "settlements threaten the viability
 * of a two-state solution", "Obama's involvement offers a reminder") and tells no event. Accusing,
 * rejecting or requesting keep their documents as subjects ("a UN report accused …").
 */
const AGENT_ONLY: ReadonlySet<PloverType> = new Set([
  "AGREE",
  "CONCEDE",
  "SUPPORT",
  "AID",
  "THREATEN",
  "CONSULT",
  "COOPERATE",
  "RETREAT",
  "MOBILIZE",
]);

/** Nouns of people by what they do ("rulers", "negotiators", "activists", "civilians"): no things. */
const AGENT_SUFFIX = /(?:er|or|ist|ian|ant|ent)s?$/;
/** Words of a compound between a possessive and its head ("Boeing's 787-9 Dreamliner jets"). */
const COMPOUND_POS = new Set(["NOUN", "PROPN", "NUM", "ADJ"]);

/** Texts that speak for the body that adopted them ("the resolution demands a ceasefire"). */
const BODY_TEXTS = new Set(["resolution"]);
/** Subjects that stand for a situation, not a party ("this would allow", "that offers"). */
const SITUATION_PRONOUNS = new Set(["this", "that"]);
/** What opens a subjectless participle clause: "while allowing", "thus allowing", ", allowing". */
const ADJUNCT_OPENERS = new Set(["while", "thus", "thereby", ",", "so"]);
/** Verbs of permission, which a party or a situation can be the subject of. */
const PERMISSION_VERBS = new Set(["allow", "permit", "let", "enable"]);

export const dropThingActors: Refiner = {
  name: "drop-thing-actors",
  refine(candidates, { doc }) {
    const thing = (a: NonNullable<(typeof candidates)[number]["actor"]>, acting = false) => {
      const at = headIndexOf(doc, a);
      const head = doc.tokens[at];
      // "Obama's involvement offers a reminder", "China's decision allows": a party's possession is
      // not the party. Only for who acts: an act done to "Iran's nuclear programme" is still done to Iran.
      if (acting && possessed(at)) return true;
      // "returned with a .357 Magnum and opened fire": a gun is what was used, named or not.
      if (GUN_NAMES.has(head.norm) || (WEAPON_WORDS.has(head.norm) && a.kind === "unknown")) return true;
      if (a.kind !== "unknown" || a.entity) return false;
      if (doc.entities.some((e) => e.start >= a.start && e.end <= a.end)) return false;
      if (head.pos === "PROPN" || head.pos === "PRON") return false;
      return !ACTOR_NOUNS.has(head.lemma.toLowerCase()) && !ACTOR_NOUNS.has(head.norm);
    };
    const possessed = (at: number) => {
      const head = doc.tokens[at];
      const before = doc.tokens[at - 1];
      if (!before || !POSSESSIVE_MARK.test(before.text) || head.pos !== "NOUN") return false;
      const lemma = head.lemma.toLowerCase();
      return !ACTOR_NOUNS.has(lemma) && !ACTOR_NOUNS.has(head.norm) && agentKind(head.norm) === undefined;
    };
    const possessorOf = (a: NonNullable<(typeof candidates)[number]["actor"]>) => {
      const at = headIndexOf(doc, a);
      if (!possessed(at)) return undefined;
      return at - 2 < a.firstToken ? undefined : ownerPhrase(a, at - 2);
    };
    // The argument cut before its possessive: its words up to `last`, of the kind of the entity there.
    const ownerPhrase = (a: NonNullable<(typeof candidates)[number]["actor"]>, last: number) => {
      const end = doc.tokens[last].end;
      const entity = doc.entities.find((e) => e.start >= a.start && e.end <= end);
      return {
        ...a,
        text: doc.text.slice(a.start, end),
        end,
        lastToken: last,
        ...(entity
          ? { kind: entityKind(entity.label, entity.text), entity: entity.entity ?? entity.text }
          : {}),
      };
    };
    // The possessor of a compound headed by a thing: "Boeing's 787-9 Dreamliner jets" → Boeing.
    const ownerOfThing = (a: NonNullable<(typeof candidates)[number]["actor"]>) => {
      const at = headIndexOf(doc, a);
      const head = doc.tokens[at];
      const lemma = head.lemma.toLowerCase();
      if (
        head.pos !== "NOUN" ||
        ACTOR_NOUNS.has(lemma) ||
        ACTOR_NOUNS.has(head.norm) ||
        agentKind(head.norm) ||
        AGENT_SUFFIX.test(lemma)
      )
        return undefined;
      let k = at - 1;
      while (
        k > a.firstToken &&
        COMPOUND_POS.has(doc.tokens[k].pos) &&
        !POSSESSIVE_MARK.test(doc.tokens[k].text)
      )
        k--;
      if (k <= a.firstToken || !POSSESSIVE_MARK.test(doc.tokens[k].text)) return undefined;
      const end = doc.tokens[k - 1].end;
      return doc.entities.some((e) => e.start >= a.start && e.end <= end) ? ownerPhrase(a, k - 1) : undefined;
    };
    // The clause's own active verb; not a participle after its noun ("a licence allowing firms to trade").
    const predicate = (t: (typeof candidates)[number]["trigger"]) => {
      const tok = doc.tokens[t.firstToken];
      const before = doc.tokens[t.firstToken - 1];
      const reduced = tok.norm.endsWith("ing") && (before?.pos === "NOUN" || before?.pos === "PROPN");
      return !t.nominal && tok.pos === "VERB" && !reduced;
    };
    // "It allows him to maintain a tough stance", "this would allow the withdrawal", "while allowing
    // the president to campaign": a permission whose subject is a situation, or that has no
    // subject at all, is what something makes possible, not a concession a party made.
    const situationSubject = (c: (typeof candidates)[number]) => {
      const tokens = doc.tokens;
      let k = c.trigger.firstToken - 1;
      while (k >= 0 && ["AUX", "ADV", "PART"].includes(tokens[k].pos)) k--;
      const subject = tokens[k];
      // "a group that has applauded": a relative "that" stands for its noun.
      const previous = tokens[k - 1];
      const relative =
        previous && (previous.pos === "NOUN" || previous.pos === "PROPN" || previous.text === ",");
      if (subject?.norm === "that" && relative) return false;
      // "it" is a party when reported speech gave it one ("the union announced that it has called off").
      if (subject && (SITUATION_PRONOUNS.has(subject.norm) || (subject.norm === "it" && !c.actor)))
        return true;
      const permission = PERMISSION_VERBS.has(tokens[c.trigger.firstToken].lemma.toLowerCase());
      // "…, thus allowing", "while allowing": a participle with no subject of its own tells what the
      // main clause brings about, whatever party that clause names.
      if (
        permission &&
        tokens[c.trigger.firstToken].norm.endsWith("ing") &&
        ADJUNCT_OPENERS.has(subject?.norm ?? "")
      )
        return true;
      return !c.actor && permission;
    };
    // "the 'one country, two systems' formula granting Hong Kong autonomy", "a law allowing":
    // a participle after a document tells what the document does, no party's act.
    const documentDoes = (t: (typeof candidates)[number]["trigger"]) => {
      const tok = doc.tokens[t.firstToken];
      const before = doc.tokens[t.firstToken - 1];
      return (
        !t.nominal &&
        tok.norm.endsWith("ing") &&
        before?.pos === "NOUN" &&
        DOCUMENT_HEADS.has(before.lemma.toLowerCase())
      );
    };
    const providingText = (a: NonNullable<(typeof candidates)[number]["actor"]>) => {
      const lemma = doc.tokens[headIndexOf(doc, a)].lemma.toLowerCase();
      return DOCUMENT_HEADS.has(lemma) && !BODY_TEXTS.has(lemma);
    };
    const figurative = new Set<(typeof candidates)[number]>();
    for (const c of candidates) {
      if (AGENT_ONLY.has(c.trigger.type) && documentDoes(c.trigger)) {
        figurative.add(c);
        continue;
      }
      if (AGENT_ONLY.has(c.trigger.type) && !c.passive && predicate(c.trigger) && situationSubject(c)) {
        figurative.add(c);
        continue;
      }
      if (c.actor && thing(c.actor, true)) {
        if (AGENT_ONLY.has(c.trigger.type) && !c.passive && predicate(c.trigger)) figurative.add(c);
        // "The new constitution calls for a two-chamber parliament", "the plan demands": what a
        // text provides for is its content, no party's request ("a UN report called for" is its
        // authors'; a resolution's demand is the body's that adopted it).
        if (c.trigger.type === "REQUEST" && !c.passive && providingText(c.actor)) figurative.add(c);
        // "the militants' attack to capture the town": the possessor of an act is who does it.
        c.actor = possessorOf(c.actor);
      }
      if (c.recipient && thing(c.recipient)) c.recipient = undefined;
      // "a deal to purchase 30 of Boeing's 787-9 Dreamliner jets": a thing a party owns stands for
      // the party, as "Iran's nuclear programme" does for Iran; the jets are not Boeing's people.
      else if (c.recipient) c.recipient = ownerOfThing(c.recipient) ?? c.recipient;
    }
    return candidates.filter((c) => !figurative.has(c));
  },
};
