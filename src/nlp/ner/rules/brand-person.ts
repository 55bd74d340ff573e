import type { TokenSpan } from "../labels.ts";
import type { WordToken } from "../tokens.ts";

/** What the rule needs to know of a word: does an organisation list hold it, does a people-name list? */
export interface NameLists {
  organisation(phrase: string): boolean;
  person(phrase: string): boolean;
}

/**
 * A one-word person that only organisation lists know ("Biedronka said on Tuesday …"): the tagger
 * reads "<capitalised word> said" as a person's context, but a name no list of people's names
 * holds and a list of brands or organisations does is the organisation. Returns the span retyped,
 * or undefined.
 */
export function brandNotPerson(
  words: readonly WordToken[],
  span: TokenSpan,
  lists: NameLists,
): TokenSpan | undefined {
  if (span.type !== "PER" || span.end - span.start !== 1) return undefined;
  const word = words[span.start].text;
  if (!lists.organisation(word) || lists.person(word)) return undefined;
  return { ...span, type: "ORG" };
}
