import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import type { ThreadCpuSplit } from "../../eval/thread-cpu.ts";
import type { ProcessedDoc } from "../../pipeline/index.ts";
import type { DocumentProcessor } from "../../pipeline/pool.ts";
import type { RawDoc } from "../../sources/types.ts";
import { ARTICLES_PER_BATCH } from "../../store/defaults.ts";
import type { StorableDoc } from "../../store/rows.ts";
import { CliError, parseCount, parseWorkers } from "../output.ts";
import { benchApiCommand, benchUiCommand } from "./bench-api.ts";
import { benchScaleCommand } from "./bench-scale.ts";
import { gazetteerBenchCommand } from "./gazetteer.ts";

interface RunResult {
  articlesPerSecond: number;
  wordsPerSecond: number;
  peakRssMb: number;
  /** CPU time of every thread of the process (workers, V8's compiler and GC threads, SQLite) per article. */
  cpuMsPerArticle: number;
  events: number;
  /** One-minute load average of the machine, the mean of its values at the start and end of the run. */
  load: number;
  /** CPU ms per article by kind of thread (Linux only; src/eval/thread-cpu.ts). */
  threads?: ThreadCpuSplit;
}

/**
 * Articles each pool thread processes in the bench's untimed first run. V8 compiles and optimises
 * the pipeline in every thread's heap for itself, on its helper threads, and goes on doing so long
 * after the models are loaded: measured on examples × 500 with one pool thread (load 7–11, CPU of
 * every thread from /proc/self/task/<tid>/schedstat, per 500 articles), V8's helper threads spent
 * 6.9–7.1 ms per article over a thread's first 500 articles, 1.9–2.3 up to its 1,500th, 0.5–1.2 up
 * to its 4,000th and 0.35–0.8 from there to its 8,000th (median 0.49, garbage collection about 0.3
 * of it); TurboFan made 884 compilations in the first 500 articles (both threads' heaps), 153–165
 * per 500 up to the 1,500th, and still 38–74 per 500 from the 2,500th to the 4,000th. With two pool
 * threads each compiles the same code, so a warm-up of a fixed number of articles (the 2,000 the
 * bench ran before) left each of two threads half as warm as one, and their timed runs paid a
 * second thread's compilation that a long ingest pays once (docs/benchmarks.md, Scale).
 */
export const WARM_UP_PER_THREAD = 4000;

async function runOnce(
  raws: RawDoc[],
  copies: number,
  processor: DocumentProcessor,
  workers: number,
): Promise<RunResult> {
  const { Store } = await import("../../store/index.ts");
  const { preparedInputs, resolveArticles } = await import("../../resolve/index.ts");
  const { garbageCollector } = await import("../../eval/harness.ts");
  const { splitThreadCpu, threadCpu } = await import("../../eval/thread-cpu.ts");
  // Start each run from a collected heap so that runs are comparable.
  garbageCollector()();
  const dir = mkdtempSync(join(tmpdir(), "chronicle-bench-"));
  const store = await Store.open(join(dir, "bench.db"));
  let peak = process.memoryUsage().rss;
  const sample = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  let words = 0;
  let events = 0;
  let articles = 0;
  const loadAtStart = loadavg()[0];
  const started = performance.now();
  const cpu = process.cpuUsage();
  const threadsBefore = threadCpu();
  let batch: StorableDoc[] = [];
  // As `chronicle ingest` does: each batch stored in one transaction, then its incidents resolved.
  const flush = async () => {
    const saved = await store.saveBatch(batch);
    await resolveArticles(
      store.db,
      batch.filter((p) => p.ok).map((p) => p.articleId),
      preparedInputs(saved.written),
    );
    batch = [];
  };
  const take = async (pending: Promise<StorableDoc>) => {
    const p = await pending;
    words += (p.rows?.article.text ?? "").split(/\s+/).length;
    events += p.rows?.events.length ?? 0;
    articles++;
    batch.push(p);
    if (batch.length >= ARTICLES_PER_BATCH) await flush();
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const inFlight: Promise<StorableDoc>[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const raw of raws) {
      // Each copy is stored as a distinct article a week after the one before, its words changed, so
      // the store and the resolver do the work of a running feed, not duplicate checks. The pool
      // thread makes the copy, so that this thread does what it does in ingest and no more.
      inFlight.push(processor.copy(raw, copy));
      if (inFlight.length >= processor.window) await take(inFlight.shift() as Promise<StorableDoc>);
    }
  }
  while (inFlight.length) await take(inFlight.shift() as Promise<StorableDoc>);
  await flush();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const threadsAfter = threadCpu();
  clearInterval(sample);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    articlesPerSecond: articles / seconds,
    wordsPerSecond: words / seconds,
    peakRssMb: peak / 2 ** 20,
    cpuMsPerArticle: (used.user + used.system) / 1000 / articles,
    events,
    load: (loadAtStart + loadavg()[0]) / 2,
    ...(threadsBefore && threadsAfter
      ? { threads: splitThreadCpu(threadsBefore, threadsAfter, String(process.pid), workers, articles) }
      : {}),
  };
}

