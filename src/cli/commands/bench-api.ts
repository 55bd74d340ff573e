import { Command } from "commander";
import type { BenchApiOptions } from "../../api/bench.ts";
import type { BenchUiOptions } from "../../api/bench-ui.ts";
import { parseCount } from "../output.ts";

// `bench` declares --json and --write too and takes them first wherever they stand on the command
// line, so these subcommands read their options together with their parent's (optsWithGlobals).

/** `chronicle bench api`: p95 latency of the API's common queries (the work is in src/api/bench.ts). */
export function benchApiCommand(): Command {
  return new Command("api")
    .description("p95 latency of common API queries over generated events in SQLite")
    .option("--events <n>", "generated events", parseCount, 100_000)
    .option("--requests <n>", "requests per query", parseCount, 60)
    .option("--json", "print JSON")
    .option("--write", "also update the bench api section of docs/benchmarks.md (tracked; off by default)")
    .action(async (_: unknown, command: Command) => {
      // Loaded here, not at start-up, so that `chronicle --help` stays fast.
      const { benchApi } = await import("../../api/bench.ts");
      await benchApi(command.optsWithGlobals<BenchApiOptions>());
    });
}

/** `chronicle bench ui`: first render of the events view in Chromium (the work is in src/api/bench-ui.ts). */
export function benchUiCommand(): Command {
  return new Command("ui")
    .description(
      "time to the first render of the UI (timeline, map, table) in Chromium over generated events",
    )
    .option("--events <n>", "generated events", parseCount, 10_000)
    .option("--loads <n>", "page loads; the median is reported", parseCount, 7)
    .option("--json", "print JSON")
    .option("--write", "also update the bench ui section of docs/benchmarks.md (tracked; off by default)")
    .action(async (_: unknown, command: Command) => {
      const { benchUi } = await import("../../api/bench-ui.ts");
      await benchUi(command.optsWithGlobals<BenchUiOptions>());
    });
}
