import { Command, Option } from "commander";
import type { listIncidents } from "../../resolve/index.ts";
import { DEFAULT_DB } from "../../store/defaults.ts";
import type { Store } from "../../store/index.ts";
import { EXIT, parseDay } from "../output.ts";

const FORMATS = ["table", "json", "jsonl", "csv", "geojson"] as const;

/** `chronicle resolve`: (re)builds near-duplicates and incidents for a database ingested before. */
export function resolveCommand(): Command {
  return new Command("resolve")
    .description(
      "rebuild near-duplicate links and incidents from the stored events (analyst decisions are kept)",
    )
    .option("--db <file>", "SQLite database file", DEFAULT_DB)
    .option("--json", "print a JSON summary")
    .action(async (opts: { db: string; json?: boolean }) => {
      // Loaded here, not at start-up, so that `chronicle --help` stays fast.
      const { Store } = await import("../../store/index.ts");
      const { resolveAll } = await import("../../resolve/index.ts");
      const store = await Store.open(opts.db);
      const started = performance.now();
      const summary = await resolveAll(store.db);
      await store.close();
      const seconds = (performance.now() - started) / 1000;
      if (opts.json) process.stdout.write(`${JSON.stringify({ ...summary, seconds })}\n`);
      else
        process.stderr.write(
          `${summary.articles} articles, ${summary.mentions} event mentions → ${summary.incidents} incidents (${seconds.toFixed(1)} s)\n`,
        );
    });
}

interface IncidentsOptions {
  db: string;
  format: (typeof FORMATS)[number];
  type?: string;
  since?: string;
  until?: string;
  place?: string;
  minReports?: number;
  limit?: number;
}

/** `chronicle incidents [show ID]`. */
export function incidentsCommand(): Command {
  return new Command("incidents")
    .description("list incidents (one real event, many reports); `incidents show ID` prints all its reports")
    .argument("[show]", '"show" to print one incident')
    .argument("[id]", "incident id")
    .option("--db <file>", "SQLite database file", DEFAULT_DB)
    .addOption(new Option("--format <format>", "output format").choices(FORMATS).default("table"))
    .option("--type <type>", "PLOVER event type, e.g. ASSAULT")
    .option("--since <date>", "incidents on or after this day (YYYY-MM-DD)", parseDay)
    .option("--until <date>", "incidents on or before this day (YYYY-MM-DD)", parseDay)
    .option("--place <place>", "place name or ISO alpha-3 country code")
    .option("--min-reports <n>", "only incidents with at least this many reports", (v) =>
      Number.parseInt(v, 10),
    )
    .option("--limit <n>", "at most this many incidents", (v) => Number.parseInt(v, 10))
    .action(async (show: string | undefined, id: string | undefined, opts: IncidentsOptions) => {
      const { Store } = await import("../../store/index.ts");
      const { getIncident, listIncidents } = await import("../../resolve/index.ts");
      const { incidentDetail } = await import("../../export/incidents.ts");
      const store = await Store.open(opts.db);
      try {
        if (show !== undefined) {
          if (show !== "show" || !id) {
            process.stderr.write(
              'Usage: chronicle incidents show ID (ids are listed by "chronicle incidents").\n',
            );
            process.exitCode = EXIT.usage;
            return;
          }
          const incident = await getIncident(store.db, id);
          if (!incident) {
            process.stderr.write(`No incident ${id} in ${opts.db}. List them with: chronicle incidents\n`);
            process.exitCode = EXIT.usage;
            return;
          }
          process.stdout.write(
            opts.format === "table" ? incidentDetail(incident) : `${JSON.stringify(incident, null, 2)}\n`,
          );
          return;
        }
        const incidents = await listIncidents(store.db, opts);
        process.stdout.write(await formatIncidents(incidents, opts.format));
      } finally {
        await store.close();
      }
    });
}

export async function formatIncidents(
  incidents: Awaited<ReturnType<typeof listIncidents>>,
  format: (typeof FORMATS)[number],
): Promise<string> {
  const { incidentsToCsv, incidentsToGeoJson, incidentsToJsonl, incidentsToTable } = await import(
    "../../export/incidents.ts"
  );
  if (format === "json") return `${JSON.stringify(incidents, null, 2)}\n`;
  if (format === "jsonl") return incidentsToJsonl(incidents);
  if (format === "csv") return incidentsToCsv(incidents);
  if (format === "geojson") return incidentsToGeoJson(incidents);
  return incidentsToTable(incidents);
}

/** `chronicle incident split|merge`: an analyst's correction, stored as a decision. */
export function incidentCommand(): Command {
  const cmd = new Command("incident").description(
    "correct incidents by hand; decisions survive re-resolution",
  );
  cmd
    .command("split")
    .description("move the given reports (event ids) out of an incident into one of their own")
    .argument("<id>", "incident id")
    .requiredOption("--mentions <ids...>", "event ids of the reports to split off (see incidents show ID)")
    .option("--db <file>", "SQLite database file", DEFAULT_DB)
    .action(async (id: string, opts: { db: string; mentions: string[] }) => {
      const { splitIncident } = await import("../../resolve/index.ts");
      await correct(opts.db, (store) =>
        splitIncident(
          store.db,
          id,
          opts.mentions.flatMap((m) => m.split(",")),
        ),
      );
    });
  cmd
    .command("merge")
    .description("join two or more incidents into one")
    .argument("<ids...>", "incident ids")
    .option("--db <file>", "SQLite database file", DEFAULT_DB)
    .action(async (ids: string[], opts: { db: string }) => {
      if (ids.length < 2) {
        process.stderr.write("Give at least two incident ids to merge.\n");
        process.exitCode = EXIT.usage;
        return;
      }
      const { mergeIncidents } = await import("../../resolve/index.ts");
      await correct(opts.db, (store) => mergeIncidents(store.db, ids));
    });
  return cmd;
}

async function correct(db: string, run: (store: Store) => Promise<string[]>): Promise<void> {
  const { Store } = await import("../../store/index.ts");
  const store = await Store.open(db);
  try {
    const ids = await run(store);
    process.stdout.write(`now: ${ids.join(", ")}\n`);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exitCode = EXIT.usage;
  } finally {
    await store.close();
  }
}