/** Peer in the same run: compromise's entity pass (people, places, organisations) over the same texts. */
async function peerWordsPerSecond(texts: string[], copies: number): Promise<number | undefined> {
  try {
    const nlp = (await import("compromise")).default;
    let words = 0;
    const started = performance.now();
    for (let copy = 0; copy < copies; copy++) {
      for (const text of texts) {
        const d = nlp(text);
        d.people().out("array");
        d.places().out("array");
        d.organizations().out("array");
        words += text.split(/\s+/).length;
      }
    }
    return words / ((performance.now() - started) / 1000);
  } catch {
    return undefined;
  }
}

export function benchCommand(): Command {
  return new Command("bench")
    .addCommand(resolveBenchCommand())
    .description("measure ingest throughput (articles/s, words/s) and peak memory on the bundled examples")
    .addCommand(gazetteerBenchCommand())
    .option("--articles <n>", "how many articles to ingest per run", parseCount, 2000)
    .option("--runs <n>", "runs; the median is reported", parseCount, 3)
    .option(
      "--warm-up <n>",
      "articles each pipeline thread processes untimed before the timed runs (its first run, reported apart)",
      parseCount,
      WARM_UP_PER_THREAD,
    )
    .option(
      "--workers <n>",
      'also measure N threads, as ingest --workers N ("auto" = one per core), beside the single thread',
      parseWorkers,
      1,
    )
    .addCommand(benchScaleCommand())
    .option(
      "--backend <name>",
      "sqlite (the pipeline in threads, one process) or postgres (1 against --workers N `chronicle worker` processes through the job queue)",
      parseBackend,
      "sqlite",
    )
    .option(
      "--server <url>",
      "for --backend postgres: a PostgreSQL URL on the server to use (the bench creates and drops its own databases there; CHRONICLE_DB sets the default)",
    )
    .option("--json", "print JSON")
    .option("--write", "also update the bench section of docs/benchmarks.md (tracked; off by default)")
    .option("--out <file>", "also write the bench section into this Markdown file")
    .addCommand(benchApiCommand())
    .addCommand(benchUiCommand())
    .action(
      async (opts: {
        articles: number;
        runs: number;
        warmUp: number;
        workers: number;
        backend: "sqlite" | "postgres";
        server?: string;
        json?: boolean;
        write?: boolean;
        out?: string;
      }) => {
        if (opts.backend === "postgres") return postgresBench(opts);
        // Loaded here, not at start-up, so that `chronicle --help` stays fast.
        const { median, renderReport, repoRoot, round, writeBenchmarkSection } = await import(
          "../../eval/harness.ts"
        );
        const { createProcessor } = await import("../../pipeline/pool.ts");
        const { readSources } = await import("../../sources/index.ts");
        const raws: RawDoc[] = [];
        for await (const raw of readSources([join(repoRoot, "examples")])) raws.push(raw);
        const copies = Math.max(1, Math.round(opts.articles / raws.length));
        // Each side first runs once untimed: the models are loaded by then (ready()), but V8 still
        // compiles and optimises the pipeline's code in every pool thread's heap, each thread for
        // itself, over its first few thousand documents (WARM_UP_PER_THREAD). So that first run
        // gives every pool thread of either side the same number of documents, and the timed runs
        // after it measure the steady state of a long ingest; it is reported on its own, as the
        // warm-up an ingest pays once.
        // The one-worker side's first run comes before the N workers' threads exist, so its memory
        // is its own (its peak RSS is read from that run alone). After it the runs alternate,
        // one thread then N workers, so that a change in the load of a shared machine falls on both
        // sides alike and their ratio holds.
        const warmUpCopies = (threads: number) =>
          Math.max(1, Math.round((opts.warmUp * threads) / raws.length));
        const single = createProcessor(1);
        await single.ready();
        // The peer's texts come from the worker thread too, so that this thread loads no models.
        const texts = (await Promise.all(raws.map((r) => single.process(r, {}))))
          .filter((p) => p.ok)
          .map((p) => p.article.text);
        const report1 = (label: string, r: RunResult) =>
          process.stderr.write(
            `${label}: ${r.articlesPerSecond.toFixed(1)} articles/s, ${r.cpuMsPerArticle.toFixed(1)} CPU ms/article` +
              (r.threads
                ? ` (writing thread ${r.threads.writing.toFixed(2)}, pool ${r.threads.pool.toFixed(2)}, helpers ${r.threads.helpers.toFixed(2)})`
                : "") +
              `, peak ${r.peakRssMb.toFixed(0)} MB, load ${r.load.toFixed(1)}\n`,
          );
        const firstSingle = await runOnce(raws, warmUpCopies(1), single, 1);
        report1("one thread, first run (warm-up)", firstSingle);
        let pool: DocumentProcessor | undefined;
        let firstPooled: RunResult | undefined;
        if (opts.workers > 1) {
          pool = createProcessor(opts.workers);
          // Both sides are timed with their models loaded: the threads load theirs before their first run.
          await pool.ready();
          firstPooled = await runOnce(raws, warmUpCopies(opts.workers), pool, opts.workers);
          report1(`${opts.workers} workers, first run (warm-up)`, firstPooled);
        }
        const runs: RunResult[] = [];
        const pooled: RunResult[] = [];
        const peers: number[] = [];
        for (let i = 0; i < opts.runs; i++) {
          runs.push(await runOnce(raws, copies, single, 1));
          const peer = await peerWordsPerSecond(texts, Math.max(1, Math.round(copies / 4)));
          if (peer) peers.push(peer);
          report1(`run ${i + 1}/${opts.runs}`, runs[i]);
          if (!pool) continue;
          pooled.push(await runOnce(raws, copies, pool, opts.workers));
          report1(`${opts.workers} workers, run ${i + 1}/${opts.runs}`, pooled[i]);
        }
        await pool?.close();
        const summarise = (results: RunResult[], memory = results) => ({
          "articles/s": round(median(results.map((r) => r.articlesPerSecond)), 1),
          "words/s": Math.round(median(results.map((r) => r.wordsPerSecond))),
          "peak RSS MB": Math.round(median(memory.map((r) => r.peakRssMb))),
          "CPU ms/article": round(median(results.map((r) => r.cpuMsPerArticle)), 1),
          ...(results.every((r) => r.threads)
            ? threadColumns(results.map((r) => r.threads as ThreadCpuSplit))
            : {}),
          "load avg": round(median(results.map((r) => r.load)), 1),
        });
        const threadColumns = (split: ThreadCpuSplit[]) => ({
          "writing thread CPU ms": round(median(split.map((t) => t.writing)), 2),
          "pool threads CPU ms": round(median(split.map((t) => t.pool)), 2),
          "V8 helpers CPU ms": round(median(split.map((t) => t.helpers)), 2),
        });
        const cpuSingle = median(runs.map((r) => r.cpuMsPerArticle));
        const cpuPooled = median(pooled.map((r) => r.cpuMsPerArticle));
        const report = {
          stage: "bench",
          datasets: {
            [`examples × ${copies} (${raws.length * copies} articles, ${opts.runs} runs, median)`]: {
              chronicle: summarise(runs, [firstSingle]),
              ...(pool ? { [`chronicle, ${opts.workers} workers`]: summarise(pooled) } : {}),
              "chronicle, first run (warm-up, not in the median)": summarise([firstSingle]),
              ...(firstPooled
                ? { [`chronicle, ${opts.workers} workers, first run (warm-up)`]: summarise([firstPooled]) }
                : {}),
              ...(peers.length
                ? { "compromise (entities only, same texts)": { "words/s": Math.round(median(peers)) } }
                : {}),
            },
          },
          speed: pool
            ? {
                [`${opts.workers} workers ÷ one thread (articles/s)`]: round(
                  median(pooled.map((r) => r.articlesPerSecond)) /
                    median(runs.map((r) => r.articlesPerSecond)),
                  2,
                ),
                [`${opts.workers} × CPU ms/article of one thread ÷ that of ${opts.workers} workers (at most what ${opts.workers} idle cores allow)`]:
                  round((opts.workers * cpuSingle) / cpuPooled, 2),
                ...(runs.every((r) => r.threads) && pooled.every((r) => r.threads)
                  ? {
                      [`${opts.workers} × pool thread CPU of one thread ÷ all CPU of ${opts.workers} workers, per article (what ${opts.workers} idle cores allow when one thread is bound by its pool thread)`]:
                        round(
                          (opts.workers * median(runs.map((r) => (r.threads as ThreadCpuSplit).pool))) /
                            median(pooled.map((r) => r.cpuMsPerArticle)),
                          2,
                        ),
                    }
                  : {}),
                ...(firstPooled
                  ? {
                      [`first runs (warm-up: ${opts.warmUp} articles per pool thread from cold), ${opts.workers} workers ÷ one thread (articles/s)`]:
                        round(firstPooled.articlesPerSecond / firstSingle.articlesPerSecond, 2),
                    }
                  : {}),
              }
            : {},
          notes: [
            "Whole pipeline (extraction, tokens/POS, entities, times, counts, places, events), SQLite writes in batches of " +
              ARTICLES_PER_BATCH +
              " and incident resolution after each batch (duplicates, entities, incidents), as `chronicle ingest` does; each copy of the examples is stored as new articles a week after the copy before, with its words changed, so the archive grows like a running feed (as in bench resolve). `chronicle` runs it in one worker thread while the main thread writes and resolves (`chronicle ingest`), the workers row in a piscina pool of N threads (`chronicle ingest --workers N`).",
            `Each side runs once before the timed runs, ${opts.warmUp} articles per pool thread (the warm-up rows: models loaded, but V8 still compiling and optimising the pipeline in each thread's heap, which it does for each thread over its first few thousand articles); the timed runs alternate one thread and N workers, so they measure the steady state of a long ingest.` +
              " The warm-up row's peak RSS is that of its longer run; the timed rows' CPU by thread (Linux) is the writing thread (storing, resolving), the pool threads (the pipeline) and every other thread (V8's compiler and garbage-collector helpers). Load avg is the machine's one-minute load average during the runs: on a shared machine Linux gives each session (autogroup) an equal share of the cores, so while other sessions keep the cores busy N threads get no more CPU than one, and the articles/s ratio falls towards 1 whatever the code does; the CPU-based ratio is what N idle cores would allow.",
            "spaCy en_core_web_lg runs about 8,000 words/s on CPU (published figure, not measured here).",
            "CPU ms/article is the CPU time of every thread of the process (process.cpuUsage: workers, V8's compiler and garbage-collector threads, SQLite) over the run; on a machine shared with other jobs it moves less than articles/s, and N workers can reach N times the articles/s of one thread only if they spend no more CPU per article.",
          ],
        };
        const markdown = renderReport(report);
        process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : `${markdown}\n`);
        if (opts.write) writeBenchmarkSection("bench", markdown);
        if (opts.out) writeBenchmarkSection("bench", markdown, opts.out);
      },
    )
    .addCommand(
      new Command("hostile")
        .description(
          "time deeply nested, huge and batch inputs through the whole pipeline (each must take < 5 s)",
        )
        .option("--json", "print JSON")
        .action(async (_: unknown, command: Command) => {
          // `bench` declares --json too and takes it wherever it stands: read both levels.
          const opts = command.optsWithGlobals<{ json?: boolean }>();
          const { renderReport } = await import("../../eval/harness.ts");
          const { runHostileBench } = await import("../../eval/hostile.ts");
          const report = runHostileBench((line) => process.stderr.write(`${line}\n`));
          process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : `${renderReport(report)}\n`);
        }),
    );
}

