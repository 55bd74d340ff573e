import { Command, Option } from "commander";
import { toCsv, toGeoJson, toJsonl, toTable } from "../../export/index.ts";
import { DEFAULT_DB, Store } from "../../store/index.ts";
import { parseDay } from "../output.ts";

const FORMATS = ["table", "json", "jsonl", "csv", "geojson"] as const;

interface EventsOptions {
  db: string;
  format: (typeof FORMATS)[number];
  type?: string;
  since?: string;
  until?: string;
  place?: string;
  limit?: number;
}

function eventsAction(defaultFormat: (typeof FORMATS)[number]) {
  return async (opts: EventsOptions) => {
    const store = await Store.open(opts.db);
    const events = await store.queryEvents(opts);
    await store.close();
    const format = opts.format ?? defaultFormat;
    const out =
      format === "json"
        ? `${JSON.stringify(events, null, 2)}\n`
        : format === "jsonl"
          ? toJsonl(events)
          : format === "csv"
            ? toCsv(events)
            : format === "geojson"
              ? toGeoJson(events)
              : toTable(events);
    process.stdout.write(out);
  };
}

function withFilters(cmd: Command, defaultFormat: (typeof FORMATS)[number]): Command {
  return cmd
    .option(
      "--db <file-or-url>",
      "SQLite file or postgres:// URL (CHRONICLE_DB sets the default)",
      DEFAULT_DB,
    )
    .addOption(new Option("--format <format>", "output format").choices(FORMATS).default(defaultFormat))
    .option("--type <type>", "PLOVER event type, e.g. PROTEST")
    .option("--since <date>", "events on or after this day (YYYY-MM-DD)", parseDay)
    .option("--until <date>", "events on or before this day (YYYY-MM-DD)", parseDay)
    .option("--place <place>", "place name or ISO alpha-3 country code, e.g. KAZ")
    .option("--limit <n>", "at most this many events", (v) => Number.parseInt(v, 10))
    .action(eventsAction(defaultFormat));
}

export function eventsCommand(): Command {
  return withFilters(new Command("events").description("query stored events"), "table");
}

export function exportCommand(): Command {
  return withFilters(
    new Command("export").description("export stored events as CSV, JSONL or GeoJSON"),
    "jsonl",
  );
}
