import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { toGeoJson } from "../src/export/index.ts";
import { processDocument } from "../src/pipeline/index.ts";
import { Store, StoreError, type UnreadableEvent } from "../src/store/index.ts";
import { BACKENDS } from "./helpers/backends.ts";

const encoder = new TextEncoder();

function processed(uri: string, text: string) {
  return processDocument(
    {
      uri,
      bytes: encoder.encode(text),
      contentType: "text/plain",
      fetchedAt: "2024-05-01T00:00:00Z",
      diagnostics: [],
    },
    { publishedAt: "2024-05-01" },
  );
}

/** Invented reports: one placed in a region (no country), one in a city spelt with diacritics, one in Kinshasa. */
const REPORTS = [
  processed("ocean.txt", "Pirates attacked a tanker in the Indian Ocean on Monday, the navy said."),
  processed("misrata.txt", "Police arrested 30 protesters in Misrata on Friday, witnesses said."),
  processed("kinshasa.txt", "Police arrested 40 students in Kinshasa on Thursday, a rights group said."),
  processed(
    "quiet.txt",
    "Police arrested 12 men on Wednesday, the interior ministry's spokesman Liam O'Brien said.",
  ),
];

async function storeWithReports(): Promise<Store> {
  const store = await Store.open(join(mkdtempSync(join(tmpdir(), "chronicle-read-")), "t.db"));
  await store.saveBatch(REPORTS);
  return store;
}

describe("reading stored events", () => {
  it("accepts an event placed in a region, which has no country", async () => {
    const store = await storeWithReports();
    const unreadable: UnreadableEvent[] = [];
    const events = await store.queryEvents({}, unreadable);
    const ocean = events.find((e) => e.place?.name === "Indian Ocean");
    assert.ok(ocean, "the Indian Ocean event is listed");
    assert.equal(ocean.place?.precision, "region");
    assert.equal(ocean.place?.country, undefined);
    assert.deepEqual(unreadable, []);
    await store.close();
  });

  it('reads a region stored with country "" by an earlier version, and leaves out only a damaged record', async () => {
    const store = await storeWithReports();
    const all = await store.queryEvents();
    const ocean = all.find((e) => e.place?.name === "Indian Ocean");
    const damaged = all.find((e) => e.place?.name !== "Indian Ocean");
    assert.ok(ocean && damaged);
    const { article: _a, ...oldRecord } = ocean;
    await store.db
      .updateTable("events")
      .set({ record: JSON.stringify({ ...oldRecord, place: { ...oldRecord.place, country: "" } }) })
      .where("id", "=", ocean.id)
      .execute();
    await store.db
      .updateTable("events")
      .set({ record: '{"id": "broken"' })
      .where("id", "=", damaged.id)
      .execute();
    const unreadable: UnreadableEvent[] = [];
    const events = await store.queryEvents({}, unreadable);
    assert.equal(events.length, all.length - 1);
    assert.ok(events.some((e) => e.id === ocean.id));
    assert.equal(unreadable.length, 1);
    assert.equal(unreadable[0].id, damaged.id);
    assert.match(unreadable[0].problem, /type/);
    await store.close();
  });

  it("matches a place filter without diacritics, by alias, and by a country's full name or code", async () => {
    const store = await storeWithReports();
    const names = async (place: string) => (await store.queryEvents({ place })).map((e) => e.place?.name);
    const misrata = await names("Misrata");
    assert.ok(misrata.length >= 1, "Misrata finds the event stored under the gazetteer's spelling");
    assert.ok(
      misrata.every((n) => n === "Mişrātah"),
      String(misrata),
    );
    assert.deepEqual(await names("misrātah"), misrata);
    const congo = await names("Democratic Republic of the Congo");
    assert.ok(congo.length >= 1 && congo.every((n) => n === "Kinshasa"), String(congo));
    assert.deepEqual(await names("DR Congo"), congo);
    assert.deepEqual(await names("cod"), congo);
    assert.deepEqual(await names("Atlantis"), []);
    await store.close();
  });

  it("searches words that are not FTS5 syntax, and keeps FTS5 syntax working", async () => {
    const store = await storeWithReports();
    const hits = async (q: string) => (await store.searchArticles(q)).length;
    assert.equal(await hits("Kinshasa"), 1);
    assert.equal(await hits("Kinshasa OR Misrata"), 2);
    assert.equal(await hits("Kinsh*"), 1);
    for (const q of ["C++", "foo(", "a AND NOT b", "cargo-ship", "title:pirates"])
      await assert.doesNotReject(store.searchArticles(q), q);
    assert.equal(await hits("O'Brien"), 1);
    assert.equal(await hits("students AND NOT"), 1);
    await assert.rejects(store.searchArticles("++"), StoreError);
    await assert.rejects(store.searchArticles("AND"), StoreError);
    await store.close();
  });

  it("GeoJSON leaves out events without coordinates and counts them", async () => {
    const store = await storeWithReports();
    const events = await store.queryEvents();
    const { text, omitted } = toGeoJson(events);
    const geo = JSON.parse(text);
    const unplaced = events.filter((e) => !e.place).length;
    assert.ok(unplaced >= 1, "the quiet report has no place");
    assert.equal(geo.features.length, events.length - unplaced);
    assert.deepEqual(omitted, { total: unplaced, noPlace: unplaced, noCoordinates: 0 });
    assert.deepEqual(geo.omitted, omitted);
    await store.close();
  });
});

