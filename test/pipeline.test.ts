import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { EventMention } from "../src/events/schema.ts";
import { articleId, type ProcessedDoc, processDocument } from "../src/pipeline/index.ts";
import { readSources } from "../src/sources/index.ts";
import { Store } from "../src/store/index.ts";

const EXAMPLES = join(import.meta.dirname, "../examples");
const DATES = new Map(
  readFileSync(join(EXAMPLES, "dates.tsv"), "utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => l.split("\t") as [string, string]),
);

async function processExamples(): Promise<ProcessedDoc[]> {
  const out: ProcessedDoc[] = [];
  for await (const raw of readSources([EXAMPLES])) {
    const date = DATES.get(raw.uri.split("/").pop() ?? "");
    out.push(processDocument(raw, date ? { publishedAt: date } : {}));
  }
  return out;
}

describe("pipeline on the bundled examples", async () => {
  const docs = await processExamples();

  it("reads every example and skips only the non-English one, with a diagnostic", () => {
    assert.ok(docs.length >= 12, `${docs.length} documents`);
    const failed = docs.filter((d) => !d.ok);
    assert.deepEqual(
      failed.map((d) => d.uri.includes("non-english")),
      [true],
    );
    assert.ok(failed[0].diagnostics.some((d) => d.code === "extract/non-english"));
  });

  it("every event validates against the schema and its evidence equals the article text at its offsets", () => {
    let events = 0;
    for (const d of docs.filter((x) => x.ok)) {
      for (const e of d.events) {
        EventMention.parse(e);
        for (const ev of [e.evidence, ...e.also]) {
          assert.equal(d.article.text.slice(ev.start, ev.end), ev.text, `${d.uri} ${e.type}`);
          assert.equal(d.article.text.slice(ev.trigger.start, ev.trigger.end), ev.trigger.text);
        }
        for (const part of [e.actor, e.recipient, e.attribution, ...e.counts]) {
          if (part) assert.ok(part.end <= d.article.text.length && part.start < part.end);
        }
        if (e.place?.start !== undefined)
          assert.equal(d.article.text.slice(e.place.start, e.place.end), e.place.text);
        events++;
      }
    }
    assert.ok(events >= 40, `${events} events`);
  });

  it("every stored annotation is an offset range into the article text", () => {
    for (const d of docs.filter((x) => x.ok)) {
      const text = d.article.text;
      for (const a of [
        ...(d.doc?.entities ?? []),
        ...(d.doc?.times ?? []),
        ...(d.doc?.quantities ?? []),
        ...(d.geo?.places ?? []),
      ]) {
        assert.equal(text.slice(a.start, a.end), a.text, d.uri);
      }
    }
  });

  it("stores a batch once: a second save of the same documents inserts nothing", async () => {
    const store = await Store.open(join(mkdtempSync(join(tmpdir(), "chronicle-store-")), "t.db"));
    const first = await store.saveBatch(docs);
    const counts = await store.counts();
    const second = await store.saveBatch(docs);
    assert.equal(second.inserted, 0);
    assert.equal(second.duplicates, first.inserted);
    assert.deepEqual(await store.counts(), counts);
    const all = await store.queryEvents();
    assert.equal(all.length, counts.events);
    const hits = await store.searchArticles("ceasefire");
    assert.ok(hits.length >= 1);
    await store.close();
  });

  it("an article's id does not depend on whitespace or case", () => {
    assert.equal(articleId("Troops  left\nthe city."), articleId("troops left the city. "));
    assert.notEqual(articleId("Troops left the city."), articleId("Troops entered the city."));
  });
});
