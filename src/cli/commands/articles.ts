import { Command, Option } from "commander";
import { DEFAULT_DB, Store } from "../../store/index.ts";

export function articlesCommand(): Command {
  return new Command("articles")
    .description("list stored articles with their text, captions, credits and diagnostics")
    .option(
      "--db <file-or-url>",
      "SQLite file or postgres:// URL (CHRONICLE_DB sets the default)",
      DEFAULT_DB,
    )
    .addOption(new Option("--format <format>", "output format").choices(["table", "jsonl"]).default("table"))
    .option("--search <query>", "full-text search (FTS5 syntax)")
    .option("--limit <n>", "at most this many articles", (v) => Number.parseInt(v, 10))
    .action(async (opts: { db: string; format: "table" | "jsonl"; search?: string; limit?: number }) => {
      const store = await Store.open(opts.db);
      let articles = await store.listArticles(opts.search ? undefined : opts.limit);
      if (opts.search) {
        const hits = new Set((await store.searchArticles(opts.search, opts.limit ?? 50)).map((h) => h.id));
        articles = articles.filter((a) => hits.has(a.id));
      }
      await store.close();
      if (opts.format === "jsonl") {
        for (const a of articles) process.stdout.write(`${JSON.stringify(a)}\n`);
        return;
      }
      for (const a of articles) {
        process.stdout.write(
          `${a.id}  ${a.publishedAt?.slice(0, 10) ?? "????-??-??"}  ${a.events} events  ${a.title}\n    ${a.url ?? a.uri}\n`,
        );
      }
      process.stdout.write(`${articles.length} articles\n`);
    });
}
