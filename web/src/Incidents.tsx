import { useEffect, useState } from "preact/hooks";
import type { Incident } from "../../src/resolve/types.ts";
import { api, type EventRecord } from "./api.ts";
import { EventTable } from "./EventTable.tsx";
import { follow, hrefFor } from "./route.ts";

/** A row of /api/incidents: the incidents table's columns, with the resolver's whole incident as `record`. */
interface IncidentRow {
  id: string;
  type: string;
  mode: string | null;
  time_start: string | null;
  time_end: string | null;
  place_name: string | null;
  place_country: string | null;
  first_reported: string | null;
  reports: number;
  sources: number;
  record: Incident;
}

const period = (start: string | null | undefined, end: string | null | undefined) =>
  !start ? "undated" : !end || end === start ? start : `${start} – ${end}`;

export function IncidentsPage() {
  const [rows, setRows] = useState<IncidentRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<{ incidents: IncidentRow[] }>("/api/incidents").then(
      (r) => setRows(r.incidents),
      (e: Error) => setError(e.message),
    );
  }, []);
  if (error) return <p class="error">{error}</p>;
  if (!rows) return <p aria-busy="true">Loading…</p>;
  return (
    <table class="list incidents" data-rows={rows.length}>
      <caption>{rows.length} incidents</caption>
      <thead>
        <tr>
          <th scope="col">Incident</th>
          <th scope="col">When</th>
          <th scope="col">Where</th>
          <th scope="col">Reports</th>
          <th scope="col">Independent sources</th>
          <th scope="col">First reported</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>
              <a href={hrefFor("incident", r.id)} onClick={(e) => follow(e, hrefFor("incident", r.id))}>
                {r.type}
                {r.mode ? ` · ${r.mode}` : ""}
              </a>
            </td>
            <td>{period(r.time_start, r.time_end)}</td>
            <td>{r.place_name ? `${r.place_name}, ${r.place_country}` : ""}</td>
            <td>{r.reports}</td>
            <td>{r.sources}</td>
            <td>{r.first_reported ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * An incident with its reports side by side: the figures it keeps and who gave which, the sources
 * that agree and disagree on them, and why each report was merged into it.
 */
export function IncidentPage(props: { id: string }) {
  const [data, setData] = useState<{ incident: IncidentRow; events: EventRecord[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<{ incident: IncidentRow; events: EventRecord[] }>(
      `/api/incidents/${encodeURIComponent(props.id)}`,
    ).then(setData, (e: Error) => setError(e.message));
  }, [props.id]);
  if (error) return <p class="error">{error}</p>;
  if (!data) return <p aria-busy="true">Loading…</p>;
  const incident = data.incident.record;
  const { agree, disagree } = incident.agreement;
  return (
    <>
      <h1>
        {incident.type}
        {incident.mode ? ` · ${incident.mode}` : ""}
        {incident.place ? ` in ${incident.place.name}, ${incident.place.country}` : ""}
      </h1>
      <p class="summary">
        {period(incident.timeRange?.start, incident.timeRange?.end)}
        {incident.firstReported ? ` · first reported ${incident.firstReported}` : ""} ·{" "}
        {incident.reports.length} reports from {incident.sources.length} independent sources (
        {incident.sources.join(", ")})
      </p>
      {incident.counts.length > 0 && (
        <>
          <table class="list counts">
            <caption>
              Counts: the lowest figure a source gives is kept, with the range and who said what
            </caption>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Kept</th>
                <th scope="col">Range</th>
                <th scope="col">As reported</th>
              </tr>
            </thead>
            <tbody>
              {incident.counts.map((c) => (
                <tr key={c.what}>
                  <td>{c.what}</td>
                  <td>{c.value}</td>
                  <td>{c.min === c.max ? c.min : `${c.min}–${c.max}`}</td>
                  <td>
                    {c.reports
                      .map((r) => `${r.outlet}: “${r.text}”${r.source ? ` (per ${r.source})` : ""}`)
                      .join("; ")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="agreement">
            Agree with the kept figures: {agree.length ? agree.join(", ") : "none"}. Give other figures:{" "}
            {disagree.length ? disagree.join(", ") : "none"}.
          </p>
        </>
      )}
      <div class="reports">
        {incident.reports.map((r) => {
          const href = `${hrefFor("article", r.articleId)}?event=${encodeURIComponent(r.eventId)}`;
          return (
            <section key={r.eventId} class="event-card report" data-event={r.eventId}>
              <h2>
                <a href={href} onClick={(e) => follow(e, href)} title={r.articleTitle}>
                  {r.outlet}
                </a>
              </h2>
              <p>
                {[
                  r.publishedAt && `published ${r.publishedAt}`,
                  r.modality,
                  r.attribution && `according to ${r.attribution}`,
                  r.duplicateOf && "a copy of another article (not an independent source)",
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              <p>
                {[r.actor, r.recipient && `→ ${r.recipient}`, r.place, r.time].filter(Boolean).join(" · ")}
              </p>
              {r.counts.length > 0 && <p>{r.counts.map((c) => `${c.what} ${c.value}`).join(", ")}</p>}
              <blockquote>{r.evidence.text}</blockquote>
              <p class="reason">
                <strong>Merge reason:</strong> {r.reason}
              </p>
            </section>
          );
        })}
      </div>
      <EventTable events={data.events} caption={`${data.events.length} reports`} />
    </>
  );
}
