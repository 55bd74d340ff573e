/**
 * The main job on the embedded default: ingest the bundled examples into ./chronicle.db, print
 * the events and serve the UI over them (`--no-serve` or CI=true stops after printing). Text dumps carry no publication date, so each is ingested with the date listed in
 * examples/dates.tsv, exactly as a user would with `chronicle ingest FILE --published DATE`.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serve } from "../src/cli/commands/serve.ts";

const root = join(import.meta.dirname, "..");
const examples = join(root, "examples");
const db = process.env.CHRONICLE_DB ?? join(root, "chronicle.db");
const bin = join(root, "bin/chronicle.js");

function chronicle(args: string[]): void {
  const r = spawnSync(process.execPath, [bin, ...args], { stdio: "inherit" });
  // Exit 3 means some documents were skipped with a diagnostic; the demo goes on.
  if (r.status !== 0 && r.status !== 3) process.exit(r.status ?? 1);
}

const dates = new Map(
  readFileSync(join(examples, "dates.tsv"), "utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => l.split("\t") as [string, string]),
);
const files = readdirSync(examples);
const dated = files.filter((f) => /\.(html|jsonl)$/.test(f)).map((f) => join(examples, f));
chronicle(["ingest", ...dated, "--db", db, "--quiet"]);
for (const f of files.filter((f) => f.endsWith(".txt"))) {
  const date = dates.get(f);
  chronicle(["ingest", join(examples, f), "--db", db, "--quiet", ...(date ? ["--published", date] : [])]);
}
chronicle(["events", "--db", db]);
process.stdout.write(
  `\nStored in ${db}. Try: ./bin/chronicle.js events --db ${db} --type PROTEST --format jsonl\n`,
);
if (!process.argv.includes("--no-serve") && process.env.CI !== "true") {
  // The product is the desk, not the table: serve it (on another free port when 4173 is taken).
  const server = await serve({ db, port: 4173, host: "127.0.0.1" }).catch((err: NodeJS.ErrnoException) =>
    err.code === "EADDRINUSE" ? serve({ db, port: 0, host: "127.0.0.1" }) : Promise.reject(err),
  );
  process.stdout.write(`\nOpen ${server.url} to browse the events (Ctrl-C stops).\n`);
  process.once("SIGINT", () => server.close().then(() => process.exit(0)));
}
