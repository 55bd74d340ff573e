import { Command } from "commander";
import { ARTICLES_PER_BATCH, DEFAULT_DB } from "../../store/defaults.ts";
import type { StorableDoc } from "../../store/rows.ts";
import { EXIT, parseBytes, parseDay, parseNonEmpty, parseWorkers, printDiagnostics } from "../output.ts";
import { selectGazetteer } from "./gazetteer.ts";

export function ingestCommand(): Command {
  return new Command("ingest")
    .description(
      "read news (files, directories, globs, URLs, feeds, WARC, JSONL, - for stdin) into the database",
    )
    .argument("<inputs...>", "paths, globs, URLs or - for stdin")
    .option(
      "--db <file-or-url>",
      "SQLite file or postgres:// URL (CHRONICLE_DB sets the default)",
      parseNonEmpty,
      DEFAULT_DB,
    )
    .option(
      "--published <date>",
      "publication date YYYY-MM-DD for documents (overrides what the page says)",
      parseDay,
    )
    .option("--gazetteer <file>", "imported gazetteer (default: gazetteer.db beside --db, if imported)")
    .option("--follow", "for feeds: fetch each item's page")
    .option("--json", "print a JSON summary instead of text")
    .option("-q, --quiet", "print only the summary")
    .option(
      "--workers <n>",
      'worker threads for the CPU stages, each with its heap capped, while this thread stores ("auto" = one per core)',
      parseWorkers,
      1,
    )
    .option(
      "--max-bytes <size>",
      "largest document read, e.g. 50MB (default 10MB); a JSONL file is a batch, the limit applies to each record",
      parseBytes,
    )
    .action(
      async (
        inputs: string[],
        opts: {
          db: string;
          published?: string;
          follow?: boolean;
          json?: boolean;
          quiet?: boolean;
          workers: number;
          maxBytes?: number;
          gazetteer?: string;
        },
      ) => {
        if (!(await selectGazetteer(opts))) return;
        // Loaded here, not at start-up, so that `chronicle --help` stays fast.
        const { default: cliProgress } = await import("cli-progress");
        const { createProcessor } = await import("../../pipeline/pool.ts");
        const { isNoDocument, readSources } = await import("../../sources/index.ts");
        const { Store } = await import("../../store/index.ts");
        const { preparedInputs, resolveArticles } = await import("../../resolve/index.ts");
        const store = await Store.open(opts.db);
        const summary = {
          documents: 0,
          stored: 0,
          duplicates: 0,
          redated: 0,
          failed: 0,
          events: 0,
          warnings: 0,
          undated: 0,
        };
        const showBar = process.stderr.isTTY && !opts.json && !opts.quiet;
        const bar = showBar
          ? new cliProgress.SingleBar(
              { format: "ingest {value} docs | {events} events | {rate} docs/s", hideCursor: true },
              cliProgress.Presets.shades_classic,
            )
          : undefined;
        bar?.start(0, 0, { events: 0, rate: "0" });
        const started = performance.now();
        let batch: StorableDoc[] = [];
        // Events coded so far, for the progress bar (the summary counts what the store kept).
        let eventsSeen = 0;
        const flush = async () => {
          if (!batch.length) return;
          const r = await store.saveBatch(batch);
          // Stored articles stay stored if resolution fails; `chronicle resolve` can redo it later.
          const ids = batch.filter((p) => p.ok).map((p) => p.articleId);
          // Under the store's resolve lock, so workers resolving into the same PostgreSQL database wait.
          await store
            .exclusive("resolve", (db) => resolveArticles(db, ids, preparedInputs(r.written)))
            .catch((e: Error) =>
              process.stderr.write(
                `! incidents not updated for this batch (${e.message}); run: chronicle resolve\n`,
              ),
            );
          summary.stored += r.inserted;
          summary.duplicates += r.duplicates;
          summary.redated += r.redated;
          summary.events += r.events;
          batch = [];
        };
        // Articles already stored are recognised from their text before the NLP stages run.
        const processor = createProcessor(opts.workers, await store.storedDates());
        const options = opts.published ? { publishedAt: opts.published } : {};
        // Documents go through the pipeline up to `window` at a time and are stored in input order.
        const inFlight: Promise<StorableDoc>[] = [];
        const settle = async (processed: StorableDoc) => {
          if (!processed.ok) summary.failed++;
          if (processed.undated) summary.undated++;
          eventsSeen += processed.rows?.events.length ?? 0;
          summary.warnings += processed.diagnostics.filter((d) => d.severity === "warning").length;
          if (!opts.quiet && !opts.json) {
            bar?.stop();
            printDiagnostics(processed.uri, processed.diagnostics);
            bar?.start(0, summary.documents, { events: eventsSeen, rate: "" });
          }
          batch.push(processed);
          if (batch.length >= ARTICLES_PER_BATCH) await flush();
          bar?.update(summary.documents, {
            events: eventsSeen,
            rate: (summary.documents / ((performance.now() - started) / 1000)).toFixed(1),
          });
        };
        // Inputs that held no document at all (an empty directory, a glob matching nothing).
        let emptyInputs = 0;
        const sourceOptions = {
          follow: !!opts.follow,
          ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
        };
        for await (const raw of readSources(inputs, sourceOptions)) {
          if (isNoDocument(raw)) {
            emptyInputs++;
            if (!opts.json) printDiagnostics(raw.uri, raw.diagnostics);
            continue;
          }
          summary.documents++;
          inFlight.push(processor.ingest(raw, options));
          if (inFlight.length >= processor.window)
            await settle(await (inFlight.shift() as Promise<StorableDoc>));
        }
        while (inFlight.length) await settle(await (inFlight.shift() as Promise<StorableDoc>));
        await processor.close();
        await flush();
        bar?.stop();
        await store.close();
        const seconds = (performance.now() - started) / 1000;
        if (opts.json) {
          process.stdout.write(
            `${JSON.stringify({ ...summary, seconds: Math.round(seconds * 100) / 100, db: opts.db })}\n`,
          );
        } else {
          process.stderr.write(
            `${summary.documents} documents: ${summary.stored} stored, ${summary.duplicates} already in ${opts.db}, ${summary.redated ? `${summary.redated} re-dated, ` : ""}${summary.failed} failed; ${summary.events} events (${seconds.toFixed(1)} s)\n`,
          );
        }
        if (summary.undated > 0 && !opts.json) {
          process.stderr.write(
            `! ${summary.undated} article${summary.undated === 1 ? " has" : "s have"} no publication date: their relative dates ("on Thursday") are only known to fall on or before the capture date. Re-date them with chronicle reprocess --undated --published YYYY-MM-DD (or --article ID).\n`,
          );
        }
        if (summary.documents === 0) {
          process.stderr.write(
            "No documents found in the inputs. Check the paths, or pass - to read standard input.\n",
          );
          process.exitCode = EXIT.noInput;
        } else if (summary.failed > 0 || emptyInputs > 0) {
          process.exitCode = EXIT.someFailed;
        }
      },
    );
}
