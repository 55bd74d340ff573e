import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { syntheticJsonl } from "../src/eval/synthetic.ts";
import { Store } from "../src/store/index.ts";
import { ended, startChronicle } from "./helpers/cli.ts";

test("two ingest processes on one new SQLite file both finish and every document is stored", async () => {
  const dir = mkdtempSync(join(tmpdir(), "chronicle-concurrent-"));
  const db = join(dir, "shared.db");
  // Articles 0–249 and 150–399: the overlap is stored once, by whichever process comes first.
  writeFileSync(join(dir, "a.jsonl"), syntheticJsonl(250, 3, 0));
  writeFileSync(join(dir, "b.jsonl"), syntheticJsonl(250, 3, 150));
  const runs = await Promise.all(
    ["a.jsonl", "b.jsonl"].map((file) =>
      ended(startChronicle(["ingest", join(dir, file), "--db", db, "--json"])),
    ),
  );
  for (const run of runs) assert.equal(run.code, 0, run.stderr);
  const [a, b] = runs.map((r) => JSON.parse(r.stdout));
  assert.equal(a.stored + b.stored, 400);
  assert.equal(a.duplicates + b.duplicates, 100);
  const store = await Store.open(db);
  const counts = await store.counts();
  await store.close();
  assert.equal(counts.articles, 400);
  assert.equal(counts.events, a.events + b.events);
});
