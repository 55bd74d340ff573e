import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { after, describe, it } from "node:test";
import { processDocument } from "../src/pipeline/index.ts";
import { HttpClient } from "../src/sources/http.ts";
import { Store } from "../src/store/index.ts";
import { parseEvery, pollFeed } from "../src/watch/index.ts";
import { BACKENDS } from "./helpers/backends.ts";
import { FakeClock } from "./helpers/clock.ts";

const PAGES: Record<string, string> = {
  "/a": "Farmers in Porto blocked the ring road on Monday to protest against water prices, the city police said.",
  "/b": "Police in Accra arrested nine people after a protest over bus fares turned violent on Tuesday, officials said.",
  "/c": "Nurses in Lima marched to the health ministry on Friday to demand higher pay, their union said.",
};

const EVERY = 600_000;

describe("chronicle watch: polite polling that remembers what it stored", () => {
  let items = ["/a", "/b"];
  let version = 1;
  let failing = false;
  const requests: { path: string; ifNoneMatch?: string }[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? "";
    requests.push({
      path,
      ...(req.headers["if-none-match"] ? { ifNoneMatch: req.headers["if-none-match"] } : {}),
    });
    const base = `http://${req.headers.host}`;
    if (path === "/feed.rss") {
      if (failing) return void res.writeHead(503).end();
      const etag = `"v${version}"`;
      if (req.headers["if-none-match"] === etag) return void res.writeHead(304).end();
      const entries = items
        .map((i) => `<item><title>Story ${i}</title><link>${base}${i}</link></item>`)
        .join("");
      return void res
        .writeHead(200, { "content-type": "application/rss+xml", etag })
        .end(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>${entries}</channel></rss>`,
        );
    }
    res.writeHead(200, { "content-type": "text/plain" }).end(PAGES[path] ?? "");
  });
  // Polls come seconds apart on a busy machine: the server must not drop the kept-alive connection
  // just as the client reuses it, which would read as a failed poll.
  server.keepAliveTimeout = 120_000;
  const listening = new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it("parses intervals", () => {
    assert.equal(parseEvery("10m"), 600_000);
    assert.equal(parseEvery("90s"), 90_000);
    assert.equal(parseEvery("soon"), undefined);
  });

  for (const backend of BACKENDS) {
    it(
      `on ${backend.name}: new items once, a conditional GET after a restart, back-off on errors`,
      backend.skip ? { skip: backend.skip } : {},
      async () => {
        await listening;
        [items, version, failing, requests.length] = [["/a", "/b"], 1, false, 0];
        const feed = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.rss`;
        const db = await backend.fresh();
        // Each poll is a fresh process as far as the watcher knows: a new store and HTTP client.
        const poll = async () => {
          const store = await Store.open(db);
          const result = await pollFeed(feed, store, new HttpClient({ clock: new FakeClock() }), EVERY, 0);
          const saved = await store.saveBatch(result.docs.map((raw) => processDocument(raw)));
          await result.done();
          const state = await store.feedState(feed);
          await store.close();
          return { outcome: result.outcome, stored: saved.inserted, state };
        };
        const first = await poll();
        assert.deepEqual([first.outcome, first.stored], ["new-items", 2]);
        const second = await poll();
        assert.deepEqual([second.outcome, second.stored], ["not-modified", 0]);
        assert.deepEqual(requests.at(-1), { path: "/feed.rss", ifNoneMatch: '"v1"' });
        // A new item: only its page is fetched.
        [items, version] = [["/c", "/a", "/b"], 2];
        const before = requests.length;
        const third = await poll();
        assert.deepEqual([third.outcome, third.stored], ["new-items", 1]);
        assert.deepEqual(
          requests.slice(before).map((r) => r.path),
          ["/feed.rss", "/c"],
        );
        // A failing feed is asked again later and later.
        failing = true;
        const fourth = await poll();
        assert.equal(fourth.outcome, "failed");
        assert.equal(fourth.state.failures, 1);
        assert.equal(fourth.state.nextCheckAt, new Date(2 * EVERY).toISOString());
        const fifth = await poll();
        assert.equal(fifth.state.nextCheckAt, new Date(4 * EVERY).toISOString());
        failing = false;
        assert.equal((await poll()).state.failures, 0);
      },
    );
  }
});
