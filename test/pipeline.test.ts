import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { fromRoot } from "../src/core/paths.ts";
import { EventMention } from "../src/events/schema.ts";
import { articleId, type ProcessedDoc, processDocument } from "../src/pipeline/index.ts";
import { createProcessor, POOL_THREAD_OLD_GENERATION_MB, startPool } from "../src/pipeline/pool.ts";
import { isFresh, workerBundle } from "../src/pipeline/worker-build.ts";
import { prepareArticle } from "../src/resolve/prepare.ts";
import { readSources } from "../src/sources/index.ts";
import type { RawDoc } from "../src/sources/types.ts";
import { Store } from "../src/store/index.ts";
import { storable } from "../src/store/rows.ts";
import { BACKENDS } from "./helpers/backends.ts";
import { EXAMPLE_DATES, EXAMPLES } from "./helpers/examples.ts";

const DATES = EXAMPLE_DATES;

/** A document as a pool thread sends it after an ingest task: with what it prepared for resolution. */
function withPrepared(p: ProcessedDoc): ProcessedDoc {
  const prepared = prepareArticle(p);
  return prepared ? { ...p, prepared } : p;
}

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

  it("an article's id does not depend on whitespace or case", () => {
    assert.equal(articleId("Troops  left\nthe city."), articleId("troops left the city. "));
    assert.notEqual(articleId("Troops left the city."), articleId("Troops entered the city."));
  });

  /** What each backend answered, to compare them with each other. */
  const answers = new Map<string, unknown>();

  for (const backend of BACKENDS) {
    describe(`the store on ${backend.name}`, backend.skip ? { skip: backend.skip } : {}, () => {
      it("stores a batch once: a second save of the same documents inserts nothing", async () => {
        const store = await Store.open(await backend.fresh());
        const first = await store.saveBatch(docs);
        const counts = await store.counts();
        assert.equal(counts.articles, docs.filter((d) => d.ok).length);
        const second = await store.saveBatch(docs);
        assert.equal(second.inserted, 0);
        assert.equal(second.duplicates, first.inserted);
        assert.deepEqual(await store.counts(), counts);
        const all = await store.queryEvents();
        assert.equal(all.length, counts.events);
        const answer = {
          counts,
          all,
          protests: await store.queryEvents({ type: "protest" }),
          since: await store.queryEvents({ since: "2022-01-01", until: "2022-12-31" }),
          articles: await store.listArticles(),
          search: await store.searchArticles("ceasefire"),
        };
        assert.ok(answer.search.length >= 1);
        assert.ok(answer.protests.length >= 1 && answer.protests.length < all.length);
        answers.set(backend.name, answer);
        await store.close();
      });

      it("finds articles by words of their title or body, best match first", async () => {
        const store = await Store.open(await backend.fresh());
        await store.saveBatch(docs);
        const hits = await store.searchArticles("ceasefire");
        const texts = new Map(docs.map((d) => [d.articleId, d.article.text.toLowerCase()]));
        for (const hit of hits) assert.match(texts.get(hit.id) ?? "", /ceasefire/);
        assert.deepEqual(await store.searchArticles("zzyzx"), []);
        await store.close();
      });
    });
  }

  it("both backends give the same answers to the same queries", (t) => {
    if (answers.size < BACKENDS.length) return t.skip();
    const [sqlite, postgres] = [...answers.values()];
    assert.deepEqual(postgres, sqlite);
  });
});

describe("a processor with two workers (two pool threads; this thread stores)", async () => {
  const raws: RawDoc[] = [];
  for await (const raw of readSources([EXAMPLES])) raws.push(raw);
  const options = (uri: string) => {
    const date = DATES.get(uri.split("/").pop() ?? "");
    return date ? { publishedAt: date } : {};
  };
  /** What the store keeps of a document: everything but the tokens and sentences, which stay in the thread that made them. */
  const kept = (p: ProcessedDoc) => ({ ...p, doc: p.doc && { ...p.doc, tokens: [], sentences: [] } });

  it("gives every example the same article, entities, times, counts, places and events as one thread", async () => {
    const single = raws.map((raw) => processDocument(raw, options(raw.uri)));
    const processor = createProcessor(2);
    await processor.ready();
    // Every document is handed over at once, as ingest does up to its window.
    const pooled = await Promise.all(raws.map((raw) => processor.process(raw, options(raw.uri))));
    await processor.close();
    // With the inputs of resolution the pool thread prepared from each (src/resolve/prepare.ts).
    assert.deepEqual(pooled.map(kept), single.map(withPrepared).map(kept));
    // Tokens stay in the thread that made them: none came back, so no document was processed here.
    assert.equal(pooled.filter((p) => p.doc?.tokens.length).length, 0);
    assert.ok(pooled.filter((p) => p.doc).length >= 12);
  });

  it("gives the store the rows it would write of the document processed in this thread", async () => {
    const single = raws.map((raw) => processDocument(raw, options(raw.uri)));
    const processor = createProcessor(2);
    await processor.ready();
    const pooled = await Promise.all(raws.map((raw) => processor.ingest(raw, options(raw.uri))));
    await processor.close();
    assert.deepEqual(pooled, single.map(withPrepared).map(storable));
    const stored = pooled.filter((p) => p.rows);
    assert.ok(stored.length >= 12 && stored.every((p) => p.rows?.article.annotations.includes('"entities"')));
    assert.ok(
      stored.some((p) => p.rows?.events.length),
      "the examples have events",
    );
  });
});

