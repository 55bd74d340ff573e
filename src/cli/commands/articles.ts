import { Command, Option } from "commander";
import { DEFAULT_DB } from "../../store/defaults.ts";
import { parseCount, parseNonEmpty } from "../output.ts";

export function articlesCommand(): Command {
  return new Command("articles")
    .description("list stored articles with their text, captions, credits and diagnostics")
    .option(
      "--db <file-or-url>",
      "SQLite file (must exist) or postgres:// URL (CHRONICLE_DB sets the default)",
      parseNonEmpty,
      DEFAULT_DB,
    )
    .addOption(new Option("--format <format>", "output format").choices(["table", "jsonl"]).default("table"))
    .option(
      "--search <query>",
      'full-text search: words ("O\'Brien", "C++"), or FTS5 syntax ("a OR b", "strik*", "\\"exact phrase\\"")',
      parseNonEmpty,
    )
    .option("--limit <n>", "at most this many articles", parseCount)
    .action(async (opts: { db: string; format: "table" | "jsonl"; search?: string; limit?: number }) => {
      // Loaded here, not at start-up, so that `chronicle --help` stays fast.
      const { Store } = await import("../../store/index.ts");
      const store = await Store.open(opts.db, { mustExist: true });
      let articles: Awaited<ReturnType<typeof store.listArticles>>;
      try {
        articles = await store.listArticles(opts.search ? undefined : opts.limit);
        if (opts.search) {
          const hits = new Set((await store.searchArticles(opts.search, opts.limit ?? 50)).map((h) => h.id));
          articles = articles.filter((a) => hits.has(a.id));
        }
      } finally {
        await store.close();
      }
      if (opts.format === "jsonl") {
        for (const a of articles) process.stdout.write(`${JSON.stringify(a)}\n`);
        return;
      }
      for (const a of articles) {
        process.stdout.write(
          `${a.id}  ${a.publishedAt?.slice(0, 10) ?? "????-??-??"}  ${a.events} events${a.stale ? " (stale: chronicle reprocess --stale)" : ""}  ${a.title}\n    ${a.url ?? a.uri}\n`,
        );
      }
      process.stdout.write(`${articles.length} articles\n`);
    });
}
