import { useEffect, useState } from "preact/hooks";
import { api, type EventRecord } from "./api.ts";
import { EventTable } from "./EventTable.tsx";
import { follow, hrefFor } from "./route.ts";

type IncidentRow = Record<string, unknown> & { id: string };

/** A cell for any incident column, whatever shape the resolve stage gives it. */
function show(v: unknown): string {
  if (v === null || v === undefined) return "";
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}

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
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((c) => c !== "id").slice(0, 8);
  return (
    <table class="list incidents" data-rows={rows.length}>
      <caption>{rows.length} incidents</caption>
      <thead>
        <tr>
          <th scope="col">Incident</th>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>
              <a href={hrefFor("incident", r.id)} onClick={(e) => follow(e, hrefFor("incident", r.id))}>
                {r.id}
              </a>
            </td>
            {columns.map((c) => (
              <td key={c}>{show(r[c]).slice(0, 80)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** An incident with its reports side by side: who says what count, and why they were merged. */
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
  return (
    <>
      <h1>Incident {data.incident.id}</h1>
      <dl class="incident">
        {Object.entries(data.incident)
          .filter(([k]) => k !== "id")
          .map(([k, v]) => (
            <>
              <dt>{k}</dt>
              <dd>{show(v)}</dd>
            </>
          ))}
      </dl>
      <div class="reports">
        {data.events.map((e) => (
          <section key={e.id} class="event-card">
            <h3>{e.article.site ?? e.article.title}</h3>
            <p>
              {e.type} · {e.time?.value ?? "undated"} · {e.place?.name ?? "no place"}
            </p>
            <p>
              {e.counts
                .map((c) => `${c.what} ${c.value}${c.source ? ` (per ${c.source})` : ""}`)
                .join(", ") || "no counts"}
            </p>
            <p>according to {e.attribution?.source ?? "the article"}</p>
            <blockquote>{e.evidence.text}</blockquote>
          </section>
        ))}
      </div>
      <EventTable events={data.events} caption={`${data.events.length} reports`} />
    </>
  );
}
