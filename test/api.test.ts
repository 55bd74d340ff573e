import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { after, before, describe, it } from "node:test";
import { Ajv } from "ajv";
import { parse } from "csv-parse/sync";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { ArticleView, EntityRow, EventsPage, PlaceRow, SearchHit, Stats } from "../src/api/schemas.ts";
import { buildServer } from "../src/api/server.ts";
import type { EventRecord } from "../src/events/schema.ts";
import { EVENT_COLUMNS, toCsv } from "../src/export/index.ts";
import { resolveAll } from "../src/resolve/index.ts";
import type { Store } from "../src/store/index.ts";
import { deskStore } from "./helpers/desk.ts";

let store: Store;
let storePath: string;
let app: FastifyInstance;

const get = async (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: "GET", url, headers });
const json = async (url: string) => {
  const r = await get(url);
  assert.equal(r.statusCode, 200, `${url}: ${r.body}`);
  return r.json();
};
const badParameter = async (url: string, parameter: string) => {
  const r = await get(url);
  assert.equal(r.statusCode, 400, `${url} should be refused`);
  const body = r.json();
  assert.equal(body.parameter, parameter, `${url}: ${r.body}`);
  assert.match(body.message, new RegExp(parameter));
};

before(async () => {
  ({ store, path: storePath } = await deskStore());
  app = await buildServer({ store });
});
after(async () => {
  await app.close();
  await store.close();
});

