import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { sql } from "kysely";
import type { EventMention } from "../src/events/schema.ts";
import { articleId, type ProcessedDoc, processDocument } from "../src/pipeline/index.ts";
import { measureResolveCost } from "../src/resolve/bench.ts";
import { clusterMentions } from "../src/resolve/cluster.ts";
import {
  entityOfActor,
  getIncident,
  listEntities,
  listIncidents,
  mergeIncidents,
  prepareArticle,
  preparedInputs,
  resolveAll,
  resolveArticles,
  splitIncident,
} from "../src/resolve/index.ts";
import { bandKeys, DUPLICATE_JACCARD, jaccard, shingles } from "../src/resolve/minhash.ts";
import { judgePair } from "../src/resolve/rules.ts";
import type { Incident, ResolveMention } from "../src/resolve/types.ts";
import { readSources } from "../src/sources/index.ts";
import { Store } from "../src/store/index.ts";
import { fillEntityForms } from "../src/store/resolve.ts";
import { BACKENDS } from "./helpers/backends.ts";
import { EXAMPLE_DATES, EXAMPLES } from "./helpers/examples.ts";

const DATES = EXAMPLE_DATES;

const SAKE = { name: "Sake", geonameId: 205970, country: "COD", lat: -1.5736, lon: 29.0437 };

/** A report as the event coder would give it, with only what a rule looks at. */
function report(over: Partial<EventMention> & { id: string }, outlet: string, day?: string): ResolveMention {
  const event: EventMention = {
    type: "ASSAULT",
    counts: [],
    modality: "reported",
    contexts: [],
    also: [],
    confidence: 0.8,
    evidence: {
      docId: outlet,
      sentence: 0,
      start: 0,
      end: 5,
      text: "shell",
      trigger: { start: 0, end: 5, text: "shell", form: "noun" },
    },
    ...over,
  };
  const range = day
    ? day.includes("W")
      ? { start: "2024-02-12", end: "2024-02-18" }
      : { start: day, end: day }
    : undefined;
  return {
    event,
    articleId: `a-${outlet}`,
    canonicalArticleId: `a-${outlet}`,
    outlet,
    articleTitle: outlet,
    block: "COD|violence",
    ...(range ? { range } : {}),
  };
}

function place(p: typeof SAKE, precision: "city" | "country" = "city") {
  return { text: p.name, ...p, precision, fromFocus: false };
}

function count(what: "killed" | "injured", value: number) {
  return { what, value, text: String(value), start: 0, end: 1 };
}

describe("near-duplicate articles (MinHash over word shingles)", () => {
  const story =
    "Shells struck a camp for displaced families near the lakeside town on Tuesday night, killing at least nine people, a camp official told reporters, adding that dozens more were hurt and that the rebels had moved guns closer to the hills.";
  it("a syndicated copy with a new first line shares a band and most shingles", () => {
    const copy = `By our correspondent. ${story.replace("told reporters", "told our reporter")}`;
    const [a, b] = [shingles(story), shingles(copy)];
    assert.ok(jaccard(a, b) >= DUPLICATE_JACCARD, String(jaccard(a, b)));
    const bands = new Set(bandKeys(a));
    assert.ok(bandKeys(b).some((k) => bands.has(k)));
  });
  it("a different report of the same event is not a copy", () => {
    const other =
      "Aid workers counted nine dead after artillery fire hit a displacement site outside the town overnight; the army blamed the rebels, who denied it.";
    assert.ok(jaccard(shingles(story), shingles(other)) < DUPLICATE_JACCARD);
  });
  it("band keys are the same on every run (no random seeds)", () => {
    assert.deepEqual(bandKeys(shingles(story)), bandKeys(shingles(story)));
  });
});

