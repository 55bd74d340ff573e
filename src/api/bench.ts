import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { Kysely } from "kysely";
import { renderReport, round, writeBenchmarkSection } from "../eval/harness.ts";
import { type EventMention, PLOVER_TYPES } from "../events/schema.ts";
import { seededRandom } from "../nlp/ner/hash.ts";
import { Store } from "../store/index.ts";
import type { Database } from "../store/schema.ts";
import { buildServer } from "./server.ts";

/** Countries of the generated events, with a point inside each. */
const COUNTRIES: [string, string, number, number][] = [
  ["KEN", "Nairobi", -1.29, 36.82],
  ["NGA", "Lagos", 6.45, 3.39],
  ["COD", "Goma", -1.68, 29.22],
  ["SDN", "Khartoum", 15.5, 32.56],
  ["UKR", "Kharkiv", 49.99, 36.23],
  ["ARM", "Yerevan", 40.18, 44.51],
  ["KGZ", "Bishkek", 42.87, 74.59],
  ["MMR", "Yangon", 16.87, 96.2],
  ["LBY", "Tripoli", 32.89, 13.19],
  ["FRA", "Paris", 48.86, 2.35],
  ["BRA", "São Paulo", -23.55, -46.63],
  ["IND", "Delhi", 28.61, 77.21],
];
const WORDS =
  "police army protesters ministry border ceasefire talks convoy aid shelling strike market refugees election court sanctions parliament drone village governor".split(
    " ",
  );
const ACTORS = Array.from({ length: 200 }, (_, i) => `Group ${i}`);
const MODALITIES = ["asserted", "reported", "planned", "denied"] as const;

