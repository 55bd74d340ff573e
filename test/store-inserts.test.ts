import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Store } from "../src/store/index.ts";
import { type Clauses, insertMany } from "../src/store/inserts.ts";
import type { Database } from "../src/store/schema.ts";
import { BACKENDS } from "./helpers/backends.ts";

/** Band rows as resolution writes them: 150 is two full statements and 16 + 4 + 2 left. */
const bands = (n: number, from = 0): Database["article_bands"][] =>
  Array.from({ length: n }, (_, k) => {
    const i = from + k;
    return {
      band: `band-${String(i).padStart(4, "0")}`,
      article_id: `article-${i % 7}`,
      published_at: i % 3 ? `2024-05-${String(1 + (i % 28)).padStart(2, "0")}` : null,
    };
  });

const ignoreStored: Clauses<"article_bands"> = (q) =>
  q.onConflict((oc) => oc.columns(["band", "article_id"]).doNothing()).returning("band");

for (const backend of BACKENDS)
  describe(`insertMany (${backend.name})`, backend.skip ? { skip: backend.skip } : {}, () => {
    it("stores the rows Kysely's own INSERT stores, in order, and returns what the statements return", async () => {
      const store = await Store.open(await backend.fresh());
      const rows = bands(150);
      // Twice the same shapes: the second time the SQL compiled the first time is reused.
      const first = await store.write((db) =>
        insertMany<"article_bands", { band: string }>(db, "article_bands", rows, ignoreStored),
      );
      const again = await store.write((db) =>
        insertMany<"article_bands", { band: string }>(
          db,
          "article_bands",
          [...bands(10, 140), ...bands(140, 150)],
          ignoreStored,
        ),
      );
      assert.deepEqual(
        first.map((r) => r.band),
        rows.map((r) => r.band),
      );
      // The ten stored already are left out of what the second call returns.
      assert.deepEqual(
        again.map((r) => r.band),
        bands(140, 150).map((r) => r.band),
      );
      const stored = await store.db.selectFrom("article_bands").selectAll().orderBy("band").execute();
      assert.deepEqual(stored, bands(290));
      await store.close();
    });

    it("binds each row's values by column name, whatever the order of its keys", async () => {
      const store = await Store.open(await backend.fresh());
      const rows = bands(3).map(({ published_at, article_id, band }, i) =>
        i === 1 ? { published_at, article_id, band } : { band, article_id, published_at },
      );
      await store.write((db) => insertMany(db, "article_bands", rows));
      const stored = await store.db.selectFrom("article_bands").selectAll().orderBy("band").execute();
      assert.deepEqual(stored, bands(3));
      await store.close();
    });
  });