describe("pair rules", () => {
  it("same type, same day, same GeoNames place and compatible tolls merge, with a readable reason", () => {
    const a = report(
      { id: "e1", mode: "heavy-weapons", place: place(SAKE), counts: [count("killed", 12)] },
      "Observer",
      "2024-02-13",
    );
    const b = report({ id: "e2", place: place(SAKE), counts: [count("killed", 15)] }, "Wire", "2024-02-13");
    const j = judgePair(a, b);
    assert.equal(j.conflict, undefined);
    assert.ok(j.anchored);
    assert.equal(
      j.reasons.join(", "),
      "same type ASSAULT/heavy-weapons, same day 2024-02-13, Sake (COD) in both, figures compatible: killed 12 vs 15",
    );
  });
  it("a week-precision date is compatible with each of its days", () => {
    const a = report({ id: "e1", place: place(SAKE) }, "Observer", "2024-02-13");
    const b = report({ id: "e2", place: place(SAKE) }, "Weekly", "2024-W07");
    assert.equal(judgePair(a, b).conflict, undefined);
  });
  it("different days, far-apart figures, different modes and plans vs facts stay apart", () => {
    const base = { place: place(SAKE) };
    const a = report({ id: "e1", ...base, counts: [count("killed", 3)] }, "A", "2024-02-13");
    assert.equal(judgePair(a, report({ id: "e2", ...base }, "B", "2024-02-14")).conflict, "time");
    assert.equal(
      judgePair(a, report({ id: "e3", ...base, counts: [count("killed", 200)] }, "B", "2024-02-13")).conflict,
      "counts",
    );
    const bomb = report({ id: "e4", ...base, mode: "explosives" }, "B", "2024-02-13");
    assert.equal(
      judgePair(report({ id: "e5", ...base, mode: "firearms" }, "C", "2024-02-13"), bomb).conflict,
      "type",
    );
    assert.equal(
      judgePair(a, report({ id: "e6", ...base, modality: "planned" }, "B", "2024-02-13")).conflict,
      "modality",
    );
  });
  it("the same kind of event on the same day in one country is not enough without a place, actor or figure", () => {
    const country = place({ ...SAKE, name: "DR Congo", geonameId: 203312 }, "country");
    const j = judgePair(
      report({ id: "e1", place: country }, "A", "2024-02-13"),
      report({ id: "e2", place: country }, "B", "2024-02-13"),
    );
    assert.equal(j.anchored, false);
  });
  it("a single shared surname of actors from different countries is a conflict", () => {
    const actor = (country: string) => ({
      text: "Mr Diallo",
      start: 0,
      end: 9,
      kind: "person" as const,
      country,
    });
    const j = judgePair(
      report({ id: "e1", actor: actor("SEN") }, "A", "2024-02-13"),
      report({ id: "e2", actor: actor("GIN") }, "B", "2024-02-13"),
    );
    assert.equal(j.conflict, "actor");
  });
});

describe("clustering is order-independent and keeps distinct events apart", () => {
  const mentions = [
    report(
      { id: "m1", mode: "heavy-weapons", place: place(SAKE), counts: [count("killed", 12)] },
      "Observer",
      "2024-02-13",
    ),
    report(
      { id: "m2", mode: "heavy-weapons", place: place(SAKE), counts: [count("killed", 15)] },
      "Wire",
      "2024-02-13",
    ),
    report({ id: "m3", mode: "heavy-weapons", place: place(SAKE) }, "Bulletin", "2024-02-13"),
    // A second attack the same day in the same town: a roadside bomb, another weapon, another toll.
    report(
      { id: "m4", mode: "explosives", place: place(SAKE), counts: [count("killed", 2)] },
      "Wire",
      "2024-02-13",
    ),
  ];
  const shape = (ms: ResolveMention[]) =>
    clusterMentions(ms, new Map())
      .map((c) =>
        c.members
          .map((m) => m.event.id)
          .sort()
          .join(","),
      )
      .sort();
  it("two incidents, whatever the order", () => {
    const expected = ["m1,m2,m3", "m4"];
    assert.deepEqual(shape(mentions), expected);
    assert.deepEqual(shape([...mentions].reverse()), expected);
    assert.deepEqual(shape([mentions[2], mentions[0], mentions[3], mentions[1]]), expected);
  });
  it("an analyst's apart decision holds", () => {
    const clusters = clusterMentions(mentions, new Map([["m1|m3", "apart"]]));
    assert.ok(
      clusters.every(
        (c) => !(c.members.some((m) => m.event.id === "m1") && c.members.some((m) => m.event.id === "m3")),
      ),
    );
  });
});

// The bundled examples: invented articles, three stories told by several outlets.

