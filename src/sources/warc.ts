import { WARCParser } from "warcio";
import type { SourceContext } from "./index.ts";
import { describeError, failedDoc, HTML, infoDiagnostic } from "./raw.ts";
import type { RawDoc } from "./types.ts";

/**
 * Every HTML response record becomes a document with its target URI and capture date; other
 * records (requests, metadata, images, scripts) are skipped and counted in an info diagnostic on
 * the last document. An archive with no HTML at all yields one error document saying so.
 */
export async function* readWarc(
  uri: string,
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  ctx: SourceContext,
): AsyncGenerator<RawDoc> {
  let pending: RawDoc | undefined;
  let skipped = 0;
  let tooLarge = 0;
  let index = 0;
  try {
    for await (const record of WARCParser.iterRecords(source as AsyncIterable<Uint8Array>)) {
      index++;
      const contentType = record.httpHeaders?.headers.get("content-type") ?? "";
      if (record.warcType !== "response" || !/html/i.test(contentType)) {
        skipped++;
        await record.skipFully();
        continue;
      }
      const length = Number(record.warcHeaders.headers.get("content-length") ?? "0");
      if (length > ctx.maxBytes) {
        tooLarge++;
        await record.skipFully();
        continue;
      }
      const bytes = await record.readFully(true);
      const target = record.warcTargetURI ?? undefined;
      const date = record.warcDate ? new Date(record.warcDate) : undefined;
      const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
      if (pending) yield pending;
      pending = {
        uri: `${uri}#${record.warcHeaders.headers.get("warc-record-id") ?? index}`,
        bytes,
        contentType: HTML,
        fetchedAt: date && !Number.isNaN(date.getTime()) ? date.toISOString() : new Date().toISOString(),
        diagnostics: [],
        ...(target ? { url: target } : {}),
        ...(charset ? { charset } : {}),
      };
    }
  } catch (error) {
    if (pending) yield pending;
    yield failedDoc(
      uri,
      "warc-invalid",
      `${uri} could not be read past record ${index} (${describeError(error)}); the archive may be truncated or not a WARC file`,
    );
    return;
  }
  if (!pending) {
    yield failedDoc(
      uri,
      "warc-no-html",
      `${uri} holds ${skipped} record(s) but no HTML response; nothing to extract`,
    );
    return;
  }
  if (skipped > 0)
    pending.diagnostics.push(
      infoDiagnostic(
        "warc-skipped",
        `${uri}: skipped ${skipped} non-HTML record(s) (requests, metadata, images, scripts)`,
      ),
    );
  if (tooLarge > 0)
    pending.diagnostics.push(
      infoDiagnostic(
        "warc-too-large",
        `${uri}: skipped ${tooLarge} HTML record(s) above the ${ctx.maxBytes}-byte limit`,
      ),
    );
  yield pending;
}
