import { type ChildProcess, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { makeWorkerUtils } from "graphile-worker";
import { sql } from "kysely";
import { createDatabase, dropDatabase } from "../store/databases.ts";
import { Store } from "../store/index.ts";
import { enqueue, queueLogger } from "./index.ts";

/**
 * `chronicle bench --backend postgres`: the same corpus ingested through the job queue by one
 * `chronicle worker` process and by N, each side into a fresh database on one PostgreSQL server,
 * with what each run stored compared, so a speed-up never hides a different result.
 */

/** One timed (or warm-up) run of N worker processes over the queued corpus. */
export interface QueueRun {
  workers: number;
  articles: number;
  events: number;
  incidents: number;
  /** Stored events that belong to no incident: resolution missed their article (should be 0). */
  unresolved: number;
  seconds: number;
  articlesPerSecond: number;
  /** CPU time of the worker processes (every thread, from /proc) from the jobs' release to the drain, per article. */
  cpuMsPerArticle: number;
  /** The largest resident set of each worker process (VmHWM), summed. */
  peakRssMb: number;
  /** One-minute load average, the mean of its values at the release and at the drain. */
  load: number;
  /** sha256 of the canonical dump of what the run stored. */
  digest: string;
}

/** How the bench starts one `chronicle worker` on a database (the CLI's bin, or the test's). */
export type StartWorker = (db: string) => ChildProcess;

/**
 * What a run stored, in an order that does not depend on which worker stored what when: article
 * ids, event ids with their article, and each incident with its member events.
 */
export async function canonicalDump(db: string): Promise<string> {
  const store = await Store.open(db);
  try {
    const articles = await store.db.selectFrom("articles").select("id").orderBy("id").execute();
    const events = await store.db.selectFrom("events").select(["id", "article_id"]).orderBy("id").execute();
    const members = await store.db
      .selectFrom("incident_mentions")
      .select(["incident_id", "event_id"])
      .orderBy("incident_id")
      .orderBy("event_id")
      .execute();
    const incidents: Record<string, string[]> = {};
    for (const m of members) {
      incidents[m.incident_id] ??= [];
      incidents[m.incident_id].push(m.event_id);
    }
    return JSON.stringify({
      articles: articles.map((a) => a.id),
      events: events.map((e) => [e.id, e.article_id]),
      incidents,
    });
  } finally {
    await store.close();
  }
}

export function digestOf(dump: string): string {
  return createHash("sha256").update(dump).digest("hex");
}

/** Clock ticks per second of /proc's CPU times. */
let ticks: number | undefined;
function clockTicks(): number {
  if (ticks === undefined) {
    try {
      ticks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticks = 100;
    }
  }
  return ticks;
}

/** CPU milliseconds a process has used (user + system, all its threads), from /proc/<pid>/stat. */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may hold spaces) in parentheses: utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks();
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/**
 * Workers run in sessions of their own, so a Ctrl-C at the terminal does not reach them: the bench
 * passes it on (SIGTERM) before it exits, and leaves no worker behind.
 */
const live = new Set<ChildProcess>();
let forwarding = false;
function forwardSignals(): void {
  if (forwarding) return;
  forwarding = true;
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => {
      for (const c of live) c.kill("SIGTERM");
      process.exit(signal === "SIGINT" ? 130 : 143);
    });
}

