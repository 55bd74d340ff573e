import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type ProcessedDoc, processDocument } from "../src/pipeline/index.ts";
import { readSources } from "../src/sources/index.ts";

const EXAMPLES = join(import.meta.dirname, "../examples");

/**
 * The bundled examples run through the pipeline in this process, each text dump with the date that
 * examples/dates.tsv lists for it (as `chronicle ingest FILE --published DATE` would).
 */
export async function processExamples(): Promise<ProcessedDoc[]> {
  const dates = new Map(
    readFileSync(join(EXAMPLES, "dates.tsv"), "utf8")
      .split("\n")
      .filter((l) => l && !l.startsWith("#"))
      .map((l) => l.split("\t") as [string, string]),
  );
  const files = readdirSync(EXAMPLES).filter((f) => /\.(html|txt|jsonl)$/.test(f));
  const processed: ProcessedDoc[] = [];
  for await (const raw of readSources(files.map((f) => join(EXAMPLES, f)))) {
    const name = raw.uri.split("/").pop()?.split("#")[0] ?? "";
    const publishedAt = dates.get(name);
    processed.push(processDocument(raw, publishedAt ? { publishedAt } : {}));
  }
  return processed;
}
