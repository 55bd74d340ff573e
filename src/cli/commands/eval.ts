import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import type { EvalReport, Evaluator } from "../../eval/harness.ts";
import { CliError, parseCount, parseDay, printDiagnostics } from "../output.ts";

/**
 * Each stage's evaluator, loaded only when it is scored. Written out as literal `import()`s rather
 * than one import of a path computed from the stage: esbuild then compiles each evaluator into a
 * chunk of the CLI build (scripts/build-cli.ts), where a computed path would name a .ts file that
 * Node cannot load without tsx.
 */
const EVALUATORS: Record<string, () => Promise<{ evaluate: Evaluator }>> = {
  extract: () => import("../../eval/extract.ts"),
  ner: () => import("../../eval/ner.ts"),
  time: () => import("../../eval/time.ts"),
  geo: () => import("../../eval/geo.ts"),
  events: () => import("../../eval/events.ts"),
  "events-learn": () => import("../../eval/events-learn.ts"),
  incidents: () => import("../../eval/incidents.ts"),
};

/** The stages `chronicle eval` scores on the corpora (besides `seed`, which prints events). */
export const EVAL_STAGES = Object.keys(EVALUATORS);

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
        const evaluator = Object.hasOwn(EVALUATORS, stage) ? EVALUATORS[stage] : undefined;
        if (!evaluator) {
          throw new CliError(`unknown stage "${stage}"; choose one of: seed, ${EVAL_STAGES.join(", ")}`);
        }
        // Loaded here, not at start-up, so that `chronicle --help` stays fast.
        const { findDataDir, renderReport, writeBenchmarkSection } = await import("../../eval/harness.ts");
        const dataDir = findDataDir();
        if (!dataDir) {
          const message =
            "Evaluation data not found: looked in $CHRONICLE_DATA and ../shared/data. Set CHRONICLE_DATA to the corpora folder to score this stage.";
          process.stderr.write(`${message}\n`);
          if (opts.json)
            process.stdout.write(`${JSON.stringify({ stage, datasets: {}, speed: {}, notes: [message] })}\n`);
          return;
        }
        const { evaluate } = await evaluator();
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