async function processedExamples(): Promise<ProcessedDoc[]> {
  const out: ProcessedDoc[] = [];
  for await (const raw of readSources([EXAMPLES])) {
    const date = DATES.get(raw.uri.split("/").pop() ?? "");
    out.push(processDocument(raw, date ? { publishedAt: date } : {}));
  }
  return out.filter((d) => d.ok);
}

async function storeWith(docs: ProcessedDoc[], batch: number): Promise<Store> {
  const store = await Store.open(join(mkdtempSync(join(tmpdir(), "chronicle-resolve-")), "t.db"));
  for (let i = 0; i < docs.length; i += batch) {
    const part = docs.slice(i, i + batch);
    await store.saveBatch(part);
    await resolveArticles(
      store.db,
      part.map((p) => p.articleId),
    );
  }
  return store;
}

const shapeOf = (incidents: Incident[]) =>
  incidents
    .map(
      (i) =>
        `${i.id}:${i.reports
          .map((r) => r.eventId)
          .sort()
          .join(",")}`,
    )
    .sort();

/** Which story an example tells (examples/README.md): reports of two stories never share an incident. */
const BATCH_STORIES: Record<string, string> = {
  "1": "yerevan-fuel-protest",
  "2": "tripoli",
  "3": "brussels",
};
function storyOf(uri: string): string {
  const file = uri.split(/[\\/]/).at(-1) ?? uri;
  const line = /^batch\.jsonl#(\d+)$/.exec(file);
  if (line) return BATCH_STORIES[line[1]];
  return file.replace(
    /-(great-lakes|meridian|africa|caucasus|eastern|northline|steppe|continental|gulf|horn).*$/,
    "",
  );
}