/** Resolves when the worker has loaded its models and started taking jobs (it says so on stderr). */
function ready(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let said = "";
    const onData = (d: Buffer) => {
      said += d;
      if (said.includes("worker running")) {
        child.stderr?.off("data", onData);
        // Keep draining stderr so the worker never blocks on a full pipe.
        child.stderr?.resume();
        resolve();
      }
    };
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`a worker exited (${code}) before it was ready: ${said}`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/**
 * One side of the bench: a fresh database and `workers` worker processes on it, started once and
 * kept for every run of the side, so that after the first (warm-up) run each process runs the
 * pipeline as compiled and optimised by V8, as a long-running worker does.
 */
export class QueueSide {
  private constructor(
    readonly workers: number,
    private readonly serverUrl: string,
    private readonly database: string,
    readonly db: string,
    private readonly children: ChildProcess[],
  ) {}

  static async start(options: {
    serverUrl: string;
    database: string;
    workers: number;
    startWorker: StartWorker;
  }): Promise<QueueSide> {
    const db = await createDatabase(options.serverUrl, options.database);
    // Opening the store migrates it, as `chronicle enqueue` does, before any worker starts.
    await (await Store.open(db)).close();
    const children: ChildProcess[] = [];
    const side = new QueueSide(options.workers, options.serverUrl, options.database, db, children);
    try {
      forwardSignals();
      for (let i = 0; i < options.workers; i++) {
        const child = options.startWorker(db);
        children.push(child);
        live.add(child);
        child.once("exit", () => live.delete(child));
      }
      await Promise.all(children.map(ready));
    } catch (error) {
      await side.stop();
      throw error;
    }
    return side;
  }

  /**
   * One run: the corpus queued but held, then released, and the clock and the workers' CPU read
   * until the queue is drained; then what was stored is dumped and the tables are emptied for the
   * next run.
   */
  async run(corpus: string, onDump?: (dump: string) => void): Promise<QueueRun> {
    const store = await Store.open(this.db);
    try {
      const held = new Date(Date.now() + 24 * 3600 * 1000);
      const jobs = await enqueue(this.db, [corpus], { runAt: held });
      const utils = await makeWorkerUtils({ connectionString: this.db, logger: queueLogger(false) });
      const ids = await utils.withPgClient(
        async (c) => (await c.query<{ id: string }>("SELECT id FROM graphile_worker.jobs")).rows,
      );
      const cpuBefore = this.children.map((c) => processCpuMs(c.pid as number));
      const loadAtStart = loadavg()[0];
      const started = performance.now();
      await utils.rescheduleJobs(
        ids.map((r) => r.id),
        { runAt: new Date() },
      );
      await utils.release();
      for (;;) {
        const s = await store.queueStatus();
        if (s.queued === 0 && s.running === 0 && s.retrying === 0) break;
        for (const c of this.children)
          if (c.exitCode !== null || c.signalCode !== null)
            throw new Error(`a worker exited (${c.exitCode ?? c.signalCode}) before the queue drained`);
        await sleep(100);
      }
      const seconds = (performance.now() - started) / 1000;
      const cpuMs = this.children.reduce(
        (sum, c, i) => sum + processCpuMs(c.pid as number) - cpuBefore[i],
        0,
      );
      const load = (loadAtStart + loadavg()[0]) / 2;
      const rss = this.children.reduce((sum, c) => sum + peakRssMb(c.pid as number), 0);
      const counts = await store.counts();
      const unresolved = await sql<{ n: string }>`
        SELECT count(*) AS n FROM events
        WHERE NOT EXISTS (SELECT 1 FROM incident_mentions m WHERE m.event_id = events.id)`.execute(store.db);
      const dump = await canonicalDump(this.db);
      onDump?.(dump);
      await emptyTables(store);
      const parsed = JSON.parse(dump) as { incidents: Record<string, string[]> };
      return {
        workers: this.workers,
        articles: counts.articles,
        events: counts.events,
        incidents: Object.keys(parsed.incidents).length,
        unresolved: Number(unresolved.rows[0].n),
        seconds,
        articlesPerSecond: jobs / seconds,
        cpuMsPerArticle: cpuMs / jobs,
        peakRssMb: rss,
        load,
        digest: digestOf(dump),
      };
    } finally {
      await store.close();
    }
  }

  /** Stops the workers (SIGTERM lets a running job finish) and drops the database. */
  async stop(): Promise<void> {
    for (const c of this.children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGTERM");
    await Promise.race([Promise.all(this.children.map(exited)), sleep(30_000)]);
    for (const c of this.children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
    await Promise.all(this.children.map(exited));
    await dropDatabase(this.serverUrl, this.database);
  }
}

/**
 * Empties every Chronicle table but the migrations' record (the count tables too: TRUNCATE fires no
 * row triggers), and the queue's finished jobs, so the side's next run starts from an empty store.
 */
async function emptyTables(store: Store): Promise<void> {
  const tables = await sql<{ name: string }>`
    SELECT tablename AS name FROM pg_tables
    WHERE schemaname = 'public' AND tablename <> 'schema_migrations'`.execute(store.db);
  const names = tables.rows.map((t) => `"${t.name}"`).join(", ");
  await sql.raw(`TRUNCATE ${names}`).execute(store.db);
  await sql`DELETE FROM graphile_worker._private_jobs`.execute(store.db);
}

export interface QueueBenchOptions {
  /** A PostgreSQL URL on the server to use; the bench creates and drops its own databases there. */
  serverUrl: string;
  /** A JSONL corpus (one job per line). */
  corpus: string;
  articles: number;
  /** The many-worker side; the other side is one worker. */
  workers: number;
  runs: number;
  startWorker: StartWorker;
  log?: (line: string) => void;
}

export interface QueueBenchResult {
  /** Every run in the order run: each side's warm-up first, then the sides alternating. */
  runs: (QueueRun & { warmUp: boolean })[];
  /** Whether every run, on both sides, stored exactly the same articles, events and incidents. */
  identical: boolean;
}

/**
 * Each side's workers start once; each side first runs once untimed (V8 compiling the pipeline in
 * each process, the server's caches), then the timed runs alternate one worker and N workers, so a
 * change in the load of a shared machine falls on both.
 */
export async function benchQueue(options: QueueBenchOptions): Promise<QueueBenchResult> {
  const runs: QueueBenchResult["runs"] = [];
  const sides: QueueSide[] = [];
  try {
    for (const workers of [1, options.workers])
      sides.push(
        await QueueSide.start({
          serverUrl: options.serverUrl,
          database: `chronicle_bench_${process.pid}_${workers}`,
          workers,
          startWorker: options.startWorker,
        }),
      );
    const one = async (side: QueueSide, warmUp: boolean) => {
      const run = await side.run(options.corpus);
      runs.push({ ...run, warmUp });
      options.log?.(
        `${side.workers} worker(s)${warmUp ? ", warm-up" : ""}: ${run.articlesPerSecond.toFixed(1)} articles/s, ` +
          `${run.cpuMsPerArticle.toFixed(1)} CPU ms/article, ${run.articles} articles, ${run.events} events, ` +
          `${run.incidents} incidents (${run.unresolved} events in none), load ${run.load.toFixed(1)}, results ${run.digest.slice(0, 12)}`,
      );
    };
    for (const side of sides) await one(side, true);
    for (let i = 0; i < options.runs; i++) for (const side of sides) await one(side, false);
  } finally {
    for (const side of sides) await side.stop();
  }
  return { runs, identical: runs.every((r) => r.digest === runs[0].digest) };
}

/** The bench's report, in the shape `renderReport` writes into docs/benchmarks.md. */
export function queueBenchReport(options: QueueBenchOptions, result: QueueBenchResult, words: number) {
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
  const side = (workers: number, warmUp: boolean) =>
    result.runs.filter((r) => r.workers === workers && r.warmUp === warmUp);
  const summarise = (runs: QueueRun[]) => ({
    "articles/s": round(median(runs.map((r) => r.articlesPerSecond)), 1),
    "words/s": Math.round(median(runs.map((r) => r.articlesPerSecond)) * (words / options.articles)),
    "CPU ms/article": round(median(runs.map((r) => r.cpuMsPerArticle)), 1),
    "peak RSS MB (all workers)": Math.round(median(runs.map((r) => r.peakRssMb))),
    "load avg": round(median(runs.map((r) => r.load)), 1),
  });
  const n = options.workers;
  const one = side(1, false);
  const many = side(n, false);
  const first = result.runs[0];
  const same = result.runs.filter((r) => r.digest === first.digest).length;
  return {
    stage: "bench postgres",
    datasets: {
      [`generated articles (${options.articles} jobs, ${options.runs} runs per side, median)`]: {
        "1 worker process": summarise(one),
        [`${n} worker processes`]: summarise(many),
        "1 worker process, first run (warm-up, not in the median)": summarise(side(1, true)),
        [`${n} worker processes, first run (warm-up)`]: summarise(side(n, true)),
      },
    },
    speed: {
      [`${n} workers ÷ 1 worker (articles/s)`]: round(
        median(many.map((r) => r.articlesPerSecond)) / median(one.map((r) => r.articlesPerSecond)),
        2,
      ),
      [`${n} × CPU ms/article of 1 worker ÷ that of ${n} workers (at most what ${n} idle cores allow)`]:
        round(
          (n * median(one.map((r) => r.cpuMsPerArticle))) / median(many.map((r) => r.cpuMsPerArticle)),
          2,
        ),
      [`runs (of ${result.runs.length}, warm-ups included) that stored exactly what the first stored`]: same,
    },
    notes: [
      `Each side: a fresh PostgreSQL database and 1 or ${n} \`chronicle worker\` processes, started once, each in its own session (as services or terminals on other machines would be: Linux's autogroup then gives each process its own share of a shared machine, rather than one share to split). Each run: the corpus queued by \`chronicle enqueue\`'s code (one job per article) but held, then released, timed until the queue is drained (resolve jobs included), then the tables emptied for the side's next run. A worker stores each job's article in one transaction; a resolve job, one at a time across the workers, finds the incidents of the articles stored in the second before it.`,
      `Results: ${result.identical ? "every run on both sides stored the same" : "NOT every run stored the same"} ${first.articles} articles, ${first.events} events and ${first.incidents} incidents (the canonical dump of article ids, event ids with their article, and incident ids with their member events; sha256 ${first.digest.slice(0, 16)}…).`,
      "CPU ms/article is the CPU time of the worker processes (all their threads, /proc/<pid>/stat) from the release to the drain; the PostgreSQL server's own CPU is not in it. Load avg is the machine's one-minute load average; the CPU-based ratio is what N idle cores would allow, and moves less with the load than articles/s. The articles/s ratio can pass N: one worker waits for PostgreSQL at each step of a job (its CPU time is about half of its wall time), and N workers overlap those waits.",
      "The generated corpus is `syntheticFeedArticle` of `src/eval/synthetic.ts`: invented articles from one set of templates, naming real cities, with paragraphs about people and streets made up for each, so that, as in a news feed, an article is a near-duplicate of a handful of others at most (the templates alone make each a near-duplicate of about 7% of the corpus, which makes resolution quadratic: 82 CPU ms/article for 1 worker on 1,000 such articles, 4 articles/s). The warm-up rows are each side's first run (V8 still compiling the pipeline in each new process), reported on their own.",
    ],
  };
}
