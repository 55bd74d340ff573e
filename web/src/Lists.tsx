import { useEffect, useState } from "preact/hooks";
import { api, type EntityRow, type PlaceRow, type SearchHit } from "./api.ts";
import { type Filters, follow, hrefFor, navigate } from "./route.ts";

function Link(props: { href: string; children: string }) {
  return (
    <a href={props.href} onClick={(e) => follow(e, props.href)}>
      {props.children}
    </a>
  );
}

export function EntitiesPage(props: { filters: Filters }) {
  const [rows, setRows] = useState<EntityRow[] | null>(null);
  useEffect(() => {
    api<EntityRow[]>("/api/entities", { ...props.filters, limit: "500" }).then(setRows, () => setRows([]));
  }, [JSON.stringify(props.filters)]);
  if (!rows) return <p aria-busy="true">Loading…</p>;
  return (
    <table class="list">
      <caption>{rows.length} actors and recipients</caption>
      <thead>
        <tr>
          <th scope="col">Entity</th>
          <th scope="col">Country</th>
          <th scope="col">As actor</th>
          <th scope="col">As recipient</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name}>
            <td>
              <Link href={hrefFor("entity", r.name)}>{r.name}</Link>
            </td>
            <td>{r.country ?? ""}</td>
            <td>{r.asActor}</td>
            <td>{r.asRecipient}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PlacesPage(props: { filters: Filters }) {
  const [rows, setRows] = useState<PlaceRow[] | null>(null);
  useEffect(() => {
    api<PlaceRow[]>("/api/places", { ...props.filters, limit: "1000" }).then(setRows, () => setRows([]));
  }, [JSON.stringify(props.filters)]);
  if (!rows) return <p aria-busy="true">Loading…</p>;
  return (
    <table class="list">
      <caption>{rows.length} places</caption>
      <thead>
        <tr>
          <th scope="col">Place</th>
          <th scope="col">Country</th>
          <th scope="col">Events</th>
          <th scope="col">Reports</th>
          <th scope="col">Lat, lon</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.name}-${r.country}`}>
            <td>
              <Link href={hrefFor("place", r.name)}>{r.name}</Link>
            </td>
            <td>{r.country}</td>
            <td>{r.events}</td>
            <td>{r.reports}</td>
            <td>{r.lat === null ? "" : `${r.lat.toFixed(2)}, ${(r.lon ?? 0).toFixed(2)}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The server marks matches with \u0002…\u0003; split on them and mark as text, never parse HTML. */
function Snippet(props: { text: string }) {
  return (
    <>
      {props.text.split("\u0002").map((part, i) => {
        if (i === 0) return part;
        const [hit, rest] = part.split("\u0003");
        return (
          <>
            <mark>{hit}</mark>
            {rest}
          </>
        );
      })}
    </>
  );
}

export function SearchPage(props: { q: string }) {
  const [draft, setDraft] = useState(props.q);
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(props.q);
    if (!props.q) return setHits(null);
    setError(null);
    api<SearchHit[]>("/api/search", { q: props.q, limit: "50" }).then(setHits, (e: Error) =>
      setError(e.message),
    );
  }, [props.q]);
  return (
    <section>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not in every browser Chromium's users run */}
      <form
        role="search"
        class="search"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(`/search?q=${encodeURIComponent(draft)}`);
        }}
      >
        <label>
          Search articles
          <input
            type="search"
            name="q"
            value={draft}
            onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">Search</button>
      </form>
      {error && <p class="error">{error}</p>}
      {hits && (
        <ol class="hits" data-hits={hits.length}>
          {hits.map((h) => (
            <li key={h.id}>
              <Link href={hrefFor("article", h.id)}>{h.title}</Link>
              <small>{[h.site, h.publishedAt, `${h.events} events`].filter(Boolean).join(" · ")}</small>
              <p>
                <Snippet text={h.snippet} />
              </p>
            </li>
          ))}
        </ol>
      )}
      {hits && hits.length === 0 && <p>No article matches.</p>}
    </section>
  );
}
