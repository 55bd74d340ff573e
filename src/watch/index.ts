import { readFeed } from "../sources/feeds.ts";
import type { HttpClient } from "../sources/http.ts";
import { DEFAULT_MAX_BYTES } from "../sources/index.ts";
import type { RawDoc } from "../sources/types.ts";
import type { FeedState, Store } from "../store/index.ts";

export { parseEvery } from "./every.ts";

/**
 * Polite feed polling: a conditional GET (ETag / Last-Modified), the HTTP client's per-host rate
 * limit, items already stored passed over, and a doubling wait after each failed poll.
 */

/** The wait after failures doubles up to this many times (10 min × 32 ≈ 5 h), then stays. */
const MAX_BACKOFF_DOUBLINGS = 5;

export interface Poll {
  /** New items, each fetched from its link; the caller stores them, then calls `done`. */
  docs: RawDoc[];
  outcome: "new-items" | "not-modified" | "failed";
  message?: string;
  /** Saves the feed's validators and marks the items seen: call it after the documents are stored. */
  done(): Promise<void>;
}

export async function pollFeed(
  feedUrl: string,
  store: Store,
  http: HttpClient,
  everyMs: number,
  now: number = Date.now(),
): Promise<Poll> {
  const state = await store.feedState(feedUrl);
  const response = await http.fetch(feedUrl, DEFAULT_MAX_BYTES, state);
  const next = (failures: number) =>
    new Date(now + everyMs * 2 ** Math.min(failures, MAX_BACKOFF_DOUBLINGS)).toISOString();
  if (!response.ok) {
    const unchanged = response.code === "not-modified";
    const failures = unchanged ? 0 : state.failures + 1;
    const after: FeedState = { ...state, failures, nextCheckAt: next(failures) };
    return {
      docs: [],
      outcome: unchanged ? "not-modified" : "failed",
      ...(unchanged ? {} : { message: response.message }),
      done: () => store.saveFeedState(after, []),
    };
  }
  const seen = await store.seenItems(feedUrl);
  const items: string[] = [];
  const docs: RawDoc[] = [];
  const ctx = {
    maxBytes: DEFAULT_MAX_BYTES,
    follow: true,
    http,
    skipItem: (item: string) => {
      if (seen.has(item)) return true;
      items.push(item);
      return false;
    },
  };
  for await (const doc of readFeed(feedUrl, response.bytes, response.fetchedAt, ctx)) docs.push(doc);
  // An item whose page could not be fetched is not marked seen: the next poll tries it again.
  const failed = new Set(
    docs.filter((d) => d.diagnostics.some((x) => x.severity === "error")).map((d) => d.uri),
  );
  const after: FeedState = {
    url: feedUrl,
    failures: 0,
    nextCheckAt: next(0),
    ...(response.etag ? { etag: response.etag } : {}),
    ...(response.lastModified ? { lastModified: response.lastModified } : {}),
  };
  return {
    docs,
    outcome: "new-items",
    done: () =>
      store.saveFeedState(
        after,
        items.filter((i) => !failed.has(i)),
      ),
  };
}
