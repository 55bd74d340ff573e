import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { ArticlePage } from "./ArticlePage.tsx";
import { adoptToken, api } from "./api.ts";
import { Dashboard, EventsOf } from "./Dashboard.tsx";
import { FilterBar } from "./FilterBar.tsx";
import { IncidentPage, IncidentsPage } from "./Incidents.tsx";
import { EntitiesPage, PlacesPage, SearchPage } from "./Lists.tsx";
import { filtersOf, follow, type Route, useRoute } from "./route.ts";
import "./style.css";

function useTheme(): [string, () => void] {
  const [theme, setTheme] = useState(() => localStorage.getItem("chronicle-theme") ?? "auto");
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    localStorage.setItem("chronicle-theme", theme);
  }, [theme]);
  const next = () => setTheme(theme === "auto" ? "dark" : theme === "dark" ? "light" : "auto");
  return [theme, next];
}

function NavLink(props: { href: string; current: boolean; children: string }) {
  return (
    <a
      href={props.href}
      aria-current={props.current ? "page" : undefined}
      onClick={(e) => follow(e, props.href)}
    >
      {props.children}
    </a>
  );
}

function page(route: Route) {
  const [view, id] = route.path;
  const filters = filtersOf(route.query);
  switch (view) {
    case "article":
      return <ArticlePage id={id} selected={route.query.get("event") ?? undefined} />;
    case "entity":
      return <EventsOf title={`Entity: ${id}`} filters={{ ...filters, entity: id }} />;
    case "place":
      return <EventsOf title={`Place: ${id}`} filters={{ ...filters, place: id }} />;
    case "entities":
      return <EntitiesPage filters={filters} />;
    case "places":
      return <PlacesPage filters={filters} />;
    case "search":
      return <SearchPage q={route.query.get("q") ?? ""} />;
    case "incidents":
      return <IncidentsPage />;
    case "incident":
      return <IncidentPage id={id} />;
    default:
      return <Dashboard filters={filters} />;
  }
}

function App() {
  const route = useRoute();
  const [theme, nextTheme] = useTheme();
  // The incidents view appears only once the API reports incidents (null = no incidents tables).
  const [incidents, setIncidents] = useState<number | null>(null);
  useEffect(() => {
    api<{ incidents: number | null }>("/api/stats")
      .then((s) => setIncidents(s.incidents))
      .catch(() => setIncidents(null));
  }, []);
  const view = route.path[0] ?? "";
  const showFilters = ["", "entity", "place", "entities", "places"].includes(view);
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href="/" onClick={(e) => follow(e, "/")}>
          Chronicle
        </a>
        <nav aria-label="Views">
          <NavLink href="/" current={view === ""}>
            Events
          </NavLink>
          {incidents !== null && (
            <NavLink href="/incidents" current={view.startsWith("incident")}>
              {`Incidents (${incidents})`}
            </NavLink>
          )}
          <NavLink href="/entities" current={view === "entities" || view === "entity"}>
            Entities
          </NavLink>
          <NavLink href="/places" current={view === "places" || view === "place"}>
            Places
          </NavLink>
          <NavLink href="/search" current={view === "search"}>
            Search
          </NavLink>
        </nav>
        <button type="button" class="theme" onClick={nextTheme} aria-label={`Colour theme: ${theme}; change`}>
          {theme === "dark" ? "☾ dark" : theme === "light" ? "☀ light" : "◐ auto"}
        </button>
      </header>
      {showFilters && <FilterBar filters={filtersOf(route.query)} />}
      <main id="main">{page(route)}</main>
    </>
  );
}

adoptToken();
render(<App />, document.getElementById("app") as HTMLElement);
