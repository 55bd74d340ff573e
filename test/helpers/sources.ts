import { fileURLToPath } from "node:url";
import { readSources } from "../../src/sources/index.ts";
import type { RawDoc } from "../../src/sources/types.ts";

/** The source fixtures' folder, with a trailing slash. */
export const dir = fileURLToPath(new URL("../fixtures/sources/", import.meta.url));

/** Every document the inputs yield, in order. */
export async function collect(inputs: string[], options = {}): Promise<RawDoc[]> {
  const docs: RawDoc[] = [];
  for await (const doc of readSources(inputs, options)) docs.push(doc);
  return docs;
}

export const errors = (doc: RawDoc) => doc.diagnostics.filter((d) => d.severity === "error");
export const text = (doc: RawDoc) => new TextDecoder().decode(doc.bytes);
