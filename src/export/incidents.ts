import type { Incident } from "../resolve/types.ts";

/**
 * Incident-level export: one row per incident with ACLED-style columns, plus how many reports and
 * independent sources it rests on and the range of every figure.
 */
export const INCIDENT_COLUMNS: { name: string; get: (i: Incident) => string | number | undefined }[] = [
  { name: "incident_id", get: (i) => i.id },
  { name: "type", get: (i) => i.type },
  { name: "mode", get: (i) => i.mode },
  { name: "event_date", get: (i) => i.timeRange?.start },
  { name: "event_date_end", get: (i) => i.timeRange?.end },
  {
    name: "time_precision",
    get: (i) => (!i.timeRange ? undefined : i.timeRange.start === i.timeRange.end ? 1 : 2),
  },
  { name: "actor1", get: (i) => firstOf(i, "actor") },
  { name: "actor2", get: (i) => firstOf(i, "recipient") },
  { name: "location", get: (i) => i.place?.name },
  { name: "country", get: (i) => i.place?.country },
  { name: "admin1", get: (i) => i.place?.admin1 },
  { name: "latitude", get: (i) => i.place?.lat },
  { name: "longitude", get: (i) => i.place?.lon },
  { name: "geo_precision", get: (i) => i.place?.precision },
  { name: "fatalities", get: (i) => countOf(i, "killed")?.value },
  { name: "count_min", get: (i) => countOf(i, "killed")?.min ?? i.counts[0]?.min },
  { name: "count_max", get: (i) => countOf(i, "killed")?.max ?? i.counts[0]?.max },
  { name: "injured", get: (i) => countOf(i, "injured")?.value },
  { name: "arrested", get: (i) => countOf(i, "arrested")?.value },
  { name: "first_reported", get: (i) => i.firstReported },
  { name: "reports", get: (i) => i.reports.length },
  { name: "sources", get: (i) => i.sources.join("; ") },
  { name: "sources_disagreeing", get: (i) => i.agreement.disagree.join("; ") },
  { name: "notes", get: (i) => i.reports[0]?.evidence.text },
];

function countOf(i: Incident, what: string) {
  return i.counts.find((c) => c.what === what);
}

function firstOf(i: Incident, role: "actor" | "recipient"): string | undefined {
  return i.reports.find((r) => r[role])?.[role];
}

function cell(v: string | number | undefined): string {
  if (v === undefined) return "";
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function incidentsToCsv(incidents: Incident[]): string {
  const lines = [INCIDENT_COLUMNS.map((c) => c.name).join(",")];
  for (const i of incidents) lines.push(INCIDENT_COLUMNS.map((c) => cell(c.get(i))).join(","));
  return `${lines.join("\n")}\n`;
}

export function incidentsToJsonl(incidents: Incident[]): string {
  return incidents.map((i) => JSON.stringify(i)).join("\n") + (incidents.length ? "\n" : "");
}

export function incidentsToGeoJson(incidents: Incident[]): string {
  const features = incidents
    .filter((i) => i.place?.lat !== undefined && i.place?.lon !== undefined)
    .map((i) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [i.place?.lon, i.place?.lat] },
      properties: Object.fromEntries(INCIDENT_COLUMNS.map((c) => [c.name, c.get(i) ?? null])),
    }));
  return `${JSON.stringify({ type: "FeatureCollection", features })}\n`;
}

/** The terminal table of `chronicle incidents`. */
export function incidentsToTable(incidents: Incident[]): string {
  const cols = [
    "incident_id",
    "event_date",
    "type",
    "mode",
    "location",
    "country",
    "fatalities",
    "reports",
    "sources",
  ];
  const picked = INCIDENT_COLUMNS.filter((c) => cols.includes(c.name));
  const rows = incidents.map((i) => picked.map((c) => String(c.get(i) ?? "").slice(0, 40)));
  const header = picked.map((c) => c.name);
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
  const fmt = (r: string[]) =>
    r
      .map((v, k) => v.padEnd(widths[k]))
      .join("  ")
      .trimEnd();
  return `${[fmt(header), fmt(widths.map((w) => "-".repeat(w))), ...rows.map(fmt)].join("\n")}\n${incidents.length} incidents\n`;
}

/** `chronicle incidents show ID`: the incident, then every report side by side with its reason. */
export function incidentDetail(i: Incident): string {
  const lines = [
    `${i.id}  ${i.type}${i.mode ? `/${i.mode}` : ""}  ${i.timeRange ? (i.timeRange.start === i.timeRange.end ? i.timeRange.start : `${i.timeRange.start}..${i.timeRange.end}`) : "undated"}  ${i.place ? `${i.place.name} (${i.place.country})` : "no place"}`,
    `first reported ${i.firstReported ?? "?"}; ${i.reports.length} reports from ${i.sources.length} independent sources: ${i.sources.join(", ")}`,
  ];
  for (const c of i.counts) {
    lines.push(
      `${c.what}: ${c.value} (lowest credible; reported ${c.min}–${c.max}): ${c.reports.map((r) => `${r.value} per ${r.outlet}${r.source ? ` citing ${r.source}` : ""}`).join("; ")}`,
    );
  }
  if (i.agreement.disagree.length) lines.push(`figures disagree: ${i.agreement.disagree.join(", ")}`);
  lines.push("");
  for (const r of i.reports) {
    lines.push(
      `- ${r.eventId}  ${r.outlet}${r.publishedAt ? ` (${r.publishedAt.slice(0, 10)})` : ""}${r.duplicateOf ? ` [copy of ${r.duplicateOf}]` : ""}  ${r.modality}${r.attribution ? `, per ${r.attribution}` : ""}`,
      `    "${r.evidence.text}"`,
      `    why: ${r.reason}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
