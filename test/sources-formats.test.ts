import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import iconv from "iconv-lite";
import { WARCRecord, WARCSerializer } from "warcio";
import { FakeClock } from "./helpers/clock.ts";
import { collect, dir, errors, text } from "./helpers/sources.ts";

const scratch = mkdtempSync(join(tmpdir(), "chronicle-sources-"));

test("RSS 2.0: each item is a document with link, title, date, feed name and full content", async () => {
  const docs = await collect([`${dir}wire.rss`]);
  assert.equal(docs.length, 2);
  const [first, teaser] = docs;
  assert.equal(first.url, "https://wire.example.org/2023/04/03/miners-end-strike");
  assert.equal(first.title, "Miners end strike at Kovar pit");
  assert.equal(first.publishedAt, "2023-04-03T08:15:00.000Z");
  assert.equal(first.source, "Northern Wire");
  assert.match(text(first), /nine-day strike/);
  assert.equal(errors(teaser)[0].code, "sources/feed-item-empty");
  assert.match(errors(teaser)[0].message, /--follow/);
});

test("Atom and JSON Feed items become documents", async () => {
  const [atom] = await collect([`${dir}wire.atom`]);
  assert.equal(atom.url, "https://harbour.example.net/ferry-resumes");
  assert.equal(atom.publishedAt, "2023-02-11T06:30:00.000Z");
  assert.match(text(atom), /Skarvik/);
  const [json] = await collect([`${dir}wire.json`]);
  assert.equal(json.title, "Dam passes inspection");
  assert.match(text(json), /<p>The reservoir will stay/);
});

test("a feed with broken XML gives a clear diagnostic and the batch goes on", async () => {
  const docs = await collect([`${dir}broken.rss`, `${dir}note.txt`]);
  assert.equal(docs.length, 2);
  assert.equal(errors(docs[0])[0].code, "sources/feed-invalid");
  assert.match(errors(docs[0])[0].message, /broken\.rss/);
  assert.equal(errors(docs[1]).length, 0);
});

async function warcRecord(
  type: "response" | "request" | "metadata",
  url: string,
  contentType: string,
  body: string,
): Promise<Uint8Array> {
  const record = WARCRecord.create(
    {
      url,
      date: "2023-03-01T10:00:00Z",
      type,
      warcVersion: "WARC/1.1",
      ...(type === "response"
        ? { httpHeaders: { "Content-Type": contentType }, statusline: "HTTP/1.1 200 OK" }
        : {}),
    },
    [new TextEncoder().encode(body)],
  );
  return WARCSerializer.serialize(record, { gzip: true });
}

test("WARC.gz: HTML responses become documents with target URI and capture date; others are counted", async () => {
  const parts = [
    await warcRecord("request", "https://news.example.com/a", "", "GET /a HTTP/1.1\r\n\r\n"),
    await warcRecord(
      "response",
      "https://news.example.com/a",
      "text/html; charset=utf-8",
      "<html><body><p>Talks ended.</p></body></html>",
    ),
    await warcRecord("response", "https://news.example.com/logo.png", "image/png", "PNG"),
  ];
  const file = join(scratch, "crawl.warc.gz");
  writeFileSync(file, Buffer.concat(parts));
  const docs = await collect([file]);
  assert.equal(docs.length, 1);
  assert.equal(docs[0].url, "https://news.example.com/a");
  assert.equal(docs[0].fetchedAt, "2023-03-01T10:00:00.000Z");
  assert.equal(docs[0].charset, "utf-8");
  assert.match(text(docs[0]), /Talks ended/);
  const info = docs[0].diagnostics.find((d) => d.code === "sources/warc-skipped");
  assert.equal(info?.severity, "info");
  assert.match(info?.message ?? "", /skipped 2/);
});

test("a WARC with no HTML gives an error naming the archive", async () => {
  const file = join(scratch, "images.warc.gz");
  writeFileSync(file, await warcRecord("response", "https://news.example.com/logo.png", "image/png", "PNG"));
  const [doc] = await collect([file]);
  assert.equal(errors(doc)[0].code, "sources/warc-no-html");
  assert.match(errors(doc)[0].message, /images\.warc\.gz/);
});

