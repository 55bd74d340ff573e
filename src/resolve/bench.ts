import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import type { ProcessedDoc } from "../pipeline/index.ts";
import { ARTICLES_PER_BATCH } from "../store/defaults.ts";
import { Store } from "../store/index.ts";
import { shifted } from "./copies.ts";
import { resolveArticles } from "./index.ts";
import { prepareArticle, preparedInputs } from "./prepare.ts";

/**
 * What resolution adds to ingestion, per article, as the archive grows. The archive is the bundled
 * examples copied again and again, each copy a week later than the one before and with its words
 * changed (so copies are neither near-duplicates of each other nor the same events): at any time
 * the archive is as dense as a news feed that keeps running, and only its length grows.
 */

/** The last this-many articles of each archive size are the ones measured. */
export const MEASURED = 500;

export interface ResolveCost {
  articles: number;
  /** Milliseconds resolution took per article over the last MEASURED articles (wall clock). */
  resolveMsPerArticle: number;
  /** The same in CPU time of this thread, which other jobs on a shared machine disturb less. */
  resolveCpuMsPerArticle: number;
  /**
   * CPU time of preparing resolution's inputs from each article (src/resolve/prepare.ts), which
   * ingest's pool threads do after the pipeline, not the thread that resolves.
   */
  prepareCpuMsPerArticle: number;
  /** Milliseconds the store's write took per article over the same articles (for scale). */
  storeMsPerArticle: number;
  /**
   * Database pages resolution wrote per article (frames it appended to SQLite's write-ahead log):
   * a count, not a time, so a loaded machine does not blur whether the cost grows with the archive.
   */
  pagesPerArticle: number;
}

/** Bytes of one write-ahead-log frame: its 24-byte header and a page. */
async function walFrameBytes(store: Store): Promise<number> {
  const { rows } = await sql<{ page_size: number }>`PRAGMA page_size`.execute(store.db);
  return rows[0].page_size + 24;
}

function fileSize(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

export async function measureResolveCost(examples: ProcessedDoc[], size: number): Promise<ResolveCost> {
  const dir = mkdtempSync(join(tmpdir(), "chronicle-bench-resolve-"));
  const path = join(dir, "bench.db");
  const store = await Store.open(path);
  // The log is emptied before each batch and not checkpointed inside it, so its size after a step
  // counts the pages that step wrote. (The checkpoints' own copying then falls outside both timings.)
  await sql`PRAGMA wal_autocheckpoint = 0`.execute(store.db);
  const frame = await walFrameBytes(store);
  let resolveMs = 0;
  let resolveCpuMs = 0;
  let prepareCpuMs = 0;
  let storeMs = 0;
  let pages = 0;
  const ok = examples.filter((e) => e.ok);
  for (let start = 0; start < size; start += ARTICLES_PER_BATCH) {
    const batch: ProcessedDoc[] = [];
    const measured = start >= size - MEASURED;
    for (let n = start; n < Math.min(size, start + ARTICLES_PER_BATCH); n++) {
      const copy = shifted(ok[n % ok.length], Math.floor(n / ok.length));
      // As a pool thread sends each document in ingest.
      const prepareCpu = process.cpuUsage();
      const prepared = prepareArticle(copy);
      const prepareUsed = process.cpuUsage(prepareCpu);
      if (measured) prepareCpuMs += (prepareUsed.user + prepareUsed.system) / 1000;
      batch.push(prepared ? { ...copy, prepared } : copy);
    }
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(store.db);
    const t0 = performance.now();
    const saved = await store.saveBatch(batch);
    const t1 = performance.now();
    const logged = fileSize(`${path}-wal`);
    const cpu = process.cpuUsage();
    await resolveArticles(
      store.db,
      batch.map((b) => b.articleId),
      preparedInputs(saved.written),
    );
    const t2 = performance.now();
    const used = process.cpuUsage(cpu);
    if (measured) {
      pages += (fileSize(`${path}-wal`) - logged) / frame;
      resolveCpuMs += (used.user + used.system) / 1000;
      storeMs += t1 - t0;
      resolveMs += t2 - t1;
    }
  }
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  const n = Math.min(MEASURED, size);
  return {
    articles: size,
    resolveMsPerArticle: resolveMs / n,
    resolveCpuMsPerArticle: resolveCpuMs / n,
    prepareCpuMsPerArticle: prepareCpuMs / n,
    storeMsPerArticle: storeMs / n,
    pagesPerArticle: pages / n,
  };
}
