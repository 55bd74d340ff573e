import { Command } from "commander";
import { articlesCommand } from "./commands/articles.ts";
import { benchCommand } from "./commands/bench.ts";
import { evalCommand } from "./commands/eval.ts";
import { eventsCommand, exportCommand } from "./commands/events.ts";
import { extractCommand } from "./commands/extract.ts";
import { ingestCommand } from "./commands/ingest.ts";
import { serveCommand } from "./commands/serve.ts";

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
  serveCommand(),
]) {
  program.addCommand(command);
}

await program.parseAsync(process.argv);
