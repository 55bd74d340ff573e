import { useLayoutEffect, useState } from "preact/hooks";
import { api, type EventRecord, type EventsPage, type PlaceRow, type Stats } from "./api.ts";
import { EventTable } from "./EventTable.tsx";
import { type Filters, hrefFor, navigate, withFilters } from "./route.ts";
import { Timeline } from "./Timeline.tsx";
import { WorldMap } from "./WorldMap.tsx";

/** Events in the table's first page and each "Load more" (the API's default page). */
const PAGE = 100;

/**
 * The dashboard's requests start as soon as it is rendered (a layout effect), not after the
 * browser has painted the empty view (an effect): about 200 ms sooner on a first load here, and
 * the first render waits for them.
 */
const useRequest = useLayoutEffect;

/** Pages of events for some filters; `more` fetches the next page with the cursor. */
function useEvents(filters: Filters) {
  const [events, setEvents] = useState<EventRecord[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify(filters);
  useRequest(() => {
    setEvents([]);
    setError(null);
    api<EventsPage>("/api/events", { ...filters, limit: String(PAGE) })
      .then((p) => {
        setEvents(p.events);
        setCursor(p.nextCursor);
      })
      .catch((e: Error) => setError(e.message));
  }, [key]);
  const more = cursor
    ? () =>
        api<EventsPage>("/api/events", { ...filters, limit: String(PAGE), cursor }).then((p) => {
          setEvents((old) => [...old, ...p.events]);
          setCursor(p.nextCursor);
        })
    : undefined;
  return { events, more, error };
}

function useStats(filters: Filters) {
  const [stats, setStats] = useState<Stats | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify(filters);
  useRequest(() => {
    setError(null);
    api<Stats>("/api/stats", filters)
      .then(setStats)
      .catch((e: Error) => setError(e.message));
  }, [key]);
  return { stats, error };
}

export function Dashboard(props: { filters: Filters }) {
  const { stats, error } = useStats(props.filters);
  const [places, setPlaces] = useState<PlaceRow[] | null>(null);
  const { events, more, error: eventsError } = useEvents(props.filters);
  const key = JSON.stringify(props.filters);
  useRequest(() => {
    api<PlaceRow[]>("/api/places", { ...props.filters, limit: "5000" }).then(setPlaces, () => setPlaces([]));
  }, [key]);
  if (error || eventsError) return <p class="error">{error ?? eventsError}</p>;
  return (
    <>
      <p class="summary" data-events={stats?.events}>
        {stats
          ? `${stats.events} events from ${stats.articles} articles${stats.undated ? ` (${stats.undated} undated)` : ""}`
          : "Loading…"}
      </p>
      <div class="views">
        {stats && (
          <Timeline stats={stats} onRange={(since, until) => navigate(withFilters({ since, until }))} />
        )}
        {places && (
          <WorldMap places={places} onPlace={(p) => navigate(withFilters({}, hrefFor("place", p.name)))} />
        )}
      </div>
      <EventTable
        events={events}
        more={more}
        caption={`${events.length}${stats ? ` of ${stats.events}` : ""} events (sorting applies to the loaded rows)`}
      />
    </>
  );
}

/** An entity's or a place's page: its counts, timeline and events. */
export function EventsOf(props: { title: string; filters: Filters & { entity?: string } }) {
  const { stats, error } = useStats(props.filters);
  const { events, more } = useEvents(props.filters);
  if (error) return <p class="error">{error}</p>;
  return (
    <>
      <h1>{props.title}</h1>
      {stats && (
        <>
          <p class="summary">
            {stats.events} events in {stats.articles} articles
            {stats.byCountry.length
              ? ` · countries: ${stats.byCountry.map((c) => `${c.country} ${c.n}`).join(", ")}`
              : ""}
          </p>
          <Timeline stats={stats} onRange={(since, until) => navigate(withFilters({ since, until }))} />
        </>
      )}
      <EventTable events={events} more={more} caption={`${events.length} events`} />
    </>
  );
}