describe("opening a database only to read it", () => {
  const dir = mkdtempSync(join(tmpdir(), "chronicle-open-"));

  it("refuses a missing file instead of creating it", async () => {
    await assert.rejects(Store.open(join(dir, "typo.db"), { mustExist: true }), /no database at .*typo\.db/);
    await assert.rejects(Store.open(join(dir, "typo.db"), { mustExist: true }), StoreError);
  });

  it("refuses a file that is not a Chronicle database", async () => {
    const notes = join(dir, "notes.txt");
    writeFileSync(notes, "shopping list\n".repeat(100));
    await assert.rejects(Store.open(notes, { mustExist: true }), StoreError);
  });
});

describe("writing a batch", () => {
  const raw = (uri: string, text: string) => ({
    uri,
    bytes: encoder.encode(text),
    contentType: "text/plain",
    fetchedAt: "2024-05-01T00:00:00Z",
    diagnostics: [],
  });
  const report = "Police arrested 30 protesters in Misrata on Friday, witnesses said.";
  // The same report again (a duplicate), once more given another date on the command line (it is
  // re-dated: its events are coded again), an empty file (a failure, kept as a diagnostic).
  const feed = () => [
    REPORTS[2],
    processDocument(raw("misrata.txt", report), { publishedAt: "2024-05-01" }),
    processDocument(raw("misrata-again.txt", report), { publishedAt: "2024-05-01" }),
    processDocument(raw("misrata-later.txt", report), { publishedAt: "2024-05-09" }),
    processDocument(raw("empty.txt", "")),
    REPORTS[0],
  ];
  const tables = async (store: Store) => {
    const out: Record<string, string[]> = {};
    for (const table of ["articles", "events", "diagnostics"] as const) {
      const rows = await store.db.selectFrom(table).selectAll().execute();
      // Sorted: PostgreSQL returns an updated row (the re-dated article) in another place.
      out[table] = rows
        .map(({ ingested_at, at, ...row }: Record<string, unknown>) => JSON.stringify(row))
        .sort();
    }
    return out;
  };
  for (const backend of BACKENDS)
    it(
      `on ${backend.name}: in one transaction gives the rows, generated ids and counts of one batch per document`,
      backend.skip ? { skip: backend.skip } : {},
      async () => {
        const whole = await Store.open(await backend.fresh());
        const saved = await whole.saveBatch(feed());
        assert.deepEqual(
          [saved.inserted, saved.duplicates, saved.redated],
          [3, 1, 1],
          "three new articles, the report sent again, the report re-dated",
        );
        const single = await Store.open(await backend.fresh());
        for (const p of feed()) await single.saveBatch([p]);
        const [a, b] = [await tables(whole), await tables(single)];
        assert.ok(a.diagnostics.length > 0 && a.events.length > 0);
        assert.deepEqual(a, b);
        await whole.close();
        await single.close();
      },
    );
});
