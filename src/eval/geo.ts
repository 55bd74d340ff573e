/**
 * Geoparsing evaluation on LGL and GeoWebNews (Gritta et al. metrics):
 * - recognition: precision/recall/F1 of predicted toponym spans against gold spans, exact match;
 * - resolution with oracle spans: every gold toponym with coordinates is resolved in its
 *   document's context; accuracy within 161 km, mean and median error, AUC of the log error
 *   curve (lower is better); a name with no reading counts as 20,039 km (half the equator);
 * - a population-only baseline (the most populous reading of each name) in the same run;
 * - throughput of geoparse() over the documents, gazetteer load time and resident memory.
 */
import { existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { distanceKm, gazetteer, placeAt, useImportedGazetteer } from "../geo/gazetteer.ts";
import { GazetteerStore, importFiles } from "../geo/import/index.ts";
import { geoparse, resolveSpans } from "../geo/index.ts";
import { candidateForSpan } from "../geo/recognize.ts";
import { annotate } from "../nlp/index.ts";
import type { Doc } from "../nlp/types.ts";
import {
  type EvalContext,
  type EvalReport,
  type Evaluator,
  type Metrics,
  median,
  readJsonl,
  round,
} from "./harness.ts";

interface GoldToponym {
  start: number;
  end: number;
  name: string;
  lat: number;
  lon: number;
  geonameid?: number;
  type?: string;
}

interface GeoArticle {
  id: string;
  title?: string;
  text: string;
  toponyms: GoldToponym[];
}

/** Error charged for a name the gazetteer cannot read at all (the farthest two points can be). */
const MISSING_KM = 20039;
const ACCURACY_KM = 161;
/** Timed passes over each corpus for throughput; the fastest is reported. */
const TIMED_PASSES = 3;

/** The article as the pipeline would see it: one body block, no publication date (geo needs none). */
function docOf(a: GeoArticle): Doc {
  return annotate({
    uri: a.id,
    title: a.title ?? "",
    text: a.text,
    blocks: [],
    lang: "eng",
    captions: [],
    credits: [],
    fetchedAt: new Date(0).toISOString(),
    diagnostics: [],
  });
}

/** Gritta et al.'s AUC: area under the sorted log-error curve, scaled to [0, 1]. */
function auc(errors: number[]): number {
  if (errors.length < 2) return 0;
  const scaled = errors.map((e) => Math.log(1 + e)).sort((a, b) => a - b);
  let area = 0;
  for (let i = 1; i < scaled.length; i++) area += (scaled[i] + scaled[i - 1]) / 2;
  return area / (Math.log(MISSING_KM) * (scaled.length - 1));
}

function resolutionMetrics(errors: number[]): Metrics {
  const within = errors.filter((e) => e <= ACCURACY_KM).length;
  return {
    "acc@161": round(within / errors.length),
    "mean km": round(errors.reduce((s, e) => s + e, 0) / errors.length, 0),
    "median km": round(median(errors), 0),
    AUC: round(auc(errors)),
  };
}

/** A gazetteer to score: the built-in one, or a user's import. */
interface Variant {
  system: string;
  gazetteer?: string;
}

/**
 * The imported gazetteer to score beside the built-in one: --gazetteer, else the files in
 * <data>/gazetteer imported (as a user would import their download) into a scratch index that
 * later runs reuse (the import skips files it already holds).
 */
async function importedGazetteer(ctx: EvalContext): Promise<string | undefined> {
  if (ctx.gazetteer) return ctx.gazetteer;
  const dir = join(ctx.dataDir, "gazetteer");
  if (!existsSync(dir)) return undefined;
  const files = ["geonames", "naturalearth"].flatMap((sub) =>
    existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)).map((f) => join(dir, sub, f)) : [],
  );
  const path = join(tmpdir(), "chronicle-eval-gazetteer.db");
  const store = new GazetteerStore(path);
  try {
    const outcomes = await importFiles(store, files);
    for (const o of outcomes) if (o.status === "failed") ctx.log(`geo: ${o.file}: ${o.message}`);
  } finally {
    store.close();
  }
  return path;
}

