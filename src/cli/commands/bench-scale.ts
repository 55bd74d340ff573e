import { mkdtempSync, rmSync, statSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import type { Queries } from "../../api/queries.ts";
import type { syntheticArticle } from "../../eval/synthetic.ts";
import type { RawDoc } from "../../sources/types.ts";
import { ARTICLES_PER_BATCH } from "../../store/defaults.ts";
import { isPostgresUrl } from "../../store/dialect.ts";
import type { Store } from "../../store/index.ts";
import type { StorableDoc } from "../../store/rows.ts";

/** Times each query is asked at a checkpoint; the 95th percentile of them is reported. */
const QUERY_REPEATS = 40;

interface Checkpoint {
  articles: number;
  events: number;
  "articles/s": number;
  "DB MB": number;
  "peak RSS MB": number;
  "p95 ms": Record<string, number>;
  /** One-minute load average when the queries were done: what else the machine was running. */
  load: number;
}

function rawOf(n: number, synthetic: typeof syntheticArticle): RawDoc {
  const a = synthetic(n, 7);
  return {
    uri: a.url,
    url: a.url,
    title: a.title,
    publishedAt: a.publishedAt,
    source: a.source,
    bytes: new TextEncoder().encode(a.text),
    contentType: "text/plain",
    fetchedAt: "2025-01-01T00:00:00.000Z",
    diagnostics: [],
  };
}

async function databaseMb(store: Store, target: string): Promise<number> {
  if (store.backend === "postgres") {
    const { sql } = await import("kysely");
    const r = await sql<{ bytes: string }>`SELECT pg_database_size(current_database()) AS bytes`.execute(
      store.db,
    );
    return Number(r.rows[0].bytes) / 2 ** 20;
  }
  const size = (file: string) => {
    try {
      return statSync(file).size;
    } catch {
      return 0;
    }
  };
  return (size(target) + size(`${target}-wal`)) / 2 ** 20;
}

/**
 * The API's common questions, asked of its read module (what `chronicle serve` answers): a month,
 * a type and a country (first page of 100, newest first), full text (20 articles), and the
 * dashboard's counts, both as the server keeps them until the data changes and computed afresh.
 */
const QUERIES: Record<string, (api: { kept: Queries; computed: Queries }) => Promise<unknown>> = {
  "time range": ({ kept }) => kept.events({ since: "2023-06-01", until: "2023-06-30" }, { limit: 100 }),
  type: ({ kept }) => kept.events({ type: "PROTEST" }, { limit: 100 }),
  country: ({ kept }) => kept.events({ country: "KEN" }, { limit: 100 }),
  "full text": ({ kept }) => kept.search("nurses pay", 20),
  stats: ({ kept }) => kept.stats({}),
  "stats computed": ({ computed }) => computed.stats({}),
};

async function p95s(store: Store): Promise<Record<string, number>> {
  const { Queries } = await import("../../api/queries.ts");
  // New each checkpoint: this process writes too, which SQLite's data_version does not count.
  const api = {
    kept: new Queries(store.db, { backend: store.backend }),
    computed: new Queries(store.db, { backend: store.backend, cacheCounts: false }),
  };
  const out: Record<string, number> = {};
  for (const [name, query] of Object.entries(QUERIES)) {
    const times: number[] = [];
    for (let i = 0; i < QUERY_REPEATS; i++) {
      const started = performance.now();
      await query(api);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    out[name] = Math.round(times[Math.floor(0.95 * (times.length - 1))] * 10) / 10;
  }
  return out;
}

export function benchScaleCommand(): Command {
  return new Command("scale")
    .description(
      "generate invented articles, ingest them and report speed, database size, memory and query p95 as the archive grows",
    )
    .option(
      "--size <n>",
      "articles to generate (the full run is 100000, about 700,000 events)",
      (v) => Number.parseInt(v, 10),
      5000,
    )
    .option(
      "--db <file-or-url>",
      "database to fill (default: a new SQLite file in a temporary folder); a postgres:// URL must name an empty database",
    )
    .option(
      "--threads <n>",
      'worker threads for the CPU stages, each with its heap capped, while this thread stores ("auto" = one per core)',
      // "auto" is pipeline/pool.ts's defaultWorkers(), without loading the pipeline to parse an option.
      (v: string) => (v === "auto" ? availableParallelism() : Math.max(1, Number.parseInt(v, 10) || 1)),
      1,
    )
    .action(async (opts: { size: number; db?: string; threads: number }) => {
      // Loaded here, not at start-up, so that `chronicle --help` stays fast.
      const { syntheticArticle } = await import("../../eval/synthetic.ts");
      const { createProcessor } = await import("../../pipeline/pool.ts");
      const { Store } = await import("../../store/index.ts");
      const dir = opts.db ? undefined : mkdtempSync(join(tmpdir(), "chronicle-scale-"));
      const target = opts.db ?? join(dir as string, "scale.db");
      const store = await Store.open(target);
      const processor = createProcessor(opts.threads);
      await processor.ready();
      // Checkpoints at a tenth, a half and all of the archive (10k, 50k, 100k in the full run).
      const marks = new Set([Math.round(opts.size / 10), Math.round(opts.size / 2), opts.size]);
      const checkpoints: Checkpoint[] = [];
      let peak = process.memoryUsage().rss;
      let events = 0;
      let batch: StorableDoc[] = [];
      let ingestMs = 0;
      let started = performance.now();
      const inFlight: Promise<StorableDoc>[] = [];
      const take = async (done: number) => {
        const p = await (inFlight.shift() as Promise<StorableDoc>);
        events += p.rows?.events.length ?? 0;
        batch.push(p);
        if (batch.length >= ARTICLES_PER_BATCH || marks.has(done)) {
          await store.saveBatch(batch);
          batch = [];
        }
        peak = Math.max(peak, process.memoryUsage().rss);
        if (!marks.has(done)) return;
        ingestMs += performance.now() - started;
        const point: Checkpoint = {
          articles: done,
          events,
          "articles/s": Math.round((done / ingestMs) * 1000 * 10) / 10,
          "DB MB": Math.round(await databaseMb(store, target)),
          "peak RSS MB": Math.round(peak / 2 ** 20),
          "p95 ms": await p95s(store),
          load: Math.round(loadavg()[0] * 10) / 10,
        };
        checkpoints.push(point);
        process.stderr.write(`${JSON.stringify(point)}\n`);
        started = performance.now();
      };
      let done = 0;
      for (let n = 0; n < opts.size; n++) {
        inFlight.push(processor.ingest(rawOf(n, syntheticArticle), {}));
        if (inFlight.length >= processor.window) await take(++done);
      }
      while (inFlight.length) await take(++done);
      await processor.close();
      await store.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
      const report = {
        backend: isPostgresUrl(target) ? "postgres" : "sqlite",
        workers: opts.threads,
        cores: availableParallelism(),
        checkpoints,
      };
      process.stdout.write(`${JSON.stringify(report)}\n`);
    });
}
