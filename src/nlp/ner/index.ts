import type { EntityMention, Sentence, Token } from "../types.ts";
import { addDefinedAcronyms, linkEntities } from "./link.ts";
import { loadModel } from "./model.ts";
import { wordTokens } from "./tokens.ts";

/**
 * Named entities (PER, ORG, LOC, MISC) of one document, linked within the document. Each sentence
 * span is re-tokenised the way the training corpora are (CoNLL style), tagged by the averaged
 * perceptron in model.ts, and every mention gets its canonical name and, for countries and
 * demonyms, the country's ISO alpha-3 code. The model is loaded on the first call.
 */
export function recogniseEntities(text: string, sentences: Sentence[], _tokens: Token[]): EntityMention[] {
  if (!sentences.length) return [];
  const model = loadModel();
  // A line break ends a sentence: headlines, captions and page furniture have no final period.
  const lines = sentences.flatMap((s, sentence) =>
    lineSpans(text, s.start, s.end).map((span) => ({ ...span, sentence })),
  );
  const words = lines.map((line) => wordTokens(text, line.start, line.end));
  const entities = model.entities(words);
  const mentions: EntityMention[] = [];
  words.forEach((ws, k) => {
    const s = lines[k].sentence;
    for (const span of entities[k]) {
      const start = ws[span.start].start;
      const end = ws[span.end - 1].end;
      mentions.push({ start, end, text: text.slice(start, end), label: span.type, sentence: s });
    }
  });
  const linked = linkEntities(text, addDefinedAcronyms(text, mentions));
  for (const m of linked) {
    if (m.label !== "ORG") continue;
    const brand = (name: string) =>
      model.lexicon.holds(BRAND_LIST, name) && !model.lexicon.holds(ORGANISATION_LIST, name);
    if (brand(m.text) || (m.entity && brand(m.entity))) m.company = true;
  }
  return linked;
}

/** The name list of brands (see name-lists.ts), which marks an organisation as a company. */
const BRAND_LIST = "nsi-brand";
/** The curated list of public bodies, parties and NGOs: a charity's shops ("Red Cross") do not make it a company. */
const ORGANISATION_LIST = "org";

/** Sub-spans of text[start, end) separated by line breaks. */
function lineSpans(text: string, start: number, end: number): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === "\n") {
      if (text.slice(from, i).trim()) spans.push({ start: from, end: i });
      from = i + 1;
    }
  }
  return spans;
}