describe("API: events", () => {
  it("pages through every event with the cursor, each once, newest first", async () => {
    const all: EventRecord[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = EventsPage.parse(await json(`/api/events?limit=3${cursor ? `&cursor=${cursor}` : ""}`));
      assert.ok(page.events.length <= 3);
      all.push(...page.events);
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    const total = (await store.counts()).events;
    assert.equal(all.length, total);
    assert.equal(new Set(all.map((e) => e.id)).size, total);
    assert.equal(pages, Math.ceil(total / 3));
    // Newest first; undated events last.
    const order = await sql<{
      id: string;
    }>`SELECT id FROM events ORDER BY coalesce(time_start, '') DESC, id DESC`.execute(store.db);
    assert.deepEqual(
      all.map((e) => e.id),
      order.rows.map((r) => r.id),
    );
  });

  it("filters by type, dates, country, actor, source, modality and confidence", async () => {
    const ev = async (q: string) => EventsPage.parse(await json(`/api/events?${q}`)).events;
    const protests = await ev("type=protest");
    assert.ok(protests.length >= 2);
    assert.ok(protests.every((e) => e.type === "PROTEST"));
    const march = await ev("since=2025-03-08&until=2025-03-09");
    assert.ok(march.length > 0 && march.every((e) => e.article.title.includes("Busia")));
    assert.ok((await ev("country=uga")).every((e) => e.place?.country === "UGA"));
    const police = await ev("actor=POLICE");
    assert.ok(
      police.length > 0 && police.every((e) => /police/i.test(`${e.actor?.text} ${e.recipient?.text}`)),
    );
    const army = await ev("source=army");
    assert.ok(army.length > 0 && army.every((e) => /army/i.test(e.attribution?.source ?? "")));
    assert.ok((await ev("modality=reported")).every((e) => e.modality === "reported"));
    assert.ok((await ev("confidence=0.8")).every((e) => e.confidence >= 0.8));
    assert.equal((await ev("actor=100%25")).length, 0, "a % in the filter is a character, not a wildcard");
  });

  it("answers bad parameters with a 400 that names the parameter", async () => {
    await badParameter("/api/events?since=2025-02-30", "since");
    await badParameter("/api/events?until=yesterday", "until");
    await badParameter("/api/events?type=PICNIC", "type");
    await badParameter("/api/events?limit=0", "limit");
    await badParameter("/api/events?limit=100000", "limit");
    await badParameter("/api/events?confidence=2", "confidence");
    await badParameter("/api/events?modality=rumoured", "modality");
    await badParameter("/api/events?country=Kenya", "country");
    await badParameter("/api/events?cursor=not-a-cursor", "cursor");
    await badParameter("/api/events?colour=red", "colour");
    await badParameter("/api/events?type=PROTEST&type=ASSAULT", "type");
    await badParameter("/api/search", "q");
    await badParameter("/api/export?format=xlsx", "format");
  });
});

describe("API: articles, entities, places, search, stats", () => {
  it("gives an article's clean text with every extracted value at its offsets", async () => {
    const [first] = EventsPage.parse(await json("/api/events?type=COERCE")).events;
    const a = ArticleView.parse(await json(`/api/articles/${first.article.id}`));
    assert.equal(a.text.slice(first.evidence.start, first.evidence.end), first.evidence.text);
    for (const h of a.highlights) assert.ok(h.start >= 0 && h.end <= a.text.length && h.start < h.end);
    const trigger = a.highlights.find((h) => h.field === "trigger" && h.eventId === first.id);
    assert.equal(a.text.slice(trigger?.start, trigger?.end), first.evidence.trigger.text);
    for (const field of ["actor", "place", "time", "count", "attribution"]) {
      const spans = a.highlights.filter((h) => h.field === field);
      assert.ok(spans.length > 0, `no ${field} highlighted in "${a.title}"`);
    }
    const annotations = a.annotations as { entities: unknown[]; times: unknown[] };
    assert.ok(annotations.entities.length > 0 && annotations.times.length > 0);
    assert.equal((await get("/api/articles/nope")).statusCode, 404);
  });

  it("lists entities, places (with coordinates and report counts) and finds words", async () => {
    const entities = EntityRow.array().parse(await json("/api/entities"));
    assert.ok(entities.some((e) => e.name === "Riot police" && e.asActor === 1));
    const places = PlaceRow.array().parse(await json("/api/places"));
    const nairobi = places.find((p) => p.name === "Nairobi");
    assert.equal(nairobi?.country, "KEN");
    assert.ok(nairobi && nairobi.lat !== null && nairobi.reports === 1);
    const hits = SearchHit.array().parse(await json("/api/search?q=tear%20gas"));
    assert.equal(hits.length, 1);
    assert.ok(hits[0].snippet.includes("\u0002tear\u0003 \u0002gas\u0003"), hits[0].snippet);
    // FTS5 syntax in the input is searched as words, not run as a query.
    assert.deepEqual(
      await json("/api/search?q=%22NEAR(tear%20OR*"),
      await json("/api/search?q=NEAR%20tear%20OR"),
    );
  });

  it("counts per day × type and per country, and says there are no incidents yet", async () => {
    const stats = Stats.parse(await json("/api/stats"));
    assert.equal(stats.events, (await store.counts()).events);
    assert.equal(stats.byDay.reduce((s, r) => s + r.n, 0) + stats.undated, stats.events);
    // Day by day, as the timeline draws them.
    const days = stats.byDay.map((r) => r.day);
    assert.deepEqual(days, [...days].sort());
    assert.ok(stats.byCountry.some((c) => c.country === "KEN"));
    assert.equal(stats.incidents, null);
    const protests = Stats.parse(await json("/api/stats?type=PROTEST"));
    assert.deepEqual(
      protests.byType.map((t) => t.type),
      ["PROTEST"],
    );
  });

  it("documents every route and filter in /api/openapi.json", async () => {
    const doc = await json("/api/openapi.json");
    for (const path of [
      "/api/events",
      "/api/articles/{id}",
      "/api/entities",
      "/api/places",
      "/api/search",
      "/api/stats",
      "/api/export",
      "/api/incidents",
      "/api/incidents/{id}",
    ]) {
      assert.ok(doc.paths[path], path);
    }
    const names = doc.paths["/api/events"].get.parameters.map((p: { name: string }) => p.name);
    for (const n of [
      "type",
      "since",
      "until",
      "place",
      "actor",
      "source",
      "modality",
      "confidence",
      "cursor",
      "limit",
    ]) {
      assert.ok(names.includes(n), n);
    }
  });
});

describe("API: exports", () => {
  it("CSV parses with a standard parser into the documented columns", async () => {
    const r = await get("/api/export?format=csv");
    assert.match(String(r.headers["content-type"]), /text\/csv/);
    const rows = parse(r.body, { columns: true }) as Record<string, string>[];
    assert.deepEqual(
      Object.keys(rows[0]),
      EVENT_COLUMNS.map((c) => c.name),
    );
    assert.equal(rows.length, (await store.counts()).events);
    assert.ok(rows.some((row) => row.article_title.startsWith("<script>")));
  });

  it("CSV neutralises cells a spreadsheet would run as a formula, but not negative numbers", async () => {
    const [e] = EventsPage.parse(await json("/api/events?limit=1")).events;
    const evil: EventRecord = {
      ...e,
      actor: { text: '=HYPERLINK("http://x.invalid")', start: 0, end: 1, kind: "person" },
      attribution: { source: "@SUM(A1)", cue: "said", start: 0, end: 1 },
      mode: "+1",
      place: {
        text: "x",
        name: "-2+3",
        country: "KEN",
        lat: -1.29,
        lon: 36.8,
        precision: "city",
        fromFocus: false,
      },
    };
    const [row] = parse(toCsv([evil]), { columns: true }) as Record<string, string>[];
    assert.equal(row.actor, '\'=HYPERLINK("http://x.invalid")');
    assert.equal(row.source, "'@SUM(A1)");
    assert.equal(row.mode, "'+1");
    assert.equal(row.place, "'-2+3");
    assert.equal(row.lat, "-1.29");
  });

  it("GeoJSON validates against the GeoJSON schema; JSONL has one event per line", async () => {
    const require = createRequire(import.meta.url);
    const ajv = new Ajv({ strict: false });
    const validate = ajv.compile(
      JSON.parse(readFileSync(require.resolve("geojson-schema/FeatureCollection.json"), "utf8")),
    );
    const r = await get("/api/export?format=geojson&country=KEN");
    assert.match(String(r.headers["content-type"]), /application\/geo\+json/);
    const fc = r.json() as { features: unknown[] };
    assert.ok(validate(fc), JSON.stringify(validate.errors));
    assert.ok(fc.features.length > 0);
    const lines = (await get("/api/export?format=jsonl")).body.trim().split("\n");
    assert.equal(lines.length, (await store.counts()).events);
  });
});

describe("API: incidents, once their tables exist", () => {
  it("answers 404 before and lists incidents with their reports after", async () => {
    assert.equal((await get("/api/incidents")).statusCode, 404);
    const summary = await resolveAll(store.db);
    assert.ok(summary.incidents > 0);
    const fresh = await buildServer({ store });
    const list = (await fresh.inject("/api/incidents?limit=500")).json();
    assert.equal(list.incidents.length, summary.incidents);
    const { id } = list.incidents[0] as { id: string };
    const one = (await fresh.inject(`/api/incidents/${encodeURIComponent(id)}`)).json();
    assert.equal(one.incident.id, id);
    assert.ok(one.events.length >= 1);
    assert.equal((await fresh.inject("/api/incidents/no-such-incident")).statusCode, 404);
    assert.equal((await fresh.inject("/api/stats")).json().incidents, summary.incidents);
    // Filters as `chronicle incidents` has them, and cursor pages that walk the same list.
    type Row = { id: string; type: string; reports: number; place_country: string | null };
    const all = list.incidents as Row[];
    const type = all[0].type;
    const typed = (await fresh.inject(`/api/incidents?type=${type.toLowerCase()}`)).json().incidents as Row[];
    assert.deepEqual(
      typed.map((r) => r.id),
      all.filter((r) => r.type === type).map((r) => r.id),
    );
    const multi = (await fresh.inject("/api/incidents?minReports=2")).json().incidents as Row[];
    assert.deepEqual(
      multi.map((r) => r.id),
      all.filter((r) => r.reports >= 2).map((r) => r.id),
    );
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { incidents: Row[]; nextCursor: string | null } = (
        await fresh.inject(`/api/incidents?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`)
      ).json();
      assert.ok(page.incidents.length <= 3);
      walked.push(...page.incidents.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    assert.deepEqual(
      walked,
      all.map((r) => r.id),
    );
    for (const bad of ["cursor=nonsense", "minReports=0", "limit=501", "country=Kenya", "colour=red"]) {
      const r = await fresh.inject(`/api/incidents?${bad}`);
      assert.equal(r.statusCode, 400, bad);
      assert.equal(r.json().parameter, bad.split("=")[0], r.body);
    }
    await fresh.close();
    // Later tests expect an archive with no incidents yet.
    await sql`DELETE FROM incident_mentions`.execute(store.db);
    await sql`DELETE FROM incidents`.execute(store.db);
  });
});

describe("API: security", () => {
  it("needs the bearer token when started with one, on every API route", async () => {
    const guarded = await buildServer({ store, token: "s3cret" });
    for (const url of ["/api/events", "/api/stats", "/api/openapi.json", "/api/export?format=csv"]) {
      assert.equal((await guarded.inject(url)).statusCode, 401, url);
      assert.equal(
        (await guarded.inject({ url, headers: { authorization: "Bearer wrong!" } })).statusCode,
        401,
        url,
      );
      assert.equal(
        (await guarded.inject({ url, headers: { authorization: "Bearer s3cret" } })).statusCode,
        200,
        url,
      );
    }
    await guarded.close();
  });

  it("sends a strict Content-Security-Policy with no inline script, and an index page without inline script", async () => {
    const r = await get("/");
    const csp = String(r.headers["content-security-policy"]);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(r.headers["x-content-type-options"], "nosniff");
    assert.equal(r.statusCode, 200);
    for (const script of r.body.match(/<script[^>]*>[^<]*<\/script>/g) ?? [])
      assert.match(script, /src="\/assets\//);
    // A page address the UI routes itself gets the app.
    assert.equal((await get("/article/abc")).body, r.body);
  });

  it("does not serve files outside the UI folder and refuses large bodies", async () => {
    for (const url of [
      "/../package.json",
      "/%2e%2e/package.json",
      "/assets/..%2f..%2fpackage.json",
      "/..%5cpackage.json",
    ]) {
      const r = await get(url);
      assert.doesNotMatch(r.body, /"name": "chronicle"/, url);
    }
    const big = await app.inject({
      method: "POST",
      url: "/api/events",
      payload: "x".repeat(100_000),
      headers: { "content-type": "text/plain" },
    });
    assert.ok([404, 413].includes(big.statusCode));
    const long = await get(`/api/articles/${"a".repeat(5000)}`);
    assert.ok(long.statusCode >= 400 && long.statusCode < 500);
  });

  it("returns an article whose title and text hold markup as JSON strings, unchanged", async () => {
    const [e] = EventsPage.parse(await json("/api/events?place=Kampala")).events;
    const r = await get(`/api/articles/${e.article.id}`);
    assert.match(String(r.headers["content-type"]), /application\/json/);
    const a = r.json();
    assert.ok(a.title.startsWith("<script>"));
    assert.match(a.text, /<img src=x onerror=/);
  });
});

describe("API: stats and places kept until the data changes", () => {
  it("counts again after another process writes", async () => {
    const { default: Sqlite } = await import("better-sqlite3");
    const eventsAtPlaces = async () =>
      PlaceRow.array()
        .parse(await json("/api/places"))
        .reduce((sum, p) => sum + p.events, 0);
    const before = Stats.parse(await json("/api/stats"));
    const placedBefore = await eventsAtPlaces();
    const other = new Sqlite(storePath);
    other
      .prepare(
        "INSERT INTO events SELECT id || '-copy', article_id, type, mode, actor, actor_country, recipient, place_name, place_country, lat, lon, time_value, time_start, time_end, modality, confidence, evidence_start, evidence_end, record, pipeline_version FROM events WHERE place_name IS NOT NULL LIMIT 1",
      )
      .run();
    assert.equal(Stats.parse(await json("/api/stats")).events, before.events + 1);
    assert.equal(await eventsAtPlaces(), placedBefore + 1);
    other.prepare("DELETE FROM events WHERE id LIKE '%-copy'").run();
    other.close();
    assert.equal(Stats.parse(await json("/api/stats")).events, before.events);
    assert.equal(await eventsAtPlaces(), placedBefore);
  });
});
