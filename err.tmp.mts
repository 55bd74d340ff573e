import { readFileSync } from "node:fs";
import { distanceKm, gazetteer, useImportedGazetteer } from "./src/geo/gazetteer.ts";
import { resolveSpans } from "./src/geo/index.ts";
const name = process.argv[2] ?? "gwn";
const arts = readFileSync(`/work/shared/data/geo/${name}.jsonl`, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const doc = (text: string) => ({ text, sentences: [], tokens: [], entities: [], times: [], quantities: [], diagnostics: [], article: {} } as any);
useImportedGazetteer("/tmp/chronicle-eval-gazetteer.db"); gazetteer();
const bad = new Map<string, { n: number; ex: string }>();
let total = 0, wrong = 0;
for (const a of arts) {
  const ts = a.toponyms.filter((t: any) => Number.isFinite(t.lat));
  const r = resolveSpans(doc(a.text), ts);
  const m = new Map(r.places.map((p) => [`${p.start}:${p.end}`, p]));
  for (const t of ts) { total++; const p = m.get(`${t.start}:${t.end}`); const err = p ? distanceKm(t.lat, t.lon, p.place.lat, p.place.lon) : 20039;
    if (err > 161) { wrong++; const k = t.name; const e = bad.get(k) ?? { n: 0, ex: `${p ? `${p.place.name}/${p.place.precision}/${p.place.country}` : "-"} gold(${t.lat.toFixed(1)},${t.lon.toFixed(1)} ${t.geonameid ?? ""} ${t.type ?? ""}) ${Math.round(err)}km` }; e.n++; bad.set(k, e); } }
}
console.log(total, wrong);
console.log([...bad].sort((p, q) => q[1].n - p[1].n).slice(0, 60).map(([n, e]) => `${n}(${e.n}) ${e.ex}`).join("\n"));
