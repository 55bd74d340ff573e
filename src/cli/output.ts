import { InvalidArgumentError } from "commander";
import type { Diagnostic } from "../core/diagnostics.ts";

/** Exit codes that mean something to scripts. */
export const EXIT = {
  ok: 0,
  /** Bad usage or an unusable database. */
  usage: 1,
  /** Some documents could not be read or were skipped; the rest were stored. */
  someFailed: 3,
  /** No document was found in the inputs. */
  noInput: 4,
} as const;

const MARK: Record<Diagnostic["severity"], string> = { error: "✗", warning: "!", info: "·" };

export function printDiagnostics(uri: string, diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    if (d.severity === "info") continue;
    process.stderr.write(`${MARK[d.severity]} ${uri}: [${d.code}] ${d.message}\n`);
  }
}

/** Parses YYYY-MM-DD, saying what is wrong otherwise. */
export function parseDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new InvalidArgumentError(`"${value}" is not a date; use YYYY-MM-DD, e.g. 2022-01-13.`);
  }
  return value;
}
