import { francAll } from "franc-min";
import { type Diagnostic, diagnostic } from "../core/diagnostics.ts";

/** Below this many characters franc's trigram profile is unreliable; report "und". */
const MIN_CHARS_FOR_LANGUAGE = 120;
/** franc is fast but only needs a few paragraphs; more text only costs time. */
const SAMPLE_CHARS = 3000;
/**
 * English function words make up roughly a quarter of English running text and almost none of
 * any other language's; below 5% the text is clearly not English even if franc hesitates.
 */
const MIN_ENGLISH_FUNCTION_WORD_SHARE = 0.05;
const ENGLISH_FUNCTION_WORDS = new Set(
  "the of and to in a is that for on was with as by at from it he said his be are were has have had but not an this which who they their after".split(
    " ",
  ),
);

export interface LanguageResult {
  lang: string;
  diagnostics: Diagnostic[];
}

/** ISO 639-3 code, and an error for text that is clearly not English so the pipeline skips it. */
export function identifyLanguage(text: string, uri: string): LanguageResult {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.replace(/\s+/g, "").length < MIN_CHARS_FOR_LANGUAGE) return { lang: "und", diagnostics: [] };
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const functionShare = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / Math.max(1, words.length);
  // Clearly English by its function words: franc's trigram scan (the slow part) is not needed.
  if (functionShare >= MIN_ENGLISH_FUNCTION_WORD_SHARE) return { lang: "eng", diagnostics: [] };
  const lang = francAll(sample, { minLength: MIN_CHARS_FOR_LANGUAGE })[0]?.[0] ?? "und";
  if (lang === "eng" || lang === "und") return { lang, diagnostics: [] };
  return {
    lang,
    diagnostics: [
      diagnostic(
        "extract",
        "non-english",
        `${uri} is in ${lang} (ISO 639-3), not English; Chronicle reads English news only for now, so it is skipped`,
        "error",
      ),
    ],
  };
}