describe("incidents on the bundled examples", async () => {
  const docs = await processedExamples();
  const store = await storeWith(docs, 4);
  const incidents = await listIncidents(store.db);
  const uriOf = new Map(docs.map((d) => [d.articleId, d.uri]));

  it("the Sake shelling is one incident with the three outlets' death tolls and who gave each", () => {
    const sake = incidents.filter((i) => i.type === "ASSAULT" && i.place?.name === "Sake");
    assert.equal(sake.length, 1);
    const killed = sake[0].counts.find((c) => c.what === "killed");
    assert.ok(killed);
    assert.equal(sake[0].sources.length, 3, sake[0].sources.join("; "));
    assert.deepEqual(
      killed.reports.map((r) => r.value).sort((a, b) => a - b),
      [12, 15, 20],
    );
    assert.equal(new Set(killed.reports.map((r) => r.outlet)).size, 3);
    assert.equal(killed.value, 12, "ACLED's conservative rule keeps the lowest figure");
    assert.deepEqual([killed.min, killed.max], [12, 20]);
    assert.ok(sake[0].reports.slice(1).every((r) => r.reason.includes("Sake (COD) in both")));
  });

  it("the Yerevan arrests are one incident reported by all three outlets", () => {
    const arrests = incidents.filter(
      (i) => i.type === "COERCE" && i.place?.country === "ARM" && i.counts.some((c) => c.what === "arrested"),
    );
    assert.equal(arrests.length, 1);
    assert.equal(arrests[0].sources.length, 3);
    assert.deepEqual(
      arrests[0].counts
        .find((c) => c.what === "arrested")
        ?.reports.map((r) => r.value)
        .sort(),
      [30, 35, 45],
    );
  });

  it("no incident holds reports of two different stories", () => {
    for (const i of incidents) {
      const stories = new Set(i.reports.map((r) => storyOf(uriOf.get(r.articleId) ?? "")));
      assert.equal(stories.size, 1, `${i.id}: ${[...stories].join(" + ")}`);
    }
  });

  it("re-ingesting everything in another order, in other batches, gives the same incidents and ids", async () => {
    const reversed = await storeWith([...docs].reverse(), 3);
    assert.deepEqual(shapeOf(await listIncidents(reversed.db)), shapeOf(incidents));
    await resolveAll(reversed.db);
    assert.deepEqual(shapeOf(await listIncidents(reversed.db)), shapeOf(incidents));
    await reversed.close();
  });

  it("an analyst's split and merge survive re-ingestion and re-resolution", async () => {
    const s = await storeWith(docs, 16);
    const sake = (await listIncidents(s.db)).find(
      (i) => i.type === "ASSAULT" && i.place?.name === "Sake",
    ) as Incident;
    const moved = sake.reports.at(-1)?.eventId as string;
    await splitIncident(s.db, sake.id, [moved]);
    const after = async () =>
      (await listIncidents(s.db)).filter((i) =>
        i.reports.some((r) => sake.reports.map((x) => x.eventId).includes(r.eventId)),
      );
    assert.equal((await after()).length, 2);
    await s.saveBatch(docs);
    await resolveArticles(
      s.db,
      docs.map((d) => d.articleId),
    );
    assert.equal((await after()).length, 2);
    await resolveAll(s.db);
    const split = await after();
    assert.equal(split.length, 2);
    assert.ok(split.some((i) => i.reports.length === 1 && i.reports[0].eventId === moved));
    await mergeIncidents(
      s.db,
      split.map((i) => i.id),
    );
    await resolveAll(s.db);
    const merged = await after();
    assert.equal(merged.length, 1);
    assert.equal(merged[0].reports.length, sake.reports.length);
    assert.ok(await getIncident(s.db, merged[0].id));
    await s.close();
  });

  it("a copy of an article is linked to the first-published one and not counted as another source", async () => {
    const s = await storeWith(docs, 16);
    const original = docs.find((d) => d.uri.includes("sake-shelling-great-lakes")) as ProcessedDoc;
    const copy = syndicatedCopy(original);
    await s.saveBatch([copy]);
    await resolveArticles(s.db, [copy.articleId]);
    const sake = (await listIncidents(s.db)).find(
      (i) => i.type === "ASSAULT" && i.place?.name === "Sake",
    ) as Incident;
    const copied = sake.reports.find((r) => r.articleId === copy.articleId);
    assert.equal(copied?.duplicateOf, original.articleId);
    assert.equal(sake.sources.length, 3);
    assert.ok(!sake.sources.includes("Syndicated Daily"));
    await s.close();
  });

  it("resolution from what the pool threads prepared stores the same rows as from the stored articles", async () => {
    const original = docs.find((d) => d.uri.includes("sake-shelling-great-lakes")) as ProcessedDoc;
    // A copy to link to its original, and an article sent again (not inserted, so read back).
    const feed = [...docs, syndicatedCopy(original), docs[0]];
    const tables: Record<string, string[]>[] = [];
    for (const prepare of [false, true]) {
      const s = await Store.open(join(mkdtempSync(join(tmpdir(), "chronicle-resolve-")), "t.db"));
      for (let i = 0; i < feed.length; i += 5) {
        const part = feed.slice(i, i + 5).map((p) => {
          const prepared = prepare ? prepareArticle(p) : undefined;
          return prepared ? { ...p, prepared } : p;
        });
        const saved = await s.saveBatch(part);
        await resolveArticles(
          s.db,
          part.map((p) => p.articleId),
          prepare ? preparedInputs(saved.written) : undefined,
        );
      }
      tables.push(await resolutionTables(s));
      await s.close();
    }
    assert.ok(tables[0].article_duplicates.length > 0 && tables[0].entity_mentions.length > 0);
    assert.deepEqual(tables[1], tables[0]);
  });

  it("closes", async () => {
    await store.close();
  });
});

/** A syndicated copy of an article: a line added, another outlet, published a day later. */
function syndicatedCopy(original: ProcessedDoc): ProcessedDoc {
  const text = `${original.article.text}\n\nThis story was first published by a partner outlet.`;
  return {
    ...original,
    uri: "copy.html",
    articleId: articleId(text),
    article: {
      ...original.article,
      text,
      site: "Syndicated Daily",
      publishedAt: {
        ...(original.article.publishedAt as NonNullable<ProcessedDoc["article"]["publishedAt"]>),
        value: "2024-02-15",
      },
    },
    events: original.events.map((e) => ({
      ...e,
      id: `${e.id}-copy`,
      evidence: { ...e.evidence, docId: articleId(text) },
    })),
  };
}

