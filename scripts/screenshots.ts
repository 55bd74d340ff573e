/**
 * Writes a screenshot of each view of the UI to docs/screenshots/, over the bundled examples, with
 * Debian's Chromium (`apt-get install chromium`) driven by playwright-core.
 */
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { chromium } from "playwright-core";
import { buildServer } from "../src/api/server.ts";
import { resolveAll } from "../src/resolve/index.ts";
import { Store } from "../src/store/index.ts";
import { processExamples } from "./examples.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OUT = join(import.meta.dirname, "../docs/screenshots");

if (!existsSync(CHROMIUM)) {
  process.stderr.write(
    `screenshots: no browser at ${CHROMIUM}; install it with apt-get install -y chromium\n`,
  );
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });
const store = await Store.open(join(mkdtempSync(join(tmpdir(), "chronicle-shots-")), "shots.db"));
await store.saveBatch(await processExamples());
await resolveAll(store.db);
const app = await buildServer({ store });
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox"] });

const firstCoerce = await store.queryEvents({ type: "COERCE", limit: 1 });
// The incident with the most reports among those whose sources give figures.
const { rows: incidents } = await sql<{ id: string }>`
  SELECT id FROM incidents WHERE json_array_length(record, '$.counts') > 0 ORDER BY reports DESC, id LIMIT 1`.execute(
  store.db,
);
const views: { name: string; path: string; ready: string; dark?: boolean }[] = [
  { name: "events", path: "/", ready: "figure.map g.point" },
  { name: "events-dark", path: "/", ready: "figure.map g.point", dark: true },
  { name: "events-filtered", path: "/?type=PROTEST", ready: "table.events tbody tr" },
  {
    name: "article",
    path: `/article/${firstCoerce[0]?.article.id}?event=${firstCoerce[0]?.id}`,
    ready: ".article-text mark",
  },
  { name: "entities", path: "/entities", ready: "table.list tbody tr" },
  { name: "place", path: "/place/Lagos", ready: "table.events tbody tr" },
  { name: "places", path: "/places", ready: "table.list tbody tr" },
  { name: "search", path: "/search?q=ceasefire", ready: "ol.hits li" },
  { name: "incidents", path: "/incidents", ready: "table.incidents tbody tr" },
  { name: "incident", path: `/incident/${incidents[0]?.id}`, ready: ".reports section.report" },
];
for (const view of views) {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 860 },
    colorScheme: view.dark ? "dark" : "light",
  });
  await page.goto(`${base}${view.path}`);
  await page.waitForSelector(view.ready);
  const file = join(OUT, `${view.name}.png`);
  await page.screenshot({ path: file });
  process.stdout.write(`${file}\n`);
  await page.close();
}
await browser.close();
await app.close();
await store.close();
