import type { z } from "zod";
import type * as Schemas from "../../src/api/schemas.ts";
import type { EventRecord } from "../../src/events/schema.ts";

/** Response types come from the server's zod schemas: one definition for both sides. */
export type { EventRecord };
export type Stats = z.infer<typeof Schemas.Stats>;
export type PlaceRow = z.infer<typeof Schemas.PlaceRow>;
export type EntityRow = z.infer<typeof Schemas.EntityRow>;
export type SearchHit = z.infer<typeof Schemas.SearchHit>;
export type ArticleView = z.infer<typeof Schemas.ArticleView>;
export type EventsPage = z.infer<typeof Schemas.EventsPage>;
export type Highlight = z.infer<typeof Schemas.Highlight>;

const TOKEN_KEY = "chronicle-token";

/** `chronicle serve --token T` prints a URL with #token=T; keep it for this tab and drop it from the address. */
export function adoptToken(): void {
  const m = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (m) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(m[1]));
    history.replaceState(null, "", location.pathname + location.search);
  }
}

export class ApiError extends Error {}

/**
 * Requests on their way, by address: views that need the same data at the same time (the
 * navigation's incident count and the dashboard's counts both read /api/stats) share one request.
 */
const pending = new Map<string, Promise<unknown>>();

export function api<T>(path: string, params: Record<string, string | undefined> = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") qs.set(k, v);
  const url = `${path}${qs.size ? `?${qs}` : ""}`;
  const known = pending.get(url);
  if (known) return known as Promise<T>;
  const request = get<T>(url).finally(() => pending.delete(url));
  pending.set(url, request);
  return request;
}

async function get<T>(url: string): Promise<T> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { message?: string };
    throw new ApiError(body.message ?? `${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}

export function exportHref(format: string, filters: Record<string, string | undefined>): string {
  const qs = new URLSearchParams({ format });
  for (const [k, v] of Object.entries(filters)) if (v) qs.set(k, v);
  return `/api/export?${qs}`;
}
