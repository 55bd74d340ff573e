import { setTimeout as sleep } from "node:timers/promises";
import { Command, InvalidArgumentError } from "commander";
import { DEFAULT_DB } from "../../store/defaults.ts";
import { parseEvery } from "../../watch/every.ts";
import { printDiagnostics } from "../output.ts";

function every(value: string): number {
  const ms = parseEvery(value);
  if (!ms) throw new InvalidArgumentError(`"${value}" is not an interval; use e.g. 90s, 10m or 2h.`);
  return ms;
}

export function watchCommand(): Command {
  return new Command("watch")
    .description(
      "poll RSS/Atom feeds politely and ingest each new item's page; a restart does not refetch what is stored",
    )
    .argument("<feeds...>", "feed URLs")
    .option(
      "--db <file-or-url>",
      "SQLite file or postgres:// URL (CHRONICLE_DB sets the default)",
      DEFAULT_DB,
    )
    .option("--every <interval>", "time between polls of a feed (doubles after each failure)", every, 600_000)
    .option("--once", "poll each feed once and exit (for cron and tests)")
    .option("-q, --quiet", "print only one line per poll")
    .action(async (feeds: string[], opts: { db: string; every: number; once?: boolean; quiet?: boolean }) => {
      // Loaded here, not at start-up, so that `chronicle --help` stays fast.
      const { createProcessor } = await import("../../pipeline/pool.ts");
      const { HttpClient } = await import("../../sources/http.ts");
      const { Store } = await import("../../store/index.ts");
      const { pollFeed } = await import("../../watch/index.ts");
      const store = await Store.open(opts.db);
      // The pipeline runs in a worker thread whose heap is capped, as `chronicle ingest` does: a
      // watch runs for days, and this thread's heap, sized from the machine's memory, would let
      // garbage pile up.
      const processor = createProcessor(1);
      const http = new HttpClient();
      let stopping = false;
      const wake = new AbortController();
      const stop = () => {
        stopping = true;
        wake.abort();
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      while (!stopping) {
        let nextDue = Date.now() + opts.every;
        for (const feed of feeds) {
          if (stopping) break;
          const due = (await store.feedState(feed)).nextCheckAt;
          if (!opts.once && due && Date.parse(due) > Date.now()) {
            nextDue = Math.min(nextDue, Date.parse(due));
            continue;
          }
          const poll = await pollFeed(feed, store, http, opts.every);
          const processed = await Promise.all(poll.docs.map((raw) => processor.ingest(raw, {})));
          const saved = await store.saveBatch(processed);
          await poll.done();
          if (!opts.quiet) for (const p of processed) printDiagnostics(p.uri, p.diagnostics);
          process.stderr.write(
            poll.outcome === "new-items"
              ? `${feed}: ${poll.docs.length} new items, ${saved.inserted} stored, ${saved.events} events\n`
              : poll.outcome === "not-modified"
                ? `${feed}: unchanged\n`
                : `${feed}: ${poll.message}; trying again later\n`,
          );
        }
        if (opts.once) break;
        const wait = Math.max(1000, nextDue - Date.now());
        await sleep(wait, undefined, { signal: wake.signal }).catch(() => undefined);
      }
      await processor.close();
      await store.close();
    });
}
