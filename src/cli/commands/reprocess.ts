import { Command } from "commander";
import { PIPELINE_VERSION } from "../../pipeline/version.ts";
import { DEFAULT_DB } from "../../store/defaults.ts";
import type { ArticleFilter } from "../../store/index.ts";
import { EXIT, parseDay, printDiagnostics } from "../output.ts";

/** Articles recoded per transaction: a batch's old events are replaced by its new ones at once. */
const BATCH_SIZE = 50;

interface ReprocessOptions {
  db: string;
  article?: string[];
  since?: string;
  until?: string;
  site?: string;
  stale?: boolean;
  undated?: boolean;
  published?: string;
  json?: boolean;
  quiet?: boolean;
}

export function reprocessCommand(): Command {
  return new Command("reprocess")
    .description(
      "recode stored articles from their stored text with the current pipeline (NLP, places, events), optionally with a corrected publication date",
    )
    .option("--db <file>", "SQLite database file", DEFAULT_DB)
    .option("--article <id>", "only this article (repeat for several)", (v: string, all: string[] = []) => [
      ...all,
      v,
    ])
    .option("--since <date>", "only articles published on or after YYYY-MM-DD", parseDay)
    .option("--until <date>", "only articles published on or before YYYY-MM-DD", parseDay)
    .option("--site <name>", "only articles of this site")
    .option("--stale", `only articles coded by a pipeline older than this one (version ${PIPELINE_VERSION})`)
    .option("--undated", "only articles without a publication date")
    .option("--published <date>", "set this publication date YYYY-MM-DD on the selected articles", parseDay)
    .option("--json", "print a JSON summary instead of text")
    .option("-q, --quiet", "print only the summary")
    .action(async (opts: ReprocessOptions) => {
      const filter: ArticleFilter = {
        ...(opts.article ? { ids: opts.article } : {}),
        ...(opts.since ? { since: opts.since } : {}),
        ...(opts.until ? { until: opts.until } : {}),
        ...(opts.site ? { site: opts.site } : {}),
        ...(opts.stale ? { stale: true } : {}),
        ...(opts.undated ? { undated: true } : {}),
      };
      if (opts.published && Object.keys(filter).length === 0) {
        process.stderr.write(
          "--published would give every stored article the same date; select articles with --article ID, --undated, --site, --since or --until.\n",
        );
        process.exitCode = EXIT.usage;
        return;
      }
      // Loaded here, not at start-up, so that `chronicle --help` stays fast.
      const { default: cliProgress } = await import("cli-progress");
      const { explicitDate } = await import("../../extract/published.ts");
      const { createProcessor } = await import("../../pipeline/pool.ts");
      const { Store } = await import("../../store/index.ts");
      const published = opts.published ? explicitDate(opts.published, "cli") : undefined;
      const store = await Store.open(opts.db);
      const ids = await store.selectArticleIds(filter);
      const summary = { articles: 0, events: 0, warnings: 0 };
      const started = performance.now();
      const showBar = process.stderr.isTTY && !opts.json && !opts.quiet && ids.length > 0;
      const bar = showBar
        ? new cliProgress.SingleBar(
            { format: "reprocess {bar} {value}/{total} articles | {events} events", hideCursor: true },
            cliProgress.Presets.shades_classic,
          )
        : undefined;
      bar?.start(ids.length, 0, { events: 0 });
      // The pipeline runs in a worker thread whose heap is capped, as in `chronicle ingest`: this
      // thread's heap, sized from the machine's memory, would let garbage pile up over an archive.
      const processor = createProcessor(1);
      try {
        for (let i = 0; i < ids.length; i += BATCH_SIZE) {
          const loaded = await store.loadArticles(ids.slice(i, i + BATCH_SIZE));
          const batch = await Promise.all(
            loaded.map(({ id, article }) => {
              if (published) article.publishedAt = published;
              return processor.analyse(article, id);
            }),
          );
          for (const processed of batch) {
            summary.warnings += processed.diagnostics.filter((d) => d.severity === "warning").length;
            if (!opts.quiet && !opts.json && processed.diagnostics.some((d) => d.stage !== "extract")) {
              bar?.stop();
              printDiagnostics(
                processed.uri,
                processed.diagnostics.filter((d) => d.stage !== "extract" && d.stage !== "sources"),
              );
              bar?.start(ids.length, summary.articles, { events: summary.events });
            }
          }
          const saved = await store.saveReprocessed(batch);
          summary.articles += saved.articles;
          summary.events += saved.events;
          bar?.update(summary.articles, { events: summary.events });
        }
      } finally {
        await processor.close();
      }
      bar?.stop();
      await store.close();
      const seconds = (performance.now() - started) / 1000;
      if (opts.json) {
        process.stdout.write(
          `${JSON.stringify({ ...summary, pipelineVersion: PIPELINE_VERSION, seconds: Math.round(seconds * 100) / 100, db: opts.db })}\n`,
        );
      } else {
        process.stderr.write(
          `${summary.articles} articles recoded with pipeline version ${PIPELINE_VERSION}; ${summary.events} events (${seconds.toFixed(1)} s)\n`,
        );
      }
      if (ids.length === 0) {
        process.stderr.write(`No stored article in ${opts.db} matches these filters.\n`);
        process.exitCode = EXIT.noInput;
      }
    });
}
