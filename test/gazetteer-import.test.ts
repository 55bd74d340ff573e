import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import yazl from "yazl";
import { useImportedGazetteer } from "../src/geo/gazetteer.ts";
import { benchImport } from "../src/geo/import/bench.ts";
import { GazetteerStore, importFiles } from "../src/geo/import/index.ts";
import { geoparse, resolveSpans } from "../src/geo/index.ts";
import type { Doc, Sentence } from "../src/nlp/types.ts";

/** Rows in GeoNames' allCountries format (19 columns) for invented places. */
function geonamesRow(
  id: number,
  name: string,
  lat: number,
  lon: number,
  fclass: string,
  fcode: string,
  cc: string,
) {
  return [
    id,
    name,
    name,
    `${name}ville,${name}burg`,
    lat,
    lon,
    fclass,
    fcode,
    cc,
    "",
    "01",
    "",
    "",
    "",
    1200,
    "",
    40,
    "Etc/UTC",
    "2024-05-01",
  ].join("\t");
}

const PLACES = [
  geonamesRow(9000001, "Quillmouth", 10.5, 20.25, "P", "PPL", "ZQ"),
  geonamesRow(9000002, "Sea of Brume", 11, 21, "H", "SEA", ""),
  geonamesRow(9000003, "Zequilia", 12, 22, "A", "PCLI", "ZQ"),
];

function zip(path: string, entries: Record<string, string>): Promise<void> {
  const z = new yazl.ZipFile();
  for (const [name, text] of Object.entries(entries)) z.addBuffer(Buffer.from(text), name);
  z.end();
  return new Promise((ok) => z.outputStream.pipe(createWriteStream(path)).on("close", () => ok()));
}

const geojson = (features: object[]) => JSON.stringify({ type: "FeatureCollection", features });