/** Every row resolution writes, table by table, in a fixed order. */
async function resolutionTables(store: Store): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of [
    "article_bands",
    "article_duplicates",
    "entities",
    "entity_mentions",
    "entity_forms",
    "incidents",
    "incident_mentions",
  ] as const) {
    const rows = await store.db.selectFrom(table).selectAll().execute();
    out[table] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

describe("canonical entities across articles", () => {
  const raw = (uri: string, text: string) => ({
    uri,
    bytes: new TextEncoder().encode(text),
    contentType: "text/plain",
    fetchedAt: "2024-01-20T00:00:00Z",
    diagnostics: [],
  });
  const articles: [string, string, string][] = [
    [
      "a.txt",
      "2024-01-10",
      "ASTANA — Kazakh President Kassym-Jomart Tokayev met farmers in Astana on Tuesday. Tokayev promised new loans for the harvest, his office said.",
    ],
    [
      "b.txt",
      "2024-01-12",
      "ASTANA — President Tokayev signed a decree on grain exports on Thursday in Astana, Kazakhstan, the presidential press service said.",
    ],
    [
      "c.txt",
      "2024-01-13",
      "LONDON — A London baker, Mr Tokayev, won a prize for his rye bread on Friday in Britain, the organisers said.",
    ],
    [
      "d.txt",
      "2024-01-15",
      "ASTANA — Officials in Kazakhstan said the Kazakh president would visit the northern grain region next week.",
    ],
  ];
  const documents = () =>
    articles.map(([uri, day, text]) => processDocument(raw(uri, text), { publishedAt: day }));
  for (const backend of BACKENDS)
    it(
      `on ${backend.name}: a surname joins the full name seen in the same country, never one in another country; a description names the office holder known by its date; any order`,
      backend.skip ? { skip: backend.skip } : {},
      async () => {
        const docs = documents();
        const shapes: string[] = [];
        for (const order of [docs, [...docs].reverse()]) {
          const s = await Store.open(await backend.fresh());
          for (const d of order) {
            await s.saveBatch([d]);
            await resolveArticles(s.db, [d.articleId]);
          }
          const people = (await listEntities(s.db)).filter((e) => e.aliases.includes("Tokayev"));
          shapes.push(JSON.stringify(people));
          assert.equal(people.length, 2);
          const president = people.find((e) => e.name === "Kassym-Jomart Tokayev");
          assert.deepEqual(
            [president?.country, president?.articles, president?.firstSeen, president?.lastSeen],
            ["KAZ", 3, "2024-01-10", "2024-01-15"],
          );
          assert.ok(president?.aliases.includes("the Kazakh president"), president?.aliases.join(", "));
          assert.ok(president?.aliases.includes("President Tokayev"), president?.aliases.join(", "));
          assert.equal(people.find((e) => e !== president)?.country, "GBR");
          assert.equal(await entityOfActor(s.db, docs[1].articleId, "Tokayev"), president?.id);
          await s.close();
        }
        assert.equal(shapes[0], shapes[1]);
      },
    );

  for (const backend of BACKENDS)
    it(
      `on ${backend.name}: an entity's stored article count and dates are those of every stored article that mentions it, however ingest split the articles into batches`,
      backend.skip ? { skip: backend.skip } : {},
      async () => {
        // The Astana meeting reported again a day later: the president is in four articles (two
        // meetings, the decree, the visit's description), the London baker in one.
        const docs = [
          ...documents(),
          processDocument(raw("a2.txt", `${articles[0][2]} Farmers welcomed it.`), {
            publishedAt: "2024-01-11",
          }),
        ];
        const tables: string[] = [];
        for (const size of [1, 2, docs.length]) {
          const s = await Store.open(await backend.fresh());
          for (let i = 0; i < docs.length; i += size) {
            const batch = docs.slice(i, i + size);
            await s.saveBatch(batch);
            await resolveArticles(
              s.db,
              batch.map((d) => d.articleId),
            );
          }
          const rows = await s.db
            .selectFrom("entities")
            .select(["id", "name", "articles", "first_seen", "last_seen"])
            .orderBy("id")
            .execute();
          const president = rows.find((r) => r.name === "Kassym-Jomart Tokayev");
          assert.deepEqual(
            [Number(president?.articles), president?.first_seen, president?.last_seen],
            [4, "2024-01-10", "2024-01-15"],
            `in batches of ${size}`,
          );
          // The stored row agrees with what the entity list counts from the mentions themselves.
          for (const e of await listEntities(s.db)) {
            const row = rows.find((r) => r.id === e.id);
            assert.deepEqual(
              [Number(row?.articles), row?.first_seen ?? undefined, row?.last_seen ?? undefined],
              [e.articles, e.firstSeen, e.lastSeen],
              `${e.name} in batches of ${size}`,
            );
          }
          tables.push(JSON.stringify(rows.map((r) => ({ ...r, articles: Number(r.articles) }))));
          await s.close();
        }
        assert.equal(tables[1], tables[0]);
        assert.equal(tables[2], tables[0]);
      },
    );

  for (const backend of BACKENDS)
    it(
      `on ${backend.name}: the forms table counts every stored mention once, through re-resolution, and the migration's fill gives the same table`,
      backend.skip ? { skip: backend.skip } : {},
      async () => {
        const s = await Store.open(await backend.fresh());
        const docs = documents();
        // Two copies of the Astana meeting a day apart: the same forms, written by twice the mentions.
        const again = processDocument(raw("a2.txt", `${articles[0][2]} Farmers welcomed it.`), {
          publishedAt: "2024-01-11",
        });
        for (const d of [...docs, again]) {
          await s.saveBatch([d]);
          await resolveArticles(s.db, [d.articleId]);
        }
        const forms = () =>
          s.db
            .selectFrom("entity_forms")
            .select(["form_key", "entity_id", "mentions"])
            .orderBy("form_key")
            .execute();
        const counted = async () => {
          const rows = await forms();
          const mentions = await s.db
            .selectFrom("entity_mentions")
            .select(s.db.fn.countAll().as("n"))
            .execute();
          return [rows.reduce((n, r) => n + Number(r.mentions), 0), Number(mentions[0].n)];
        };
        const tokayev = (await forms()).find(
          (r) => JSON.parse(r.form_key)[2] === "Kazakh President Kassym-Jomart Tokayev",
        );
        assert.equal(
          Number(tokayev?.mentions),
          2,
          "the titled full name, written in both copies of the meeting",
        );
        const [inForms, stored] = await counted();
        assert.equal(inForms, stored);
        await resolveArticles(
          s.db,
          docs.map((d) => d.articleId),
        );
        assert.deepEqual(
          await counted(),
          [stored, stored],
          "re-resolving articles does not count them twice",
        );
        const incremental = JSON.stringify(await forms());
        await resolveAll(s.db);
        assert.equal(JSON.stringify(await forms()), incremental);
        await s.db.deleteFrom("entity_forms").execute();
        await fillEntityForms(s.db);
        assert.equal(JSON.stringify(await forms()), incremental);
        await s.close();
      },
    );
});

describe("bench resolve", async () => {
  const docs = await processedExamples();
  it("counts the pages resolution writes, the same on every run whatever the machine's load", async () => {
    const first = await measureResolveCost(docs, 100);
    const second = await measureResolveCost(docs, 100);
    assert.ok(first.pagesPerArticle > 0, "resolving stores incidents, so it writes pages");
    assert.equal(first.pagesPerArticle, second.pagesPerArticle);
  });
});

describe("a batch's resolution is one transaction", async () => {
  const docs = (await processedExamples()).slice(0, 6);
  it("stores nothing of a batch whose resolution fails, and all of it when it is resolved again", async () => {
    const store = await Store.open(join(mkdtempSync(join(tmpdir(), "chronicle-resolve-")), "t.db"));
    await store.saveBatch(docs);
    const ids = docs.map((d) => d.articleId);
    // The last step (the incidents) fails: the bands, duplicates and entities written before it must go too.
    await sql`CREATE TRIGGER refuse_incidents BEFORE INSERT ON incidents BEGIN SELECT RAISE(ABORT, 'refused'); END`.execute(
      store.db,
    );
    await assert.rejects(
      store.exclusive("resolve", (db) => resolveArticles(db, ids)),
      /refused/,
    );
    for (const [table, rows] of Object.entries(await resolutionTables(store)))
      assert.deepEqual(rows, [], `${table} after a failed resolution`);
    await sql`DROP TRIGGER refuse_incidents`.execute(store.db);
    await store.exclusive("resolve", (db) => resolveArticles(db, ids));
    const whole = await storeWith(docs, docs.length);
    assert.deepEqual(await resolutionTables(store), await resolutionTables(whole));
    await store.close();
    await whole.close();
  });
});
