import { Command } from "commander";
import { StoreError } from "../store/index.ts";
import { articlesCommand } from "./commands/articles.ts";
import { benchCommand } from "./commands/bench.ts";
import { evalCommand } from "./commands/eval.ts";
import { eventsCommand, exportCommand } from "./commands/events.ts";
import { extractCommand } from "./commands/extract.ts";
import { ingestCommand } from "./commands/ingest.ts";
import { enqueueCommand, statusCommand, workerCommand } from "./commands/queue.ts";
import { watchCommand } from "./commands/watch.ts";
import { EXIT } from "./output.ts";

const program = new Command("chronicle")
  .description(
    "Chronicle turns news into a source-attributed event dataset: who did what to whom, where, when, how many, according to whom.",
  )
  .version("0.1.0")
  .showHelpAfterError("(run chronicle --help for usage)");

for (const command of [
  ingestCommand(),
  eventsCommand(),
  exportCommand(),
  articlesCommand(),
  extractCommand(),
  evalCommand(),
  benchCommand(),
  enqueueCommand(),
  workerCommand(),
  statusCommand(),
  watchCommand(),
]) {
  program.addCommand(command);
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (!(error instanceof StoreError)) throw error;
  process.stderr.write(`chronicle: ${error.message}\n`);
  process.exitCode = EXIT.usage;
}
