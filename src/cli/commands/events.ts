import { Command, Option } from "commander";
import type { EventRecord } from "../../events/schema.ts";
import { DEFAULT_DB } from "../../store/defaults.ts";
import type { UnreadableEvent } from "../../store/index.ts";
import { CliError, EXIT, parseCount, parseDay, parseNonEmpty } from "../output.ts";

const FORMATS = ["table", "json", "jsonl", "csv", "geojson"] as const;

interface EventsOptions {
  db: string;
  format: (typeof FORMATS)[number];
  type?: string;
  since?: string;
  until?: string;
  place?: string;
  limit?: number;
  explain?: boolean;
  level?: "events" | "incidents";
}

function eventsAction(defaultFormat: (typeof FORMATS)[number]) {
  return async (opts: EventsOptions) => {
    // Loaded here, not at start-up, so that `chronicle --help` stays fast.
    const { PLOVER_TYPES } = await import("../../events/schema.ts");
    if (opts.type && !(PLOVER_TYPES as readonly string[]).includes(opts.type.toUpperCase()))
      throw new CliError(
        `--type ${opts.type} is not a PLOVER event type; use one of ${PLOVER_TYPES.join(", ")}`,
      );
    if (opts.since && opts.until && opts.since > opts.until)
      throw new CliError(`--since ${opts.since} is after --until ${opts.until}; swap them`);
    const { Store } = await import("../../store/index.ts");
    const { toCsv, toGeoJson, toJsonl, toTable } = await import("../../export/index.ts");
    const store = await Store.open(opts.db, { mustExist: true });
    if (opts.level === "incidents") {
      const { listIncidents } = await import("../../resolve/index.ts");
      const { formatIncidents } = await import("./incidents.ts");
      try {
        process.stdout.write(
          await formatIncidents(await listIncidents(store.db, opts), opts.format ?? defaultFormat),
        );
      } finally {
        await store.close();
      }
      return;
    }
    const unreadable: UnreadableEvent[] = [];
    let events: EventRecord[];
    try {
      events = await store.queryEvents(opts, unreadable);
    } finally {
      await store.close();
    }
    for (const u of unreadable)
      process.stderr.write(
        `! event ${u.id} of article ${u.articleId} cannot be read (${u.problem}); it is left out, the others are listed\n`,
      );
    const format = opts.format ?? defaultFormat;
    let out: string;
    if (opts.explain) out = explainEvents(events);
    else if (format === "geojson") {
      const geo = toGeoJson(events);
      if (geo.omitted.total)
        process.stderr.write(
          `geojson: ${geo.omitted.total} of ${events.length} events left out (${geo.omitted.noPlace} have no place, ${geo.omitted.noCoordinates} a place without coordinates); export --format jsonl or csv keeps them\n`,
        );
      out = geo.text;
    } else
      out =
        format === "json"
          ? `${JSON.stringify(events, null, 2)}\n`
          : format === "jsonl"
            ? toJsonl(events)
            : format === "csv"
              ? toCsv(events)
              : toTable(events);
    process.stdout.write(out);
    if (unreadable.length) process.exitCode = EXIT.someFailed;
  };
}

function withFilters(cmd: Command, defaultFormat: (typeof FORMATS)[number]): Command {
  return cmd
    .option(
      "--db <file-or-url>",
      "SQLite file (must exist) or postgres:// URL (CHRONICLE_DB sets the default)",
      parseNonEmpty,
      DEFAULT_DB,
    )
    .addOption(new Option("--format <format>", "output format").choices(FORMATS).default(defaultFormat))
    .option("--type <type>", "PLOVER event type, e.g. PROTEST", parseNonEmpty)
    .option("--since <date>", "events on or after this day (YYYY-MM-DD)", parseDay)
    .option("--until <date>", "events on or before this day (YYYY-MM-DD)", parseDay)
    .option(
      "--place <place>",
      'place or country: a name with or without accents ("Misrata"), an alias, or an ISO alpha-3 code (KAZ)',
      parseNonEmpty,
    )
    .option("--limit <n>", "at most this many events", parseCount)
    .addOption(
      new Option("--level <level>", "one row per event mention or per incident").choices([
        "events",
        "incidents",
      ]),
    )
    .action(eventsAction(defaultFormat));
}

export function eventsCommand(): Command {
  return withFilters(
    new Command("events")
      .description("query stored events")
      .option("--explain", "print each event's evidence and the rules that made and changed it"),
    "table",
  );
}

/** Each event with its evidence and the rules that coded it, for an analyst asking "why this?". */
function explainEvents(events: EventRecord[]): string {
  const blocks = events.map((e) => {
    const who = [e.actor?.text ?? "?", e.recipient ? ` → ${e.recipient.text}` : ""].join("");
    const where = e.place ? ` @ ${e.place.name}${e.place.fromFocus ? " (document focus)" : ""}` : "";
    return [
      `${e.time?.value ?? ""} ${e.type}${e.mode ? `/${e.mode}` : ""} ${who}${where} [${e.modality}]`,
      `  evidence: "${e.evidence.text}" (trigger "${e.evidence.trigger.text}")`,
      `  rules: ${e.rules?.length ? e.rules.join(" → ") : "(not recorded: stored before rules were kept)"}`,
    ].join("\n");
  });
  return `${blocks.join("\n\n")}\n${events.length} events\n`;
}

export function exportCommand(): Command {
  return withFilters(
    new Command("export").description("export stored events as CSV, JSONL or GeoJSON"),
    "jsonl",
  );
}