test("a 50 MB HTML page is refused with a size diagnostic, without reading it", async () => {
  const file = join(scratch, "huge.html");
  writeFileSync(file, Buffer.alloc(50 * 1024 * 1024, "<p>x</p>"));
  const docs = await collect([file, `${dir}note.txt`]);
  assert.equal(errors(docs[0])[0].code, "sources/too-large");
  assert.match(errors(docs[0])[0].message, /huge\.html is 50\.0 MB/);
  assert.equal(errors(docs[1]).length, 0);
});

test("URLs: user agent, charset from the header, redirects, per-host rate limit, size limit, timeout", async () => {
  // A fake clock: the limiter's waits advance it at once, so each request's time is the slot it was given.
  const clock = new FakeClock();
  const seen: { path: string; agent: string; at: number }[] = [];
  const server = createServer((req, res) => {
    seen.push({ path: req.url ?? "", agent: req.headers["user-agent"] ?? "", at: clock.now() });
    if (req.url === "/old") {
      res.writeHead(301, { location: "/new" }).end();
    } else if (req.url === "/new") {
      res
        .writeHead(200, { "content-type": "text/html; charset=windows-1251" })
        .end(iconv.encode("<html><body><p>Новости</p></body></html>", "windows-1251"));
    } else if (req.url === "/big") {
      res.writeHead(200, { "content-type": "text/html" }).end("x".repeat(5000));
    } else if (req.url === "/slow") {
      setTimeout(() => res.writeHead(200).end("late"), 10_000);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const docs = await collect([`${base}/old`, `${base}/big`, `${base}/missing`, `${base}/slow`], {
      maxBytes: 1000,
      // Generous, so that a loaded machine does not time out the pages that answer at once.
      timeoutMs: 2000,
      requestsPerSecondPerHost: 10,
      clock,
    });
    assert.equal(docs[0].url, `${base}/new`);
    assert.equal(docs[0].charset, "windows-1251");
    assert.equal(docs[0].contentType, "text/html");
    assert.match(seen[0].agent, /^Chronicle\//);
    assert.equal(errors(docs[1])[0].code, "sources/too-large");
    assert.equal(errors(docs[2])[0].code, "sources/http-status");
    assert.equal(errors(docs[3])[0].code, "sources/timeout");
    // At most 10 requests per second to one host: each of the five (a redirect counts) waits 100 ms for its slot.
    assert.deepEqual(
      seen.map((r) => [r.path, r.at]),
      [
        ["/old", 0],
        ["/new", 100],
        ["/big", 200],
        ["/missing", 300],
        ["/slow", 400],
      ],
    );
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test("a .json file that is not a JSON Feed says how to give records instead", async () => {
  const file = join(scratch, "records.json");
  writeFileSync(file, JSON.stringify([{ url: "https://example.org/a", text: "Talks ended." }]));
  const [doc] = await collect([file]);
  assert.equal(errors(doc)[0].code, "sources/unsupported-json");
  assert.match(errors(doc)[0].message, /records\.json.*JSONL/);
});

test("--follow fetches each feed item's page and keeps the item's title and date", async () => {
  const server = createServer((req, res) => {
    const base = `http://${req.headers.host}`;
    if (req.url === "/feed.rss") {
      res
        .writeHead(200, { "content-type": "application/rss+xml" })
        .end(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>Lake News</title><item><title>Ice closes lake road</title><link>${base}/story</link><pubDate>Tue, 09 Jan 2024 07:00:00 GMT</pubDate><description>Teaser.</description></item></channel></rss>`,
        );
    } else if (req.url === "/story") {
      res
        .writeHead(200, { "content-type": "text/html; charset=utf-8" })
        .end(
          "<html><body><p>The lake road at Varnes was closed on Tuesday after ice built up overnight.</p></body></html>",
        );
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const [doc] = await collect([`${base}/feed.rss`], { follow: true, requestsPerSecondPerHost: 50 });
    assert.equal(doc.url, `${base}/story`);
    assert.equal(doc.title, "Ice closes lake road");
    assert.equal(doc.publishedAt, "2024-01-09T07:00:00.000Z");
    assert.equal(doc.source, "Lake News");
    assert.match(text(doc), /ice built up overnight/);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
