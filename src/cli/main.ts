import { readFileSync } from "node:fs";
import { Command } from "commander";
import { fromRoot } from "../core/paths.ts";
import { articlesCommand } from "./commands/articles.ts";
import { benchCommand } from "./commands/bench.ts";
import { evalCommand } from "./commands/eval.ts";
import { eventsCommand, exportCommand } from "./commands/events.ts";
import { extractCommand } from "./commands/extract.ts";
import { gazetteerCommand } from "./commands/gazetteer.ts";
import { incidentCommand, incidentsCommand, resolveCommand } from "./commands/incidents.ts";
import { ingestCommand } from "./commands/ingest.ts";
import { enqueueCommand, statusCommand, workerCommand } from "./commands/queue.ts";
import { reprocessCommand } from "./commands/reprocess.ts";
import { serveCommand } from "./commands/serve.ts";
import { watchCommand } from "./commands/watch.ts";
import { installProcessGuards, oneLineErrors, reportFailure } from "./output.ts";

const program = new Command("chronicle")
  .description(
    "Chronicle turns news into a source-attributed event dataset: who did what to whom, where, when, how many, according to whom.",
  )
  .version(JSON.parse(readFileSync(fromRoot("package.json"), "utf8")).version);

for (const command of [
  ingestCommand(),
  eventsCommand(),
  exportCommand(),
  articlesCommand(),
  extractCommand(),
  evalCommand(),
  benchCommand(),
  reprocessCommand(),
  gazetteerCommand(),
  resolveCommand(),
  incidentsCommand(),
  incidentCommand(),
  serveCommand(),
  enqueueCommand(),
  workerCommand(),
  statusCommand(),
  watchCommand(),
]) {
  program.addCommand(command);
}

installProcessGuards();
oneLineErrors(program);
try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportFailure(error);
}
