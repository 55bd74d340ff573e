import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { type Browser, chromium, type Page } from "playwright-core";
import { buildServer } from "../src/api/server.ts";
import { resolveAll } from "../src/resolve/index.ts";
import type { Store } from "../src/store/index.ts";
import { deskStore } from "./helpers/desk.ts";

/** Debian's Chromium (`apt-get install chromium`); playwright-core drives it, nothing is downloaded. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const skip = existsSync(CHROMIUM)
  ? false
  : `no browser at ${CHROMIUM}: install it with apt-get install -y chromium`;

describe("web UI in Chromium", { skip }, () => {
  let store: Store;
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base: string;
  const pageErrors: string[] = [];

  /** Events in the database matching a fixed SQL condition of this test (no outside input). */
  const count = async (where = "1 = 1") =>
    Number(
      (await sql<{ n: number }>`SELECT count(*) AS n FROM events WHERE ${sql.raw(where)}`.execute(store.db))
        .rows[0].n,
    );

  before(async () => {
    ({ store } = await deskStore({ examples: true }));
    app = await buildServer({ store });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox"] });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on("pageerror", (e) => pageErrors.push(String(e)));
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  it("shows every dated event on the timeline and every located event on the map", async () => {
    await page.goto(`${base}/`);
    await page.waitForSelector("figure.timeline");
    await page.waitForSelector("figure.map");
    const dated = await count("time_start IS NOT NULL");
    const located = await count("lat IS NOT NULL");
    // Enough events to fill both views; the exact number follows the coder.
    assert.ok(dated > 80 && located > 80, `dated ${dated}, located ${located}`);
    assert.equal(Number(await page.getAttribute("figure.timeline", "data-count")), dated);
    assert.equal(Number(await page.getAttribute("figure.map", "data-events")), located);
    // The points drawn add up to the same number, clusters included.
    const drawn = await page.$$eval("figure.map g.point", (gs) =>
      gs.reduce((s, g) => s + Number(g.getAttribute("data-events")), 0),
    );
    assert.equal(drawn, located);
    assert.match((await page.textContent("p.summary")) ?? "", new RegExp(`^${await count()} events`));
  });

  it("filters by type from the filter bar and keeps the filter in the address", async () => {
    await page.selectOption("select[name=type]", "PROTEST");
    await page.click("form.filters button[type=submit]");
    await page.waitForURL(/type=PROTEST/);
    await page.waitForFunction(() =>
      [...document.querySelectorAll("table.events tbody tr")].every(
        (r) => r.getAttribute("data-type") === "PROTEST",
      ),
    );
    const protests = await count("type = 'PROTEST'");
    await page.waitForFunction(
      (n) => document.querySelectorAll("table.events tbody tr").length === n,
      protests,
    );
    assert.equal(Number(await page.getAttribute("p.summary", "data-events")), protests);
    // The address alone restores the view.
    await page.goto(page.url());
    await page.waitForSelector("table.events tbody tr");
    assert.equal(await page.inputValue("select[name=type]"), "PROTEST");
  });

  it("filters by date, from the fields and by brushing the timeline", async () => {
    await page.goto(`${base}/?since=2025-03-01&until=2025-03-31`);
    await page.waitForSelector("figure.timeline");
    const inMarch = await count("time_end >= '2025-03-01' AND time_start <= '2025-03-31'");
    await page.waitForFunction(
      (n) => document.querySelectorAll("table.events tbody tr").length === n,
      inMarch,
    );
    await page.goto(`${base}/`);
    const svg = await page.waitForSelector("figure.timeline svg");
    const box = await svg.boundingBox();
    assert.ok(box);
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForURL(/since=\d{4}-\d\d-\d\d&until=\d{4}-\d\d-\d\d/);
    const url = new URL(page.url());
    assert.ok((url.searchParams.get("since") ?? "") < (url.searchParams.get("until") ?? ""));
  });

  it("opens an article from the table and finds an event's evidence highlighted in its text", async () => {
    await page.goto(`${base}/?type=COERCE`);
    const link = await page.waitForSelector("table.events tbody tr td.col-evidence a");
    const trigger = ((await link.textContent()) ?? "").split(" — ")[0];
    await link.click();
    await page.waitForSelector(".article-text");
    const eventId = new URL(page.url()).searchParams.get("event");
    assert.ok(eventId);
    const marks = await page.$$eval(`mark.hl-trigger[data-event="${eventId}"]`, (ms) =>
      ms.map((m) => [m.textContent, m.getAttribute("title")]),
    );
    assert.ok(
      marks.some(([text]) => text === trigger),
      `no highlighted trigger "${trigger}"`,
    );
    assert.ok(marks.every(([, title]) => /trigger of COERCE/.test(title ?? "")));
    // The event's card is selected beside the text; other fields are highlighted too.
    assert.ok(await page.$(`#event-${eventId}.active`));
    for (const field of ["actor", "place", "time"]) assert.ok(await page.$(`mark.hl-${field}`), field);
  });

  it("shows markup in a title and text as inert text", async () => {
    await page.goto(`${base}/?place=Kampala`);
    const link = await page.waitForSelector("table.events tbody tr td.col-evidence a");
    await link.click();
    await page.waitForSelector(".article-text");
    assert.match(
      (await page.textContent("h1.article-title")) ?? "",
      /^<script>window.__xss = 1<\/script>Protest in Kampala <img/,
    );
    assert.match((await page.textContent(".article-text")) ?? "", /<img src=x onerror=/);
    assert.equal(await page.$$eval("main img, main script", (els) => els.length), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    assert.deepEqual(pageErrors, []);
  });

  it("has no incidents view until the API reports incidents", async () => {
    await page.goto(`${base}/`);
    await page.waitForSelector("nav");
    assert.equal(await page.$("nav a[href='/incidents']"), null);
  });

  it("shows an incident's reports side by side with each merge's reason and who agrees on the counts", async () => {
    await resolveAll(store.db);
    // The first server kept its counts for this connection's data; one started now sees the incidents.
    const resolved = await buildServer({ store });
    await resolved.listen({ port: 0, host: "127.0.0.1" });
    try {
      const address = resolved.server.address();
      const at = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
      const { rows } = await sql<{ id: string; reports: number }>`
        SELECT id, reports FROM incidents ORDER BY reports DESC, id LIMIT 1`.execute(store.db);
      const [largest] = rows;
      assert.ok(largest && largest.reports >= 2, "the examples should give an incident with several reports");
      await page.goto(`${at}/`);
      await page.click("nav a[href='/incidents']");
      await page.waitForSelector(`table.incidents a[href='/incident/${largest.id}']`);
      await page.click(`table.incidents a[href='/incident/${largest.id}']`);
      await page.waitForSelector(".reports section.report");
      assert.equal(await page.$$eval(".reports section.report", (s) => s.length), largest.reports);
      const reasons = (
        await sql<{
          reason: string;
        }>`SELECT reason FROM incident_mentions WHERE incident_id = ${largest.id}`.execute(store.db)
      ).rows.map((r) => `Merge reason: ${r.reason}`);
      const shown = await page.$$eval(".reports section.report .reason", (ps) =>
        ps.map((p) => p.textContent),
      );
      assert.deepEqual([...shown].sort(), [...reasons].sort());
      const record = JSON.parse(
        (
          await sql<{ record: string }>`SELECT record FROM incidents WHERE id = ${largest.id}`.execute(
            store.db,
          )
        ).rows[0].record,
      ) as { counts: unknown[]; agreement: { agree: string[]; disagree: string[] } };
      if (record.counts.length) {
        const agreement = (await page.textContent("p.agreement")) ?? "";
        for (const outlet of [...record.agreement.agree, ...record.agreement.disagree])
          assert.ok(agreement.includes(outlet), `${outlet} missing from "${agreement}"`);
      }
    } finally {
      await resolved.close();
    }
  });
});
