import { Command } from "commander";
import type { BenchApiOptions } from "../../api/bench.ts";

/** `chronicle bench api`: p95 latency of the API's common queries (the work is in src/api/bench.ts). */
export function benchApiCommand(): Command {
  return new Command("api")
    .description("p95 latency of common API queries over generated events in SQLite")
    .option("--events <n>", "generated events", (v) => Number.parseInt(v, 10), 100_000)
    .option("--requests <n>", "requests per query", (v) => Number.parseInt(v, 10), 60)
    .option("--json", "print JSON")
    .option("--no-write", "do not update docs/benchmarks.md")
    .action(async (opts: BenchApiOptions) => {
      // Loaded here, not at start-up, so that `chronicle --help` stays fast.
      const { benchApi } = await import("../../api/bench.ts");
      await benchApi(opts);
    });
}
