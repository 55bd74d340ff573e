import { existsSync, readFileSync } from "node:fs";

/** One sentence of a corpus in the shared JSONL format: tokens and IOB2 tags. */
export interface CorpusSentence {
  tokens: string[];
  tags: string[];
}

export interface CorpusDocument {
  id: string;
  sentences: CorpusSentence[];
}

/** Reads `{"doc","tokens","tags"}` lines and groups consecutive sentences of one document. */
export function readCorpus(path: string, limitDocs?: number): CorpusDocument[] {
  if (!existsSync(path)) throw new Error(`Missing NER corpus file ${path}`);
  const docs: CorpusDocument[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { doc: string; tokens: string[]; tags: string[] };
    if (!row.tokens.length) continue;
    const last = docs.at(-1);
    if (last && last.id === row.doc) last.sentences.push({ tokens: row.tokens, tags: row.tags });
    else {
      if (limitDocs !== undefined && docs.length >= limitDocs) break;
      docs.push({ id: row.doc, sentences: [{ tokens: row.tokens, tags: row.tags }] });
    }
  }
  return docs;
}
