import type { TokenSpan } from "../labels.ts";
import type { WordToken } from "../tokens.ts";
import { NAME_PARTICLES } from "./words.ts";

/**
 * A person's name with a lower-case particle inside ("Joost van der Westhuizen", "Joaquin del
 * Olmo", "Charles de Gaulle") is one name: a tagger that reads the particle as no name leaves two,
 * a first name and a surname ("Joaquin/PER del Olmo/PER"). Two spans with only particles between
 * them become one person when the second is a person and the first is a person or a word a list of
 * people's names holds (the tagger sometimes takes a foreign first name for a nationality:
 * "Fritz/MISC van Heerden/PER"). In CoNLL-2003 train the gold never has two names with only
 * particles between them; 44 of its person names hold a particle. Returns the line's spans, merged.
 */
export function joinNameParticles(
  words: readonly WordToken[],
  spans: readonly TokenSpan[],
  person: (phrase: string) => boolean,
): TokenSpan[] | undefined {
  let changed = false;
  const out: TokenSpan[] = [];
  for (const span of spans) {
    const before = out.at(-1);
    if (
      before &&
      span.type === "PER" &&
      span.start > before.end &&
      words.slice(before.end, span.start).every((w) => NAME_PARTICLES.has(w.text)) &&
      (before.type === "PER" ||
        (before.type === "MISC" &&
          person(
            words
              .slice(before.start, before.end)
              .map((w) => w.text)
              .join(" "),
          )))
    ) {
      out[out.length - 1] = { start: before.start, end: span.end, type: "PER" };
      changed = true;
      continue;
    }
    out.push(span);
  }
  return changed ? out : undefined;
}
