import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The bundled examples (invented articles; examples/README.md). */
export const EXAMPLES = join(import.meta.dirname, "../../examples");

/** Publication dates of the examples that carry none, as `npm run demo` gives them (examples/dates.tsv). */
export const EXAMPLE_DATES: ReadonlyMap<string, string> = new Map(
  readFileSync(join(EXAMPLES, "dates.tsv"), "utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => l.split("\t") as [string, string]),
);
