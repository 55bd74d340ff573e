import type { Doc } from "../nlp/types.ts";

/** Honorifics that tell a person's gender ("Mr. Gomes", "Ms. Diaz"). */
const HONORIFICS: Readonly<Record<string, "male" | "female">> = {
  mr: "male",
  "mr.": "male",
  mrs: "female",
  "mrs.": "female",
  ms: "female",
  "ms.": "female",
  miss: "female",
};

/**
 * The gender the text gives a person by an honorific before any mention of the same surname in the
 * document ("Mr. Gomes" … "Gomes"; "Mrs. Ann Diaz"), or undefined: no name list guesses it.
 */
export function genderOf(doc: Doc, person: { text: string }): "male" | "female" | undefined {
  const surname = person.text.split(/\s+/).at(-1)?.toLowerCase();
  return surname ? honorificGenders(doc).get(surname) : undefined;
}

/** Each document's words after an honorific, with the gender of the first honorific met. */
const GENDERS = new WeakMap<Doc, Map<string, "male" | "female">>();

function honorificGenders(doc: Doc): Map<string, "male" | "female"> {
  let genders = GENDERS.get(doc);
  if (genders) return genders;
  genders = new Map();
  const tokens = doc.tokens;
  for (let i = 1; i < tokens.length; i++) {
    if (genders.has(tokens[i].norm)) continue;
    const before =
      HONORIFICS[tokens[i - 1].norm] ??
      (tokens[i - 1].pos === "PROPN" ? HONORIFICS[tokens[i - 2]?.norm ?? ""] : undefined);
    if (before) genders.set(tokens[i].norm, before);
  }
  GENDERS.set(doc, genders);
  return genders;
}

/** A "he" is no one the text calls Ms., a "she" no one it calls Mr.; other pronouns agree with anyone. */
export function agreesWith(doc: Doc, person: { text: string }, pronoun: string): boolean {
  const gender = pronoun === "he" ? "male" : pronoun === "she" ? "female" : undefined;
  if (!gender) return true;
  const given = genderOf(doc, person);
  return !given || given === gender;
}
