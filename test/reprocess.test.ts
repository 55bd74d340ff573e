import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { EventRecord } from "../src/events/schema.ts";
import { PIPELINE_VERSION } from "../src/pipeline/version.ts";
import { Store } from "../src/store/index.ts";

const BIN = join(import.meta.dirname, "../bin/chronicle.js");
const STORY = join(import.meta.dirname, "fixtures/reprocess/border-raid.txt");

function chronicle(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function events(db: string): EventRecord[] {
  const r = chronicle(["events", "--db", db, "--format", "jsonl"]);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => EventRecord.parse(JSON.parse(l)));
}

function articleText(db: string): string {
  const r = chronicle(["articles", "--db", db, "--format", "jsonl"]);
  return JSON.parse(r.stdout.trim().split("\n")[0]).text;
}

function assertEvidenceValid(db: string, records: EventRecord[]): void {
  const text = articleText(db);
  for (const e of records) {
    assert.equal(text.slice(e.evidence.start, e.evidence.end), e.evidence.text);
    for (const also of e.also) assert.equal(text.slice(also.start, also.end), also.text);
  }
}

describe("chronicle reprocess", () => {
  const dir = mkdtempSync(join(tmpdir(), "chronicle-reprocess-"));
  const db = join(dir, "news.db");
  const story = join(dir, "border-raid.txt");
  copyFileSync(STORY, story);

  it("re-dates the events of an article ingested with a wrong --published, keeps evidence valid, stamps the version", async () => {
    assert.equal(chronicle(["ingest", story, "--db", db, "--published", "2021-06-04"]).code, 0);
    const before = events(db);
    const detained = before.find((e) => e.evidence.text.includes("detained"));
    assert.equal(detained?.time?.value, "2021-06-03");
    // An archive coded by an older pipeline: reprocess --stale must find it.
    const store = await Store.open(db);
    await store.db.updateTable("events").set({ pipeline_version: null }).execute();
    await store.db.updateTable("articles").set({ pipeline_version: null }).execute();
    await store.close();
    assert.equal(events(db)[0].pipelineVersion, undefined);
    assert.match(chronicle(["articles", "--db", db]).stdout, /stale/);

    const r = chronicle(["reprocess", "--stale", "--published", "2022-01-14", "--db", db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /1 articles recoded/);
    const after = events(db);
    assert.equal(after.length, before.length);
    assert.equal(after.find((e) => e.evidence.text.includes("detained"))?.time?.value, "2022-01-13");
    assert.ok(after.every((e) => e.pipelineVersion === PIPELINE_VERSION));
    assert.ok(after.every((e) => e.article.publishedAt === "2022-01-14"));
    assertEvidenceValid(db, after);
    assert.doesNotMatch(chronicle(["articles", "--db", db]).stdout, /stale/);
  });

  it("re-ingesting with a corrected --published re-dates the stored article instead of skipping it", () => {
    const r = chronicle(["ingest", story, "--db", db, "--published", "2022-02-11"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /0 stored, 0 already in .*, 1 re-dated/);
    assert.equal(events(db).find((e) => e.evidence.text.includes("detained"))?.time?.value, "2022-02-10");
    const again = chronicle(["ingest", story, "--db", db, "--published", "2022-02-11"]);
    assert.match(again.stderr, /0 stored, 1 already/);
  });

  it("an undated article is reported once per batch and anchored on its capture date until re-dated", () => {
    const undatedDb = join(dir, "undated.db");
    const r = chronicle(["ingest", story, "--db", undatedDb]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr.match(/no publication date/g)?.length, 1);
    assert.match(r.stderr, /1 article has no publication date/);
    assert.ok(events(undatedDb).every((e) => e.time?.anchor === "capture" || e.time?.anchor === "explicit"));
    assert.equal(
      chronicle(["reprocess", "--undated", "--published", "2022-01-14", "--db", undatedDb]).code,
      0,
    );
    const dated = events(undatedDb);
    assert.equal(dated.find((e) => e.evidence.text.includes("detained"))?.time?.value, "2022-01-13");
    assertEvidenceValid(undatedDb, dated);
  });

  it("refuses to give one date to the whole archive, and says when nothing matches", () => {
    const all = chronicle(["reprocess", "--published", "2022-01-14", "--db", db]);
    assert.equal(all.code, 1);
    assert.match(all.stderr, /--article ID/);
    const none = chronicle(["reprocess", "--article", "nosuchid", "--db", db]);
    assert.equal(none.code, 4);
    assert.match(none.stderr, /No stored article/);
  });
});
