import type { TokenSpan } from "../labels.ts";
import type { WordToken } from "../tokens.ts";

/** Prepositions after which a lone name is a place ("in Lincoln", "to Washington"), whoever shares it. */
const PLACE_PREPOSITIONS = new Set(["in", "at", "from", "to", "near", "outside", "into", "across"]);

/**
 * "Abraham Lincoln … Lincoln said": once a document names a person in full, a one-word entity
 * elsewhere in it that is that person's surname is that person, whatever type the tagger gave it
 * in its own sentence, unless a preposition of place stands before it ("in Lincoln"). News names a
 * person in full first and by surname after, and the tagger, reading each sentence, may take the
 * surname for a town or a firm. Returns the lines' spans with such spans retyped, and the spans
 * changed.
 */
export function surnamePersons(
  sentences: readonly (readonly WordToken[])[],
  lines: readonly TokenSpan[][],
): { lines: TokenSpan[][]; changed: { line: number; before: TokenSpan; after: TokenSpan }[] } {
  const surnames = new Set<string>();
  lines.forEach((spans, line) => {
    for (const s of spans)
      if (s.type === "PER" && s.end - s.start >= 2) surnames.add(sentences[line][s.end - 1].text);
  });
  const changed: { line: number; before: TokenSpan; after: TokenSpan }[] = [];
  const out = lines.map((spans, line) =>
    spans.map((s) => {
      if (s.type === "PER" || s.end - s.start !== 1 || !surnames.has(sentences[line][s.start].text)) return s;
      const before = sentences[line][s.start - 1]?.text.toLowerCase() ?? "";
      if (PLACE_PREPOSITIONS.has(before)) return s;
      const after: TokenSpan = { ...s, type: "PER" };
      changed.push({ line, before: s, after });
      return after;
    }),
  );
  return { lines: out, changed };
}