function parseBackend(value: string): "sqlite" | "postgres" {
  if (value !== "sqlite" && value !== "postgres")
    throw new InvalidArgumentError(`"${value}" is not a backend; use sqlite or postgres.`);
  return value;
}

/** `chronicle bench --backend postgres`: 1 against N `chronicle worker` processes on one server (src/queue/bench.ts). */
async function postgresBench(opts: {
  articles: number;
  runs: number;
  workers: number;
  server?: string;
  json?: boolean;
  write?: boolean;
  out?: string;
}): Promise<void> {
  const { renderReport, repoRoot, writeBenchmarkSection } = await import("../../eval/harness.ts");
  const { syntheticFeedJsonl } = await import("../../eval/synthetic.ts");
  const { isPostgresUrl } = await import("../../store/dialect.ts");
  const { benchQueue, queueBenchReport } = await import("../../queue/bench.ts");
  const serverUrl = opts.server ?? process.env.CHRONICLE_DB;
  if (!serverUrl || !isPostgresUrl(serverUrl))
    throw new CliError(
      "bench --backend postgres needs a PostgreSQL server: --server postgres://user@host/db (a user that may create databases) or CHRONICLE_DB",
    );
  if (opts.workers < 2)
    throw new CliError("bench --backend postgres compares 1 worker with N: give --workers N (N ≥ 2)");
  const dir = mkdtempSync(join(tmpdir(), "chronicle-bench-pg-"));
  const corpus = join(dir, "corpus.jsonl");
  const text = syntheticFeedJsonl(opts.articles, 7);
  writeFileSync(corpus, text);
  const words = text
    .split("\n")
    .filter(Boolean)
    .reduce((n, line) => n + (JSON.parse(line) as { text: string }).text.split(/\s+/).length, 0);
  const bin = join(repoRoot, "bin/chronicle.js");
  const options = {
    serverUrl,
    corpus,
    articles: opts.articles,
    workers: opts.workers,
    runs: opts.runs,
    // Each worker in its own session, as on separate machines or services (see the report's notes).
    startWorker: (db: string) =>
      spawn(process.execPath, [bin, "worker", "--db", db], {
        stdio: ["ignore", "ignore", "pipe"],
        detached: true,
      }),
    log: (line: string) => process.stderr.write(`${line}\n`),
  };
  try {
    const result = await benchQueue(options);
    const report = queueBenchReport(options, result, words);
    const markdown = renderReport(report);
    process.stdout.write(
      opts.json ? `${JSON.stringify({ ...report, runs: result.runs })}\n` : `${markdown}\n`,
    );
    if (opts.write) writeBenchmarkSection("bench postgres", markdown);
    if (opts.out) writeBenchmarkSection("bench postgres", markdown, opts.out);
    if (!result.identical) throw new CliError("the runs did not all store the same results (see the report)");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `chronicle bench resolve`: what incident resolution adds per article, at two archive sizes. */
function resolveBenchCommand(): Command {
  return new Command("resolve")
    .description(
      "measure what resolution (duplicates, entities, incidents) adds per article as the archive grows",
    )
    .option(
      "--sizes <list>",
      "archive sizes, comma-separated",
      (v) => v.split(",").map(Number),
      [2000, 20000],
    )
    .option("--json", "print JSON")
    .option("--no-write", "do not update docs/benchmarks.md")
    .action(async (_: unknown, command: Command) => {
      // `bench` declares --json and --no-write too and takes them first; read both levels.
      const opts = command.optsWithGlobals<{ sizes: number[]; json?: boolean; write: boolean }>();
      const { median, renderReport, repoRoot, round, writeBenchmarkSection } = await import(
        "../../eval/harness.ts"
      );
      const { processDocument } = await import("../../pipeline/index.ts");
      const { readSources } = await import("../../sources/index.ts");
      const { MEASURED, measureResolveCost } = await import("../../resolve/bench.ts");
      const raws: RawDoc[] = [];
      for await (const raw of readSources([join(repoRoot, "examples")])) raws.push(raw);
      // Pipeline CPU time per article, measured again beside every archive so both see the same machine.
      let docs: ProcessedDoc[] = [];
      const pipelineCpuMs = () => {
        const samples: number[] = [];
        for (let pass = 0; pass < 3; pass++) {
          const cpu = process.cpuUsage();
          docs = raws.map((r) => processDocument(r));
          const used = process.cpuUsage(cpu);
          samples.push((used.user + used.system) / 1000 / raws.length);
        }
        return median(samples);
      };
      pipelineCpuMs();
      const rows: Record<string, Record<string, number>> = {};
      for (const size of opts.sizes) {
        const before = pipelineCpuMs();
        const cost = await measureResolveCost(docs, size);
        const analysis = (before + pipelineCpuMs()) / 2;
        // The pool threads prepare resolution's inputs after the stages: part of their pipeline.
        const pipeline = analysis + cost.prepareCpuMsPerArticle;
        process.stderr.write(
          `${size} articles: resolution ${cost.resolveCpuMsPerArticle.toFixed(2)} ms CPU/article, its inputs prepared ${cost.prepareCpuMsPerArticle.toFixed(2)}, pipeline ${pipeline.toFixed(2)}\n`,
        );
        rows[`archive of ${size} articles`] = {
          "resolution CPU ms/article": round(cost.resolveCpuMsPerArticle, 2),
          "resolution wall ms/article": round(cost.resolveMsPerArticle, 2),
          "store write wall ms/article": round(cost.storeMsPerArticle, 2),
          "resolution pages written/article": round(cost.pagesPerArticle, 1),
          "inputs prepared in the pipeline CPU ms/article": round(cost.prepareCpuMsPerArticle, 2),
          "pipeline CPU ms/article": round(pipeline, 2),
          "resolution / pipeline % (CPU)": round((100 * cost.resolveCpuMsPerArticle) / pipeline, 1),
          "resolution with its inputs / pipeline without them %": round(
            (100 * (cost.resolveCpuMsPerArticle + cost.prepareCpuMsPerArticle)) / analysis,
            1,
          ),
        };
      }
      const report = {
        stage: "bench-resolve",
        datasets: { [`resolution cost, last ${MEASURED} articles of each archive`]: rows },
        speed: {},
        notes: [
          "The archive is the bundled examples copied, each copy a week later and with its words changed, so the archive keeps the density of a running feed and only grows in length; resolution runs after each stored batch of " +
            ARTICLES_PER_BATCH +
            ", as in `chronicle ingest`.",
          "Times are CPU time of the measuring thread (process.cpuUsage; resolution includes its SQLite work, which better-sqlite3 runs in the same thread), so other jobs on a shared machine disturb them less than wall time. Pipeline time is the median of three passes over the examples (extraction to events, no store), taken before and after each archive, plus the preparation of resolution's inputs (MinHash band keys, entity mentions; src/resolve/prepare.ts), which ingest's pool threads do after the stages and the resolving thread no longer does; the last column counts that preparation as resolution's, as the runs before it did.",
          "Pages written are the frames resolution appends to SQLite's write-ahead log (emptied before each batch, no checkpoint inside it): a count that load on the machine does not change, so it shows whether the work grows with the archive.",
        ],
      };
      const markdown = renderReport(report);
      process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : `${markdown}\n`);
      if (opts.write) writeBenchmarkSection("bench-resolve", markdown);
    });
}
