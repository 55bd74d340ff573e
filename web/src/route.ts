import { useEffect, useState } from "preact/hooks";

/**
 * The address is the state: the path names the view, the query holds the filters, so any view can
 * be bookmarked or shared and the browser's back button undoes a filter.
 */
export const FILTER_KEYS = [
  "type",
  "since",
  "until",
  "country",
  "place",
  "actor",
  "source",
  "modality",
  "confidence",
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export interface Route {
  path: string[];
  query: URLSearchParams;
}

function current(): Route {
  return {
    path: location.pathname.split("/").filter(Boolean).map(decodeURIComponent),
    query: new URLSearchParams(location.search),
  };
}

export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, "", href);
  else history.pushState(null, "", href);
  window.dispatchEvent(new Event("chronicle:navigate"));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(current);
  useEffect(() => {
    const update = () => setRoute(current());
    window.addEventListener("popstate", update);
    window.addEventListener("chronicle:navigate", update);
    return () => {
      window.removeEventListener("popstate", update);
      window.removeEventListener("chronicle:navigate", update);
    };
  }, []);
  return route;
}

export function filtersOf(query: URLSearchParams): Filters {
  const f: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = query.get(k);
    if (v) f[k] = v;
  }
  return f;
}

/** The current address with some filters changed (undefined removes one). */
export function withFilters(changes: Filters, path = location.pathname): string {
  const q = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(changes)) {
    if (v) q.set(k, v);
    else q.delete(k);
  }
  const s = q.toString();
  return `${path}${s ? `?${s}` : ""}`;
}

/** An in-app link: plain <a href> for the keyboard and middle-click, history navigation for a plain click. */
export function follow(e: MouseEvent, href: string): void {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  navigate(href);
}

export function hrefFor(...parts: string[]): string {
  return `/${parts.map(encodeURIComponent).join("/")}`;
}