async function downloads(dir: string): Promise<string[]> {
  await zip(join(dir, "allCountries.zip"), { "allCountries.txt": `${PLACES.join("\n")}\nnot a row\n` });
  writeFileSync(
    join(dir, "countryInfo.txt"),
    "#ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\n" +
      [
        "ZQ",
        "ZQL",
        "999",
        "ZQ",
        "Zequilia",
        "Quillmouth",
        "1000",
        "5000",
        "AF",
        ".zq",
        "ZQD",
        "Dollar",
        "1",
        "",
        "",
        "zq",
        "9000003",
        "",
        "",
      ].join("\t") +
      "\n",
  );
  writeFileSync(join(dir, "admin1CodesASCII.txt"), "ZQ.01\tUpper Quill\tUpper Quill\t9000010\n");
  writeFileSync(
    join(dir, "admin2Codes.txt.gz"),
    gzipSync("ZQ.01.005\tQuill District\tQuill District\t9000011\n"),
  );
  writeFileSync(
    join(dir, "ne_10m_airports.json"),
    geojson([
      {
        type: "Feature",
        properties: { name: "Quillmouth Intl", iata_code: "QMX", featurecla: "Airport" },
        geometry: { type: "Point", coordinates: [20.3, 10.6] },
      },
    ]),
  );
  writeFileSync(
    join(dir, "ne_10m_rivers_lake_centerlines.json.gz"),
    gzipSync(
      geojson([
        {
          type: "Feature",
          properties: { name: "Brume", featurecla: "River" },
          geometry: {
            type: "LineString",
            coordinates: [
              [20, 10],
              [21, 11],
              [22, 12],
            ],
          },
        },
        {
          type: "Feature",
          properties: { name: null, featurecla: "River" },
          geometry: {
            type: "LineString",
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
        },
      ]),
    ),
  );
  return readdirSync(dir).map((f) => join(dir, f));
}

function snapshot(store: GazetteerStore): string {
  const tables = ["features", "admin_codes", "countries", "sources"];
  return JSON.stringify(tables.map((t) => store.db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()));
}

describe("chronicle gazetteer import", () => {
  it("reads GeoNames dumps (zip, plain, gzip) and Natural Earth layers into the index", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chronicle-gaz-"));
    const files = await downloads(dir);
    const store = new GazetteerStore(join(dir, "gazetteer.db"));
    const outcomes = await importFiles(store, files);
    assert.deepEqual(
      outcomes.map((o) => o.status),
      files.map(() => "imported"),
    );
    const all = outcomes.find((o) => o.file.endsWith("allCountries.zip"));
    assert.equal(all?.rows, 3);
    assert.equal(all?.rejected, 1, "the malformed line is counted, not stored");
    const sea = store.db.prepare("SELECT * FROM features WHERE id = 9000002").get() as {
      fcode: string;
      country: string;
    };
    assert.equal(sea.fcode, "SEA");
    assert.equal(sea.country, "");
    const airport = store.db.prepare("SELECT * FROM features WHERE fcode = 'AIRP'").get() as {
      name: string;
      alternates: string;
      lat: number;
    };
    assert.equal(airport.name, "Quillmouth Intl Airport");
    assert.match(airport.alternates, /QMX/);
    const river = store.db.prepare("SELECT * FROM features WHERE fcode = 'STM'").all() as {
      name: string;
      lon: number;
    }[];
    assert.deepEqual(
      river.map((r) => [r.name, r.lon]),
      [["Brume", 21]],
      "the middle vertex; the unnamed line passed over",
    );
    const district = store.db.prepare("SELECT * FROM admin_codes WHERE code = 'ZQ.01.005'").get() as {
      geoname_id: number;
    };
    assert.equal(district.geoname_id, 9000011);
    const country = store.db.prepare("SELECT * FROM countries WHERE iso2 = 'ZQ'").get() as {
      geoname_id: number;
      iso3: string;
    };
    assert.deepEqual([country.iso3, country.geoname_id], ["ZQL", 9000003]);
    store.close();
  });

  it("a second import of the same files changes nothing, and --force re-reads them to the same rows", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chronicle-gaz-"));
    const files = await downloads(dir);
    const store = new GazetteerStore(join(dir, "gazetteer.db"));
    const at = () => new Date("2024-06-01T00:00:00Z");
    await importFiles(store, files, { now: at });
    const first = snapshot(store);
    const again = await importFiles(store, files, { now: () => new Date("2025-01-01T00:00:00Z") });
    assert.deepEqual(
      again.map((o) => o.status),
      files.map(() => "unchanged"),
    );
    assert.equal(snapshot(store), first);
    await importFiles(store, files, { force: true, now: at });
    assert.equal(snapshot(store), first);
    store.close();
  });

  it("a missing or unknown file is reported and the others still import", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chronicle-gaz-"));
    writeFileSync(join(dir, "notes.md"), "# my notes\n");
    writeFileSync(join(dir, "broken.json"), "{ not json");
    writeFileSync(join(dir, "admin1CodesASCII.txt"), "ZQ.01\tUpper Quill\tUpper Quill\t9000010\n");
    const store = new GazetteerStore(join(dir, "gazetteer.db"));
    const outcomes = await importFiles(
      store,
      ["missing.txt", "notes.md", "broken.json", "admin1CodesASCII.txt"].map((f) => join(dir, f)),
    );
    assert.deepEqual(
      outcomes.map((o) => o.status),
      ["failed", "skipped", "failed", "imported"],
    );
    assert.ok(outcomes.every((o) => o.status === "imported" || o.message));
    store.close();
  });

  it("the CLI imports, then says what is loaded and from where", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chronicle-gaz-"));
    const files = await downloads(dir);
    const bin = join(import.meta.dirname, "../bin/chronicle.js");
    const run = (args: string[]) =>
      spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 120_000 });
    const db = join(dir, "chronicle.db");
    const none = run(["gazetteer", "status", "--db", db]);
    assert.match(none.stdout, /no gazetteer imported/);
    const imported = run(["gazetteer", "import", "--db", db, ...files]);
    assert.equal(imported.status, 0, imported.stderr);
    assert.match(imported.stderr, /GeoNames \(geonames\.org\), licensed CC BY 4\.0/);
    assert.ok(existsSync(join(dir, "gazetteer.db")), "the default index sits beside the database");
    const status = run(["gazetteer", "status", "--db", db]);
    assert.match(status.stdout, /allCountries\.zip \| geonames \| 3 /);
    assert.match(status.stdout, new RegExp(dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  });

  it("the bench says where the import's wall time went: on a core, waiting for one, or blocked", {
    skip: !existsSync("/proc/self/schedstat") && "no /proc/self/schedstat",
  }, async () => {
    const b = await benchImport(20_000);
    assert.equal(b.rows, 20_000);
    const t = b.mainThread;
    assert.ok(t, "Linux reports the main thread's schedule");
    assert.ok(t.onCpu > 0 && t.waitingForCore >= 0 && t.blocked >= 0);
    // The three parts are the main thread's wall time, give or take the clocks' granularity.
    assert.ok(t.onCpu + t.waitingForCore <= b.seconds + 0.05, JSON.stringify(b));
  });

  const shared = join(import.meta.dirname, "../../shared/data/gazetteer/geonames");
  it("imports the shared GeoNames files, when present", {
    skip: !existsSync(shared) && "no ../shared data",
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "chronicle-gaz-"));
    const store = new GazetteerStore(join(dir, "gazetteer.db"));
    const outcomes = await importFiles(
      store,
      readdirSync(shared).map((f) => join(shared, f)),
    );
    assert.ok(
      outcomes.every((o) => o.status === "imported"),
      JSON.stringify(outcomes),
    );
    const { n } = store.db.prepare("SELECT count(*) AS n FROM features WHERE fcode = 'PCLI'").get() as {
      n: number;
    };
    assert.ok(n >= 190);
    store.close();
  });
});