/** Days since 2023-01-01, as YYYY-MM-DD. */
const day = (n: number) => new Date(Date.UTC(2023, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** Fills a database with `events` generated events, ten per article, deterministically. */
export async function generateEvents(db: Kysely<Database>, events: number): Promise<void> {
  const random = seededRandom(20_240_601);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const now = new Date().toISOString();
  const perArticle = 10;
  for (let a = 0; a * perArticle < events; a += 500) {
    await db.transaction().execute(async (trx) => {
      for (let i = a; i < Math.min(a + 500, events / perArticle); i++) {
        const articleId = `bench-${i}`;
        const text = Array.from({ length: 60 }, () => pick(WORDS)).join(" ");
        const published = day(Math.floor(random() * 730));
        await trx
          .insertInto("articles")
          .values({
            id: articleId,
            uri: `bench://${i}`,
            url: null,
            title: `${pick(WORDS)} ${pick(WORDS)} report ${i}`,
            text,
            published_at: published,
            published_precision: "day",
            published_found_in: "meta",
            site: `Outlet ${i % 40}`,
            byline: null,
            lang: "eng",
            blocks: "[]",
            captions: "[]",
            credits: "[]",
            annotations: "{}",
            diagnostics: "[]",
            fetched_at: now,
            ingested_at: now,
          })
          .execute();
        const rows = [];
        for (let k = 0; k < perArticle; k++) {
          const [country, place, lat, lon] = pick(COUNTRIES);
          const type = pick(PLOVER_TYPES);
          const date = day(Math.floor(random() * 730));
          const actor = pick(ACTORS);
          const start = k * 20;
          const mention: EventMention = {
            id: `${articleId}-${k}`,
            type,
            actor: { text: actor, start, end: start + 5, kind: "organisation" },
            place: { text: place, name: place, country, lat, lon, precision: "city", fromFocus: false },
            time: {
              value: date,
              precision: "day",
              acledPrecision: 1,
              text: "",
              anchor: "explicit",
              relation: "on",
            },
            counts: [],
            attribution: { source: `Outlet ${i % 40}`, cue: "said", start, end: start + 4 },
            modality: pick(MODALITIES),
            contexts: [],
            evidence: {
              docId: articleId,
              sentence: k,
              start,
              end: start + 19,
              text: text.slice(start, start + 19),
              trigger: { start, end: start + 4, text: text.slice(start, start + 4), form: "finite" },
            },
            also: [],
            confidence: round(0.5 + random() / 2, 2),
          };
          rows.push({
            id: mention.id,
            article_id: articleId,
            type,
            mode: null,
            actor,
            actor_country: country,
            recipient: null,
            place_name: place,
            place_country: country,
            lat,
            lon,
            time_value: date,
            time_start: date,
            time_end: date,
            modality: mention.modality,
            confidence: mention.confidence,
            evidence_start: start,
            evidence_end: start + 19,
            record: JSON.stringify(mention),
          });
        }
        await trx.insertInto("events").values(rows).execute();
      }
    });
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export interface BenchApiOptions {
  events: number;
  requests: number;
  json?: boolean;
  write?: boolean;
}

/** `chronicle bench api` (its options are in src/cli/commands/bench-api.ts): runs the queries, prints the report. */
export async function benchApi(opts: BenchApiOptions): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "chronicle-bench-api-"));
  const store = await Store.open(join(dir, "api.db"));
  const t0 = performance.now();
  await generateEvents(store.db, opts.events);
  process.stderr.write(
    `generated ${opts.events} events in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
  );
  const app = await buildServer({ store, rateLimit: 1_000_000 });
  const uncached = await buildServer({ store, rateLimit: 1_000_000, cacheCounts: false });
  const random = seededRandom(7);
  const month = () => {
    const start = Math.floor(random() * 700);
    return `since=${day(start)}&until=${day(start + 30)}`;
  };
  const queries: Record<string, () => string> = {
    "time range (one month, first page)": () => `/api/events?${month()}`,
    "type (first page)": () => `/api/events?type=${PLOVER_TYPES[Math.floor(random() * 16)]}`,
    "country (first page)": () => `/api/events?country=${COUNTRIES[Math.floor(random() * 12)][0]}`,
    "type + country + month": () =>
      `/api/events?type=${PLOVER_TYPES[Math.floor(random() * 16)]}&country=${COUNTRIES[Math.floor(random() * 12)][0]}&${month()}`,
    "full text (articles)": () => `/api/search?q=${WORDS[Math.floor(random() * WORDS.length)]}`,
    "stats (all events), computed each time": () => "/api/stats",
    "stats (one type), computed each time": () =>
      `/api/stats?type=${PLOVER_TYPES[Math.floor(random() * 16)]}`,
    "stats (all events), kept until the data changes": () => "/api/stats",
    "stats (one type), kept until the data changes": () =>
      `/api/stats?type=${PLOVER_TYPES[Math.floor(random() * 16)]}`,
    "places (map, all events), computed each time": () => "/api/places",
    "places (map, all events), kept until the data changes": () => "/api/places",
  };
  const results: Record<string, Record<string, number>> = {};
  for (const [name, url] of Object.entries(queries)) {
    const server = name.includes("computed each time") ? uncached : app;
    await server.inject(url()); // warm the statement cache
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < opts.requests; i++) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      const r = await server.inject(url());
      times.push(performance.now() - started);
      const used = process.cpuUsage(cpuStarted);
      cpu.push((used.user + used.system) / 1000);
      if (r.statusCode !== 200) throw new Error(`${name}: ${r.statusCode} ${r.body.slice(0, 200)}`);
    }
    results[name] = {
      "p50 ms": round(percentile(times, 50), 1),
      "p95 ms": round(percentile(times, 95), 1),
      "p95 CPU ms": round(percentile(cpu, 95), 1),
    };
    process.stderr.write(
      `${name}: p95 ${results[name]["p95 ms"]} ms (CPU ${results[name]["p95 CPU ms"]} ms)\n`,
    );
  }
  await app.close();
  await uncached.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  const report = {
    stage: "bench api",
    datasets: {
      [`${opts.events.toLocaleString("en-US")} generated events in SQLite, ${opts.requests} requests per query`]:
        Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v])),
    },
    speed: {},
    notes: [
      "Whole request through Fastify (`inject`, no socket): validation, SQL, JSON. Bar: p95 < 50 ms. `p95 CPU ms` is the process's CPU time per request, which other load on the machine does not inflate; the wall-clock figures do include waiting for a core.",
      "Event pages are 100 events; searches return 20 articles. The server keeps stats and places until another process writes (SQLite data_version); the `computed each time` rows are what the first request after an ingest costs.",
      `Load average at the end of the run: ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores.`,
    ],
  };
  const markdown = renderReport(report);
  process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : `${markdown}\n`);
  if (opts.write) writeBenchmarkSection("bench api", markdown);
}
