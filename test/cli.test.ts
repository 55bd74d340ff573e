import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { EventRecord } from "../src/events/schema.ts";

const BIN = join(import.meta.dirname, "../bin/chronicle.js");
const FIXTURES = join(import.meta.dirname, "fixtures/cli");

function chronicle(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", input, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("chronicle CLI", () => {
  const dir = mkdtempSync(join(tmpdir(), "chronicle-cli-"));
  const db = join(dir, "test.db");
  const inputs = join(dir, "inputs");
  spawnSync("mkdir", ["-p", inputs]);
  copyFileSync(join(FIXTURES, "harbour-strike.txt"), join(inputs, "harbour-strike.txt"));
  copyFileSync(join(FIXTURES, "empty.txt"), join(inputs, "empty.txt"));
  // Bytes that are not text: a deterministic pseudo-random "binary" file.
  const binary = Buffer.alloc(4096);
  for (let i = 0, x = 7; i < binary.length; i++) binary[i] = x = (x * 1103515245 + 12345) & 0xff;
  writeFileSync(join(inputs, "scan.txt"), binary);

  it("ingests a batch, reports bad documents, keeps the good one and exits 3", () => {
    const r = chronicle(["ingest", inputs, "--db", db, "--published", "2024-03-14"]);
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, /empty\.txt/);
    assert.match(r.stderr, /scan\.txt/);
    assert.match(r.stderr, /3 documents: 1 stored/);
  });

  it("explains each event with its evidence and the rules that made it (events --explain)", () => {
    const r = chronicle(["events", "--db", db, "--explain"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /evidence: "/);
    assert.match(r.stdout, /rules: trigger:[^\n]+ → arguments:/);
  });

  it("prints events as JSONL that validate against the schema, with evidence equal to the article text", () => {
    const r = chronicle(["events", "--db", db, "--format", "jsonl"]);
    assert.equal(r.code, 0, r.stderr);
    const events = r.stdout
      .trim()
      .split("\n")
      .map((l) => EventRecord.parse(JSON.parse(l)));
    assert.ok(events.length >= 3, `only ${events.length} events`);
    const articles = chronicle(["articles", "--db", db, "--format", "jsonl"])
      .stdout.trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.equal(articles.length, 1);
    const [article] = articles;
    for (const e of events)
      assert.equal(article.text.slice(e.evidence.start, e.evidence.end), e.evidence.text);
    const arrest = events.find((e) => e.type === "COERCE");
    assert.equal(arrest?.counts[0]?.value, 25);
    assert.equal(arrest?.counts[0]?.qualifier, "at least");
    assert.equal(arrest?.place?.country, "POL");
    const march = events.find((e) => e.type === "PROTEST");
    assert.equal(march?.time?.value, "2024-03-12");
    assert.equal(march?.attribution?.source, "the Solidarity union");
  });

  it("keeps crumbs, captions, credits and footers out of the stored article", () => {
    const [article] = chronicle(["articles", "--db", db, "--format", "jsonl"])
      .stdout.trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.equal(article.title, "Dockworkers end strike at Gdansk port");
    assert.doesNotMatch(article.text, /Home WORLD|Previous article|Next article|Photo:/);
    assert.ok(article.credits.some((c: string) => c.includes("Baltic Press")));
    assert.ok(article.captions.some((c: string) => c.includes("Cranes stand idle")));
  });

  it("adds nothing when the same article is ingested again", () => {
    const before = chronicle(["events", "--db", db, "--format", "jsonl"]).stdout;
    const r = chronicle([
      "ingest",
      join(inputs, "harbour-strike.txt"),
      "--db",
      db,
      "--published",
      "2024-03-14",
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /0 stored, 1 already/);
    assert.equal(chronicle(["events", "--db", db, "--format", "jsonl"]).stdout, before);
  });

  it("gives the same events with a pool of worker threads", () => {
    const pooled = join(dir, "pooled.db");
    const r = chronicle(["ingest", inputs, "--db", pooled, "--published", "2024-03-14", "--workers", "2"]);
    assert.equal(r.code, 3, r.stderr);
    const events = (file: string) => chronicle(["events", "--db", file, "--format", "jsonl"]).stdout;
    assert.equal(events(pooled), events(db));
  });

  it("reads standard input", () => {
    const stdinDb = join(dir, "stdin.db");
    const r = chronicle(
      ["ingest", "-", "--db", stdinDb, "--published", "2024-05-02"],
      "Riot police fired tear gas at protesters in Nairobi on Tuesday, witnesses said. At least 30 people were arrested, police said.\n",
    );
    assert.equal(r.code, 0, r.stderr);
    const events = chronicle(["events", "--db", stdinDb, "--format", "json"]);
    assert.ok(JSON.parse(events.stdout).length >= 1);
  });

  it("filters events by type and date, and exports CSV and GeoJSON", () => {
    const protests = JSON.parse(
      chronicle(["events", "--db", db, "--format", "json", "--type", "PROTEST"]).stdout,
    );
    assert.ok(protests.length >= 1 && protests.every((e: { type: string }) => e.type === "PROTEST"));
    const none = JSON.parse(
      chronicle(["events", "--db", db, "--format", "json", "--until", "2020-01-01"]).stdout,
    );
    assert.deepEqual(none, []);
    const csv = chronicle(["export", "--db", db, "--format", "csv"]).stdout.split("\n");
    assert.match(csv[0], /^id,type,mode,date,/);
    const geo = JSON.parse(chronicle(["export", "--db", db, "--format", "geojson"]).stdout);
    assert.equal(geo.type, "FeatureCollection");
    assert.ok(geo.features.length >= 1);
  });

  it("rejects a malformed date with a message that says what to do", () => {
    const r = chronicle(["ingest", inputs, "--db", db, "--published", "13/01/2022"]);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /YYYY-MM-DD/);
  });

  it("says clearly when evaluation data is absent", () => {
    const r = spawnSync(process.execPath, [BIN, "eval", "time", "--json"], {
      encoding: "utf8",
      cwd: dir,
      env: { ...process.env, CHRONICLE_DATA: join(dir, "no-such-folder") },
    });
    assert.equal(r.status, 0);
    assert.match(r.stderr, /Evaluation data not found/);
    assert.deepEqual(JSON.parse(r.stdout).datasets, {});
  });

  // `bench` declares --json itself, so commander gives it the flag when it follows a subcommand:
  // each subcommand must read both levels or it prints Markdown to a script that asked for JSON.
  for (const args of [
    ["bench", "gazetteer", "--rows", "300", "--json", "--no-write"],
    ["bench", "hostile", "--json"],
  ])
    it(`prints JSON when asked after the subcommand (${args.slice(0, 2).join(" ")})`, () => {
      const r = chronicle(args);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(JSON.parse(r.stdout).stage, args.slice(0, 2).join(" "));
    });
});
