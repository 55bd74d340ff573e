import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import type { EvalReport, Evaluator } from "../../eval/harness.ts";
import { CliError, EXIT, parseCount, parseDay, printDiagnostics } from "../output.ts";

/** Stages with an evaluator in src/eval/<stage>.ts. */
export const EVAL_STAGES = ["extract", "ner", "time", "geo", "events", "events-learn", "incidents"] as const;

/** The seed article's publication date (given with the seed; the page itself does not carry one). */
const SEED_PUBLISHED = "2022-01-13";

async function evalSeed(opts: { json?: boolean; published: string }): Promise<void> {
  const { repoRoot } = await import("../../eval/harness.ts");
  const dir = [join(repoRoot, "../shared/seeds"), "../shared/seeds"].find((d) => existsSync(d));
  if (!dir) {
    process.stderr.write("The seed articles (../shared/seeds) are not on this machine; nothing to show.\n");
    return;
  }
  const files = readdirSync(dir).map((f) => join(dir, f));
  // Loaded here, not at start-up, so that `chronicle --help` stays fast.
  const { toTable } = await import("../../export/index.ts");
  const { processDocument } = await import("../../pipeline/index.ts");
  const { readSources } = await import("../../sources/index.ts");
  for await (const raw of readSources(files)) {
    const p = processDocument(raw, { publishedAt: opts.published });
    printDiagnostics(p.uri, p.diagnostics);
    const records = p.events.map((e) => ({
      ...e,
      article: { id: p.articleId, title: p.article.title, publishedAt: p.article.publishedAt?.value },
    }));
    if (opts.json) {
      process.stdout.write(`${JSON.stringify({ uri: p.uri, title: p.article.title, events: records })}\n`);
    } else {
      process.stdout.write(
        `\n${p.uri}\n"${p.article.title}" (${p.article.publishedAt?.value ?? "no date"})\n\n${toTable(records)}`,
      );
    }
  }
}

export function evalCommand(): Command {
  return new Command("eval")
    .description(`score a stage on the public evaluation corpora: seed, ${EVAL_STAGES.join(", ")}`)
    .argument("<stage>", "stage to evaluate")
    .option("--json", "print one JSON object {stage, datasets, speed}")
    .option("--limit <n>", "at most this many documents per dataset (quick run)", parseCount)
    .option("--published <date>", "publication date of the seed articles", parseDay, SEED_PUBLISHED)
    .option("--no-write", "do not update docs/benchmarks.md")
    .option("--gazetteer <file>", "geo: an imported gazetteer to score beside the built-in one")
    .action(
      async (
        stage: string,
        opts: { json?: boolean; limit?: number; published: string; write: boolean; gazetteer?: string },
      ) => {
        if (stage === "seed") return evalSeed(opts);
        if (!(EVAL_STAGES as readonly string[]).includes(stage)) {
          throw new CliError(`unknown stage "${stage}"; choose one of: seed, ${EVAL_STAGES.join(", ")}`);
        }
        // Loaded here, not at start-up, so that `chronicle --help` stays fast.
        const { findDataDir, renderReport, repoRoot, writeBenchmarkSection } = await import(
          "../../eval/harness.ts"
        );
        const dataDir = findDataDir();
        if (!dataDir) {
          const message =
            "Evaluation data not found: looked in $CHRONICLE_DATA and ../shared/data. Set CHRONICLE_DATA to the corpora folder to score this stage.";
          process.stderr.write(`${message}\n`);
          if (opts.json)
            process.stdout.write(`${JSON.stringify({ stage, datasets: {}, speed: {}, notes: [message] })}\n`);
          return;
        }
        const module = join(repoRoot, "src/eval", `${stage}.ts`);
        if (!existsSync(module)) {
          process.stderr.write(`No evaluator for "${stage}" yet (src/eval/${stage}.ts).\n`);
          process.exitCode = EXIT.usage;
          return;
        }
        const { evaluate } = (await import(module)) as { evaluate: Evaluator };
        const report: EvalReport = await evaluate({
          dataDir,
          ...(opts.limit ? { limit: opts.limit } : {}),
          ...(opts.gazetteer ? { gazetteer: opts.gazetteer } : {}),
          log: (line) => process.stderr.write(`${line}\n`),
        });
        const markdown = renderReport(report);
        if (opts.json) process.stdout.write(`${JSON.stringify(report)}\n`);
        else process.stdout.write(`${markdown}\n`);
        if (opts.write && !opts.limit) writeBenchmarkSection(stage, markdown);
      },
    );
}
