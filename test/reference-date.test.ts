import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDocument } from "../src/pipeline/index.ts";
import type { RawDoc } from "../src/sources/types.ts";

/** An invented wire story whose events are dated only relatively ("on Thursday", "yesterday"). */
const STORY = [
  "Border guards detained 14 smugglers near the river crossing on Thursday, the interior ministry said.",
  "Yesterday hundreds of farmers protested outside the regional parliament in the town of Velmora against a new water tax.",
  "The ministry said the guards had seized two lorries loaded with fuel and cigarettes during the raid.",
].join("\n\n");

function page(url: string | undefined, fetchedAt = "2026-11-20T08:00:00Z"): RawDoc {
  const html = `<html><head><title>Guards detain smugglers</title></head><body><article>${STORY.split("\n\n")
    .map((p) => `<p>${p}</p>`)
    .join("")}</article></body></html>`;
  return {
    uri: "story.html",
    ...(url ? { url } : {}),
    bytes: Buffer.from(html),
    contentType: "text/html",
    fetchedAt,
    diagnostics: [],
  };
}

describe("one reference date on the document", () => {
  it("a page dated by its URL to the month only is processed, its relative dates stated to the month", () => {
    const p = processDocument(page("https://news.example.org/2022/01/guards-detain-smugglers"));
    assert.ok(p.ok, JSON.stringify(p.diagnostics));
    assert.deepEqual(p.doc?.reference, { date: "2022-01-15", precision: "month", source: "published" });
    assert.ok(p.events.length > 0);
    for (const e of p.events) {
      assert.ok(e.time, e.evidence.text);
      assert.ok(e.time.value.startsWith("2022-01"), `${e.time.value} for ${e.evidence.text}`);
      if (e.time.anchor !== "explicit") assert.notEqual(e.time.precision, "day");
    }
  });

  it("with no publication date, relative dates are anchored on the capture date and never after it", () => {
    const p = processDocument(page(undefined));
    assert.ok(p.ok);
    assert.equal(p.doc?.reference.source, "capture");
    assert.ok(p.diagnostics.some((d) => d.code === "nlp/no-publication-date" && d.severity === "info"));
    assert.ok(p.events.length > 0);
    for (const e of p.events) {
      assert.equal(e.time?.anchor, "capture", e.evidence.text);
      assert.equal(e.time?.relation, "by");
      assert.ok((e.time?.value ?? "") <= "2026-11-20");
    }
    const times = p.doc?.times.filter((t) => t.text === "Thursday" || t.text === "Yesterday") ?? [];
    assert.ok(times.length > 0 && times.every((t) => t.anchor === "capture"));
  });

  it("a full publication date resolves relative dates to the day", () => {
    const p = processDocument(page(undefined), { publishedAt: "2022-01-14" });
    assert.deepEqual(p.doc?.reference, { date: "2022-01-14", precision: "day", source: "published" });
    const detained = p.events.find((e) => e.evidence.text.includes("detained"));
    assert.equal(detained?.time?.value, "2022-01-13");
    assert.equal(detained?.time?.anchor, "published");
  });
});
