import { availableParallelism } from "node:os";
import { type Command, CommanderError, InvalidArgumentError } from "commander";
import type { Diagnostic } from "../core/diagnostics.ts";

/** Exit codes that mean something to scripts (listed in README.md, "Exit codes"). */
export const EXIT = {
  ok: 0,
  /** Bad usage or an unusable database. */
  usage: 1,
  /** An unexpected failure inside Chronicle (a bug): one line, the stack with CHRONICLE_DEBUG=1. */
  internal: 2,
  /** Some documents (or stored records) could not be read or were skipped; the rest were used. */
  someFailed: 3,
  /** No document was found in the inputs. */
  noInput: 4,
} as const;

/** A problem the user can fix, with the exit code that says which kind. Printed as one line. */
export class CliError extends Error {
  override name = "CliError";
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
  }
}

const MARK: Record<Diagnostic["severity"], string> = { error: "✗", warning: "!", info: "·" };

export function printDiagnostics(uri: string, diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    if (d.severity === "info") continue;
    process.stderr.write(`${MARK[d.severity]} ${uri}: [${d.code}] ${d.message}\n`);
  }
}

/** Parses YYYY-MM-DD (a real day: not 2022-02-30), saying what is wrong otherwise. */
export function parseDay(value: string): string {
  const time = Date.parse(`${value}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(time) ||
    new Date(time).toISOString().slice(0, 10) !== value
  ) {
    throw new InvalidArgumentError(`"${value}" is not a date; use YYYY-MM-DD, e.g. 2022-01-13.`);
  }
  return value;
}

/** A value that must say something: `--place ""` is a mistake, not "no filter". */
export function parseNonEmpty(value: string): string {
  if (!value.trim()) throw new InvalidArgumentError("The value is empty; give one, or leave the option out.");
  return value;
}

/** Parses a whole number of at least 1 ("--limit 20"); "abc", "-1", "0" and "2.5" are refused. */
export function parseCount(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1)
    throw new InvalidArgumentError(`"${value}" is not a whole number of 1 or more, e.g. 20.`);
  return Number(value);
}

/** `--workers`: "auto" (one per core) or a whole number of 1 or more. */
export function parseWorkers(value: string): number {
  if (value === "auto") return availableParallelism();
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1)
    throw new InvalidArgumentError(`"${value}" is not a number of workers; use a whole number or "auto".`);
  return Number(value);
}

const BYTE_UNITS: Record<string, number> = {
  "": 1,
  b: 1,
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
};

/** A size in bytes: "50MB", "512KB", "2G" or a plain number of bytes. */
export function parseBytes(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  const unit = m ? BYTE_UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) * unit < 1)
    throw new InvalidArgumentError(`"${value}" is not a size; use e.g. 50MB, 512KB or a number of bytes.`);
  return Math.round(Number(m[1]) * unit);
}

/**
 * Every command's usage errors become one line naming the problem and where the usage is
 * ("chronicle events: error: option '--limit <n>' argument 'abc' is invalid. … (see chronicle events --help)").
 */
export function oneLineErrors(command: Command, path = command.name()): void {
  command.configureOutput({
    outputError: (message, write) =>
      write(`${message.trim().replace(/\s*\n\s*/g, " ")} (see ${path} --help)\n`),
  });
  for (const sub of command.commands) oneLineErrors(sub, `${path} ${sub.name()}`);
}

/**
 * What the user sees when a command fails: one line, never a stack (CHRONICLE_DEBUG=1 adds it).
 * Returns the exit code.
 */
export function reportFailure(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode;
  const known = error instanceof CliError || (error instanceof Error && error.name === "StoreError");
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    known
      ? `chronicle: ${message}\n`
      : `chronicle: internal failure (${message}); please report it, with the output of CHRONICLE_DEBUG=1\n`,
  );
  if (process.env.CHRONICLE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return error instanceof CliError ? error.exitCode : known ? EXIT.usage : EXIT.internal;
}

/**
 * `chronicle export | head`: when the reader goes away, stop quietly instead of printing EPIPE.
 * Unexpected failures outside a command's promise get the same one line as inside.
 */
export function installProcessGuards(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(EXIT.ok);
    process.exit(reportFailure(error));
  });
  process.on("uncaughtException", (error) => process.exit(reportFailure(error)));
  process.on("unhandledRejection", (error) => process.exit(reportFailure(error)));
}