describe("geoparsing with an imported gazetteer", () => {
  it("a sea, a river and an airport resolve to the feature, not a namesake town; towns and countries as before", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chronicle-gaz-"));
    // A widely named sea (GeoNames lists it in many languages), in the country's dump.
    const sea = geonamesRow(9100001, "Aral Sea", 45.1, 59.6, "H", "SEA", "KZ").replace(
      "Aral Seaville,Aral Seaburg",
      "Aralsee,Mer d'Aral,Mar de Aral,Lago de Aral,Aralskoye More",
    );
    writeFileSync(join(dir, "KZ.txt"), `${sea}\n`);
    writeFileSync(
      join(dir, "ne_10m_rivers_lake_centerlines.json"),
      geojson([
        {
          type: "Feature",
          properties: { name: "Ishim", featurecla: "River" },
          geometry: {
            type: "LineString",
            coordinates: [
              [66.4, 50.3],
              [68.0, 53.0],
              [69.1, 56.6],
            ],
          },
        },
      ]),
    );
    writeFileSync(
      join(dir, "ne_10m_airports.json"),
      geojson([
        {
          type: "Feature",
          properties: { name: "Almaty", iata_code: "ALA", featurecla: "Airport" },
          geometry: { type: "Point", coordinates: [77.04, 43.35] },
        },
        {
          type: "Feature",
          // Natural Earth names some airports with the town they serve first.
          properties: { name: "Almaty Talgar Int'l", iata_code: "TGZ", featurecla: "Airport" },
          geometry: { type: "Point", coordinates: [77.9, 43.1] },
        },
      ]),
    );
    const path = join(dir, "gazetteer.db");
    const store = new GazetteerStore(path);
    await importFiles(
      store,
      readdirSync(dir)
        .filter((f) => !f.endsWith(".db"))
        .map((f) => join(dir, f)),
    );
    store.close();

    const text =
      "Flights from Almaty Airport were delayed on Tuesday as dust storms blew in from the Aral Sea. " +
      "Farmers along the Ishim River said the water was rising. Police in Almaty closed two roads. " +
      "Kazakhstan asked for help, and Moscow said it would send engineers.";
    const d = doc(text);
    const before = geoparse(d).places;
    useImportedGazetteer(path);
    try {
      const after = geoparse(d).places;
      const at = (places: typeof after, surface: string) => places.find((p) => p.text === surface);
      assert.equal(at(after, "Aral Sea")?.place.precision, "natural");
      assert.equal(at(after, "Aral Sea")?.place.geonameId, 9100001);
      assert.equal(at(after, "Ishim River")?.place.precision, "natural");
      assert.equal(at(after, "Ishim River")?.place.name, "Ishim");
      assert.equal(at(after, "Almaty Airport")?.place.precision, "facility");
      assert.notEqual(at(before, "Ishim River")?.place.precision, "natural", "without the import, no river");
      // The towns and countries resolve as they do with the built-in gazetteer.
      assert.equal(at(after, "Almaty")?.place.geonameId, 1526384);
      assert.equal(at(after, "Kazakhstan")?.place.country, "KAZ");
      assert.equal(at(after, "Moscow")?.role, "actor");
      assert.equal(at(after, "Moscow")?.place.country, "RUS");
      // "Talgar airport": the airport named without the town it serves, not the town of Talgar.
      const cargo = "A cargo plane landed at Talgar airport on Monday.";
      const talgar = resolveSpans(doc(cargo), [
        { start: cargo.indexOf("Talgar"), end: cargo.indexOf("Talgar") + 6 },
      ]);
      assert.equal(talgar.places[0]?.place.precision, "facility");
      assert.equal(talgar.places[0]?.place.name, "Almaty Talgar Int'l Airport");
      // Natural Earth's "Int'l" is read as news writes it.
      const mail = "Mail flights into Talgar International Airport resumed.";
      const written = resolveSpans(doc(mail), [
        { start: mail.indexOf("Talgar"), end: mail.indexOf("Talgar") + 6 },
      ]);
      assert.equal(written.places[0]?.place.precision, "facility");
    } finally {
      useImportedGazetteer(undefined);
    }
  });
});