describe("a processor with one worker", () => {
  const raw: RawDoc = {
    uri: "file:///invented/harbour-strike.txt",
    bytes: new TextEncoder().encode(
      "Dock workers in the port of Velmora walked out on Tuesday over unpaid wages, the union said. " +
        "Police arrested four people after protesters blocked the harbour gate.",
    ),
    contentType: "text/plain",
    fetchedAt: "2024-03-06T00:00:00.000Z",
    diagnostics: [],
  };
  const options = { publishedAt: "2024-03-06" };

  it("runs the pipeline in one pool thread with its old generation capped, not in this thread's uncapped heap", async () => {
    const processor = createProcessor(1);
    try {
      const limits = processor.threads.map((thread) => thread.resourceLimits?.maxOldGenerationSizeMb);
      assert.equal(limits.length, 1, "one thread runs the pipeline");
      for (const mb of limits)
        assert.ok(mb !== undefined && mb > 0 && mb <= POOL_THREAD_OLD_GENERATION_MB, `${mb} MB`);
      const pooled = await processor.process(raw, options);
      // Tokens stay in the thread that made them: none came back, so the document was not processed here.
      assert.ok(pooled.doc, "the document was analysed");
      assert.equal(
        pooled.doc.tokens.length,
        0,
        "tokens came back: the document was processed in this thread",
      );
      const here = withPrepared(processDocument(raw, options));
      assert.ok(here.events.length > 0, "the invented report has events");
      assert.equal(here.prepared?.bands.length, 16, "the pool thread prepares the MinHash band keys");
      assert.deepEqual(
        { ...pooled, doc: { ...pooled.doc, tokens: [], sentences: [] } },
        { ...here, doc: here.doc && { ...here.doc, tokens: [], sentences: [] } },
      );
    } finally {
      await processor.close();
    }
  });

  it("analyses a stored article in that thread as this thread would (chronicle reprocess)", async () => {
    const here = processDocument(raw, options);
    const processor = createProcessor(1);
    try {
      const pooled = await processor.analyse(here.article, here.articleId);
      assert.ok(pooled.doc, "the article was analysed");
      assert.equal(pooled.doc.tokens.length, 0, "tokens came back: the article was analysed in this thread");
      assert.deepEqual(
        { ...pooled, doc: { ...pooled.doc, tokens: [], sentences: [] } },
        { ...here, doc: here.doc && { ...here.doc, tokens: [], sentences: [] } },
      );
    } finally {
      await processor.close();
    }
  });

  it("is what every command that runs the pipeline over a stream or an archive uses, not the stages in its own thread", () => {
    // Their own thread's heap is sized from the machine's memory: the pipeline's garbage would pile up there.
    for (const file of [
      "src/cli/commands/ingest.ts",
      "src/cli/commands/bench-scale.ts",
      "src/cli/commands/watch.ts",
      "src/cli/commands/reprocess.ts",
      "src/cli/commands/queue.ts",
      "src/queue/index.ts",
    ]) {
      const source = readFileSync(fromRoot(file), "utf8");
      assert.ok(/\bcreateProcessor\b|\bDocumentProcessor\b/.test(source), `${file} uses no processor`);
      assert.ok(
        !/\b(processDocument|analyseArticle|warmUp)\b/.test(source),
        `${file} runs pipeline stages itself`,
      );
    }
  });
});

describe("the pool's threads", () => {
  it("each have their old generation capped, so V8 does not size their heaps from the machine's memory", async () => {
    const pool = startPool(2);
    try {
      // Node reports the limits V8 applied to each thread; the threads start with the pool.
      const limits = pool.threads.map((thread) => thread.resourceLimits?.maxOldGenerationSizeMb);
      assert.equal(limits.length, 2);
      for (const mb of limits)
        assert.ok(mb !== undefined && mb > 0 && mb <= POOL_THREAD_OLD_GENERATION_MB, `${mb} MB`);
    } finally {
      await pool.destroy();
    }
  });
});

describe("the worker threads' bundle", () => {
  const record = { builtAt: 1_000, inputs: ["src/a.ts", "src/b.ts"] };

  it("is used while every source it was made from is older than the build", () => {
    assert.equal(
      isFresh(record, () => 900),
      true,
    );
  });

  it("is rebuilt when a source changed after the build started, or is gone", () => {
    assert.equal(
      isFresh(record, (path) => (path === "src/b.ts" ? 1_001 : 900)),
      false,
    );
    assert.equal(
      isFresh(record, (path) => (path === "src/a.ts" ? undefined : 900)),
      false,
    );
    assert.equal(
      isFresh({ builtAt: 1_000, inputs: [] }, () => 900),
      false,
    );
  });

  it("is one ES module built from the worker's sources", () => {
    const url = workerBundle();
    assert.ok(url?.endsWith("/worker.mjs"), url);
  });
});
