/**
 * Precision audit of the event coder on real pages: runs the whole pipeline over the extraction
 * benchmark's news pages (../shared/data/extraction/scrapinghub.jsonl.gz, read at run time and
 * never copied into the repository), prints events per article and a sample of events drawn with a
 * fixed seed for a person to judge (type, actor, place right?).
 *
 *   npx tsx scripts/audit-events.ts [--data DIR] [--seed 7] [--sample 30]
 *
 * Events per article are printed for all pages and by section (a URL path naming news, world or
 * politics, as `chronicle eval events-learn` splits them).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { NEWS_SECTION } from "../src/eval/events-learn.ts";
import { htmlPage, readJsonl } from "../src/eval/harness.ts";
import type { EventMention } from "../src/events/schema.ts";
import { seededRandom } from "../src/nlp/ner/hash.ts";
import { processDocument } from "../src/pipeline/index.ts";

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const dataDir = option("data", join(import.meta.dirname, "../../shared/data"));
const file = join(dataDir, "extraction/scrapinghub.jsonl.gz");
if (!existsSync(file)) {
  console.error(`no ${file}: pass --data with the folder that holds extraction/scrapinghub.jsonl.gz`);
  process.exit(2);
}
const seed = Number(option("seed", "7"));
const sampleSize = Number(option("sample", "30"));

interface Page {
  id: string;
  url: string;
  html: string;
}

const pages = readJsonl<Page>(file);

const all: { url: string; event: EventMention }[] = [];
const perArticle: number[] = [];
const sections = { news: { articles: 0, events: 0 }, other: { articles: 0, events: 0 } };
for (const page of pages) {
  const processed = processDocument(htmlPage(page));
  perArticle.push(processed.events.length);
  for (const event of processed.events) all.push({ url: page.url, event });
  if (!processed.doc) continue;
  const section = sections[NEWS_SECTION.test(new URL(page.url).pathname) ? "news" : "other"];
  section.articles++;
  section.events += processed.events.length;
}

const total = perArticle.reduce((a, b) => a + b, 0);
console.log(`${pages.length} pages, ${total} events, ${(total / pages.length).toFixed(2)} per article`);
console.log(`pages with no event: ${perArticle.filter((n) => n === 0).length}`);
for (const [name, s] of Object.entries(sections))
  console.log(
    `${name === "news" ? "news/world/politics" : "other sections"}: ${s.articles} articles with text, ${(s.events / (s.articles || 1)).toFixed(2)} events per article`,
  );

const next = seededRandom(seed);
const order = all.map((e, i) => ({ e, key: next(), i })).sort((a, b) => a.key - b.key || a.i - b.i);
for (const [n, { e }] of order.slice(0, sampleSize).entries()) {
  const ev = e.event;
  const place = ev.place ? `${ev.place.name}${ev.place.fromFocus ? " (focus)" : ""}` : "-";
  console.log(
    `\n#${n + 1} ${ev.type}${ev.mode ? `/${ev.mode}` : ""} [${ev.evidence.trigger.text}] ${ev.actor?.text ?? "-"} → ${ev.recipient?.text ?? "-"} @ ${place} (${ev.modality})`,
  );
  console.log(`   ${e.url}`);
  console.log(`   ${ev.evidence.text.replace(/\s+/g, " ").slice(0, 400)}`);
}