describe("world regions from an import", () => {
  it("give the news' names their GeoNames points: an ocean's own name wins over a region listing it as an alternate", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chronicle-gaz-"));
    // Invented points, far from the curated ones, so that a take-over shows.
    const rows = [
      geonamesRow(9200001, "Pacific Ocean", 5, -140, "H", "OCN", ""),
      geonamesRow(9200002, "Northern Africa", 33, 10, "L", "RGN", ""),
      geonamesRow(9200003, "North America", 47, -101, "L", "CONT", ""),
      // GeoNames' "Northern America" also answers to "North America": the continent keeps its name.
      geonamesRow(9200004, "Northern America", 55, -106, "L", "RGN", "").replace(
        "Northern Americaville,Northern Americaburg",
        "North America,Amerique septentrionale",
      ),
    ];
    writeFileSync(join(dir, "no-country.txt"), `${rows.join("\n")}\n`);
    const path = join(dir, "gazetteer.db");
    const store = new GazetteerStore(path);
    await importFiles(store, [join(dir, "no-country.txt")]);
    store.close();
    const d = doc(
      "Storms over the Pacific delayed shipping to North Africa, and traders across North America waited.",
    );
    useImportedGazetteer(path);
    try {
      const ids = geoparse(d).places.map((p) => [p.text, p.place.geonameId]);
      assert.deepEqual(ids, [
        ["Pacific", 9200001],
        ["North Africa", 9200002],
        ["North America", 9200003],
      ]);
    } finally {
      useImportedGazetteer(undefined);
    }
  });
});

describe("rivers and lakes from an import", () => {
  it("a river far from every place a story names is a namesake: it lies among the story's places", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chronicle-gaz-"));
    // An invented river in the Dakotas, as Natural Earth would give one river of a shared name.
    writeFileSync(
      join(dir, "ne_10m_rivers_lake_centerlines.json"),
      geojson([
        {
          type: "Feature",
          properties: { name: "Corvane", featurecla: "River" },
          geometry: {
            type: "LineString",
            coordinates: [
              [-98.9, 47.5],
              [-98.4, 45.9],
              [-97.9, 43.0],
            ],
          },
        },
      ]),
    );
    const path = join(dir, "gazetteer.db");
    const store = new GazetteerStore(path);
    await importFiles(store, [join(dir, "ne_10m_rivers_lake_centerlines.json")]);
    store.close();
    useImportedGazetteer(path);
    try {
      const river = (text: string) =>
        geoparse(doc(text)).places.find((p) => p.text === "Corvane River")?.place;
      const local = river(
        "Canoeists left Lynchburg on the Corvane River on Saturday. Lynchburg police said the water was high.",
      );
      assert.equal(local?.admin1, "Virginia", "a Virginia story's Corvane River is its own");
      const near = river("Farmers near Fargo watched the Corvane River rise. Fargo schools closed.");
      assert.equal(near?.precision, "natural", "near the story's places, the imported river");
    } finally {
      useImportedGazetteer(undefined);
    }
  });
});

/** A Doc built by hand: sentences at ". ", no tokens or entities (geo needs no NER). */
function doc(text: string): Doc {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(/\. (?=\p{Lu})/gu)) {
    sentences.push({ start, end: (m.index ?? 0) + 1, tokenStart: 0, tokenEnd: 0 });
    start = (m.index ?? 0) + 2;
  }
  sentences.push({ start, end: text.length, tokenStart: 0, tokenEnd: 0 });
  return {
    article: {} as Doc["article"],
    text,
    reference: { date: "2024-03-01", precision: "day", source: "published" },
    sentences,
    tokens: [],
    entities: [],
    times: [],
    quantities: [],
    diagnostics: [],
  };
}
