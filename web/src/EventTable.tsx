import { useState } from "preact/hooks";
import type { EventRecord } from "./api.ts";
import { follow, hrefFor } from "./route.ts";
import { typeColour } from "./types.ts";

type Column = { key: string; label: string; value: (e: EventRecord) => string | number };

const COLUMNS: Column[] = [
  { key: "date", label: "Date", value: (e) => e.time?.value ?? "" },
  { key: "type", label: "Type", value: (e) => `${e.type}${e.mode ? ` · ${e.mode}` : ""}` },
  { key: "actor", label: "Actor", value: (e) => e.actor?.entity ?? e.actor?.text ?? "" },
  { key: "recipient", label: "Recipient", value: (e) => e.recipient?.entity ?? e.recipient?.text ?? "" },
  { key: "place", label: "Place", value: (e) => (e.place ? `${e.place.name}, ${e.place.country}` : "") },
  { key: "counts", label: "Counts", value: (e) => e.counts.map((c) => `${c.what} ${c.value}`).join(", ") },
  { key: "source", label: "According to", value: (e) => e.attribution?.source ?? "" },
  { key: "modality", label: "Modality", value: (e) => e.modality },
  { key: "confidence", label: "Conf.", value: (e) => e.confidence },
];

/** The events loaded so far; a column header sorts them (keyboard: Tab to it, Enter). */
export function EventTable(props: { events: EventRecord[]; more?: () => void; caption: string }) {
  // Until a header is chosen, rows keep the server's order: newest first by the first day of each
  // event's time (a week or a month sorts by where it begins, which its TIMEX value does not).
  const [sort, setSort] = useState<{ key: string; dir: 1 | -1 }>({ key: "", dir: 1 });
  const col = COLUMNS.find((c) => c.key === sort.key);
  const rows = [...props.events];
  if (col)
    rows.sort((a, b) => {
      const x = col.value(a);
      const y = col.value(b);
      return (x < y ? -1 : x > y ? 1 : 0) * sort.dir;
    });
  return (
    <div class="table-wrap">
      <table class="events" data-rows={rows.length}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={c.key === sort.key ? (sort.dir === 1 ? "ascending" : "descending") : "none"}
              >
                <button
                  type="button"
                  class="sort"
                  onClick={() => setSort({ key: c.key, dir: c.key === sort.key ? (-sort.dir as 1 | -1) : 1 })}
                >
                  {c.label}
                  {c.key === sort.key ? (sort.dir === 1 ? " ▲" : " ▼") : ""}
                </button>
              </th>
            ))}
            <th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => {
            const href = `${hrefFor("article", e.article.id)}?event=${encodeURIComponent(e.id)}`;
            return (
              <tr key={e.id} data-type={e.type}>
                {COLUMNS.map((c) => (
                  <td key={c.key} class={`col-${c.key}`}>
                    {c.key === "type" && <span class="dot" style={{ background: typeColour(e.type) }} />}
                    {c.key === "actor" && e.actor ? (
                      <a
                        href={hrefFor("entity", String(c.value(e)))}
                        onClick={(ev) => follow(ev, hrefFor("entity", String(c.value(e))))}
                      >
                        {c.value(e)}
                      </a>
                    ) : c.key === "place" && e.place ? (
                      <a
                        href={hrefFor("place", e.place.name)}
                        onClick={(ev) => follow(ev, hrefFor("place", e.place?.name ?? ""))}
                      >
                        {c.value(e)}
                      </a>
                    ) : (
                      String(c.value(e))
                    )}
                  </td>
                ))}
                <td class="col-evidence">
                  <a href={href} onClick={(ev) => follow(ev, href)} title={e.article.title}>
                    {e.evidence.trigger.text} — {e.article.site ?? e.article.title}
                  </a>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {props.more && (
        <button type="button" onClick={props.more}>
          Load more events
        </button>
      )}
    </div>
  );
}