export const evaluate: Evaluator = async (ctx) => {
  const report: EvalReport = { stage: "geo", datasets: {}, speed: {}, notes: [] };
  const variants: Variant[] = [{ system: "chronicle" }];
  const imported = await importedGazetteer(ctx);
  if (imported) variants.push({ system: "chronicle + import", gazetteer: imported });
  const totals = new Map<string, { docs: number; ms: number }>();
  for (const v of variants) {
    useImportedGazetteer(v.gazetteer);
    const rssBefore = process.memoryUsage().rss;
    const t0 = performance.now();
    gazetteer();
    const suffix = v.gazetteer ? " (with import)" : "";
    report.speed[`gazetteer load ms${suffix}`] = round(performance.now() - t0, 0);
    report.speed[`gazetteer memory MB${suffix}`] = round((process.memoryUsage().rss - rssBefore) / 1e6, 0);
    // Before any Doc or the NER model is in memory: what a geo-only process holds.
    if (!v.gazetteer)
      report.speed["resident memory after load MB"] = round(process.memoryUsage().rss / 1e6, 0);
    totals.set(v.system, { docs: 0, ms: 0 });
  }
  if (imported)
    report.notes?.push(
      ctx.gazetteer
        ? `Imported gazetteer: ${imported}.`
        : "Imported gazetteer: the files in ../shared/data/gazetteer imported into a scratch index.",
    );

  const details: string[] = [];
  for (const name of ["lgl", "gwn"]) {
    const path = join(ctx.dataDir, "geo", `${name}.jsonl`);
    if (!existsSync(path)) {
      report.notes?.push(`${path} is missing: ${name} not scored.`);
      continue;
    }
    let articles = readJsonl<GeoArticle>(path);
    if (ctx.limit) articles = articles.slice(0, ctx.limit);
    const docs = articles.map(docOf);
    report.datasets[name] = {};
    for (const v of variants) {
      useImportedGazetteer(v.gazetteer);
      const g = gazetteer();
      // Recognition.
      let tp = 0;
      let predicted = 0;
      let gold = 0;
      const results = docs.map((d) => geoparse(d));
      // Timed after the first pass, once the JIT has compiled the hot paths, as in a long ingest;
      // in CPU time and the best of a few passes, so that other processes on a shared machine
      // count as little as possible.
      let ms = Number.POSITIVE_INFINITY;
      for (let pass = 0; pass < TIMED_PASSES; pass++) {
        const cpuStart = process.cpuUsage();
        for (const d of docs) geoparse(d);
        const cpu = process.cpuUsage(cpuStart);
        ms = Math.min(ms, (cpu.user + cpu.system) / 1000);
      }
      const total = totals.get(v.system) ?? { docs: 0, ms: 0 };
      total.docs += docs.length;
      total.ms += ms;
      const fnByType = new Map<string, number>();
      const fpNames = new Map<string, number>();
      const fnNames = new Map<string, number>();
      articles.forEach((a, k) => {
        const goldKeys = new Set(a.toponyms.map((t) => `${t.start}:${t.end}`));
        const predKeys = new Set(results[k].places.map((p) => `${p.start}:${p.end}`));
        gold += goldKeys.size;
        predicted += predKeys.size;
        for (const key of predKeys) {
          if (goldKeys.has(key)) tp++;
          else {
            const [s, e] = key.split(":").map(Number);
            const t = a.text.slice(s, e);
            fpNames.set(t, (fpNames.get(t) ?? 0) + 1);
          }
        }
        for (const t of a.toponyms) {
          if (predKeys.has(`${t.start}:${t.end}`)) continue;
          fnByType.set(t.type ?? "all", (fnByType.get(t.type ?? "all") ?? 0) + 1);
          fnNames.set(t.name, (fnNames.get(t.name) ?? 0) + 1);
        }
      });
      const precision = predicted ? tp / predicted : 0;
      const recall = gold ? tp / gold : 0;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;

      // Resolution with oracle spans, and the population baseline on the same spans.
      const errors: number[] = [];
      const baseline: number[] = [];
      articles.forEach((a, k) => {
        const withCoords = a.toponyms.filter((t) => Number.isFinite(t.lat) && Number.isFinite(t.lon));
        const res = resolveSpans(docs[k], withCoords);
        const byKey = new Map(res.places.map((p) => [`${p.start}:${p.end}`, p]));
        for (const t of withCoords) {
          const p = byKey.get(`${t.start}:${t.end}`);
          errors.push(p ? distanceKm(t.lat, t.lon, p.place.lat, p.place.lon) : MISSING_KM);
          if (v.gazetteer) continue;
          const cand = candidateForSpan(g, a.text, t.start, t.end);
          if (!cand) {
            baseline.push(MISSING_KM);
            continue;
          }
          let best = cand.rows[0];
          for (const r of cand.rows) if (g.idx.pop[r] > g.idx.pop[best]) best = r;
          const bp = placeAt(g, best);
          baseline.push(distanceKm(t.lat, t.lon, bp.lat, bp.lon));
        }
      });

      report.datasets[name][v.system] = {
        precision: round(precision),
        recall: round(recall),
        f1: round(f1),
        ...resolutionMetrics(errors),
        toponyms: errors.length,
      };
      if (!v.gazetteer) report.datasets[name]["population baseline"] = resolutionMetrics(baseline);
      const top = (m: Map<string, number>) =>
        [...m.entries()]
          .sort((x, y) => y[1] - x[1])
          .slice(0, 15)
          .map(([n, c]) => `${n} (${c})`)
          .join(", ");
      const label = v.gazetteer ? `**${name}** (${v.system})` : `**${name}**`;
      details.push(
        `${label} most frequent false positives: ${top(fpNames)}`,
        "",
        `${label} most frequent misses: ${top(fnNames)}`,
        "",
      );
      if (fnByType.size > 1) details.push(`${label} misses by gold type: ${top(fnByType)}`, "");
    }
    ctx.log(`geo: ${name} scored (${articles.length} articles)`);
  }
  for (const v of variants) {
    const t = totals.get(v.system);
    if (!t?.ms) continue;
    const suffix = v.gazetteer ? " (with import)" : "";
    report.speed[`articles/s (warm, one core, CPU time)${suffix}`] = round((t.docs / t.ms) * 1000, 0);
  }
  useImportedGazetteer(undefined);
  report.speed["resident memory at end MB (with NER and all Docs)"] = round(
    process.memoryUsage().rss / 1e6,
    0,
  );
  report.details = details.join("\n");
  report.notes?.push(
    "Docs from the NLP pipeline (sentences, NER entities); recognition from gazetteer evidence and NER; resolution on oracle (gold) spans in document context. Throughput is geoparse alone.",
  );
  return report;
};
