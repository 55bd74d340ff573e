import type { Doc } from "../../nlp/types.ts";
import type { ActorCandidate } from "../actors.ts";
import type { Refiner } from "../types.ts";
import { COMPANY_HEADS, COMPANY_SUFFIXES, POLITICAL_TITLES } from "../words.ts";
import { headOf } from "./drop-non-party-arguments.ts";

/**
 * "Emirates Airline finalized a deal to purchase 30 jets", "Dick Clark Productions denied that it
 * had settled", "the company has declined to confirm": deals, denials and disputes between
 * companies are business news, which political event data (PLOVER, ACLED, CAMEO) does not code.
 * An event whose every party is a company, known by a corporate suffix of its name ("Records",
 * "Inc.", "Airlines"), a company head noun ("the company", "the label") or a brand's name
 * (EntityMention.company: "SoftBank", "WeWork"), goes. An event with one
 * party that is not a company stays: "police raided Acme Corp", "Acme Corp sued the ministry". So
 * does one with a party of no political kind beside a company ("a deal to buy Boeing's jets"), unless an office names it ("the State Attorney General").
 */
export const dropBusinessParties: Refiner = {
  name: "drop-business-parties",
  refine(candidates, { doc }) {
    return candidates.filter((c) => {
      const parties = [c.actor, c.recipient].filter((a): a is ActorCandidate => !!a);
      if (parties.length === 0) return true;
      // "Emirates Airline finalized a deal to purchase 30 of Boeing's jets": a company's dealings
      // with an organisation the text gives no political standing (no state, government, armed
      // group, party or international body) are business too.
      const companies = parties.filter((a) => isCompany(doc, a));
      const plain = (a: ActorCandidate) =>
        a.kind === "organisation" &&
        !a.text.split(/[\s-]+/).some((w) => POLITICAL_TITLES.has(w.toLowerCase()));
      return !(companies.length && parties.every((a) => companies.includes(a) || plain(a)));
    });
  },
};

function isCompany(doc: Doc, a: ActorCandidate): boolean {
  if (a.kind === "person") return false;
  // A corporate suffix outweighs the tagger's guess at the name's type ("Harbor Line Airlines" read as a place).
  const words = doc.text.slice(a.start, a.end).split(/\s+/);
  if (words.some((w) => COMPANY_SUFFIXES.has(w.replace(/[.,]$/, "")))) return true;
  // A brand's name ("SoftBank", "WeWork"), when it ends the phrase: "SoftBank", "WeWork's parent",
  // but not "SoftBank's workers", whose head is a party of its own.
  const head = headOf(doc, a);
  if (doc.entities.some((e) => e.company && e.start >= a.start && e.end <= a.end && e.end >= head.end))
    return true;
  return (
    (a.kind === "organisation" || a.kind === "unknown") &&
    COMPANY_HEADS.has(headOf(doc, a).lemma.toLowerCase())
  );
}
