import type { SourceOptions } from "./index.ts";
import { HostRateLimiter, systemClock } from "./rate-limit.ts";
import { describeError } from "./raw.ts";

/** 20 s: long enough for a slow news site behind a CDN, short enough that one dead host does not stall a batch. */
const DEFAULT_TIMEOUT_MS = 20_000;
/** One request per second per host: the politeness most news sites' robots rules ask of crawlers. */
const DEFAULT_REQUESTS_PER_SECOND_PER_HOST = 1;
/** Redirect hops followed; more is a loop or a tracking chain. */
const MAX_REDIRECTS = 5;
const DEFAULT_USER_AGENT =
  "Chronicle/0.1 (news event extraction; +https://github.com/chronicle-news/chronicle)";

export type FetchResult =
  | {
      ok: true;
      bytes: Uint8Array;
      contentType: string;
      charset?: string;
      finalUrl: string;
      /** Validators for the next conditional GET of the same URL. */
      etag?: string;
      lastModified?: string;
      fetchedAt: string;
    }
  | { ok: false; code: string; message: string };

/** What a server said about a page's version, sent back to ask "only if it changed". */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** Fetches pages politely: a clear user agent, timeouts, a size limit, redirects, and a per-host rate limit. */
export class HttpClient {
  private readonly timeoutMs: number;
  private readonly userAgent: string;
  private readonly rateLimit: HostRateLimiter;

  constructor(options: SourceOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.rateLimit = new HostRateLimiter(
      1000 / (options.requestsPerSecondPerHost ?? DEFAULT_REQUESTS_PER_SECOND_PER_HOST),
      options.clock ?? systemClock,
    );
    this.userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  }

  /** With `validators` from an earlier answer, an unchanged page comes back as code "not-modified". */
  async fetch(url: string, maxBytes: number, validators: Validators = {}): Promise<FetchResult> {
    let current = url;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      let parsed: URL;
      try {
        parsed = new URL(current);
      } catch {
        return { ok: false, code: "bad-url", message: `${current} is not a valid URL` };
      }
      await this.rateLimit.wait(parsed.host);
      let response: Response;
      try {
        response = await fetch(parsed, {
          redirect: "manual",
          headers: {
            ...(validators.etag ? { "if-none-match": validators.etag } : {}),
            ...(validators.lastModified ? { "if-modified-since": validators.lastModified } : {}),
            "user-agent": this.userAgent,
            accept:
              "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,*/*;q=0.5",
          },
          signal: AbortSignal.timeout(this.timeoutMs),
        });
      } catch (error) {
        const timedOut = (error as Error).name === "TimeoutError";
        return {
          ok: false,
          code: timedOut ? "timeout" : "fetch-failed",
          message: timedOut
            ? `${current} did not answer within ${this.timeoutMs} ms; try again later`
            : `cannot fetch ${current} (${describeError((error as Error).cause ?? error)}); check the address and the network`,
        };
      }
      if (response.status >= 300 && response.status < 400 && response.headers.get("location")) {
        await response.body?.cancel();
        current = new URL(response.headers.get("location") as string, parsed).toString();
        continue;
      }
      if (response.status === 304) {
        await response.body?.cancel();
        return {
          ok: false,
          code: "not-modified",
          message: `${current} has not changed since the last visit`,
        };
      }
      if (!response.ok) {
        await response.body?.cancel();
        return {
          ok: false,
          code: "http-status",
          message: `${current} answered HTTP ${response.status} ${response.statusText}`,
        };
      }
      const declared = Number(response.headers.get("content-length") ?? "0");
      if (declared > maxBytes) {
        await response.body?.cancel();
        return {
          ok: false,
          code: "too-large",
          message: `${current} is ${declared} bytes, above the ${maxBytes}-byte limit; raise --max-bytes to read it`,
        };
      }
      const bytes = await readLimited(response, maxBytes);
      if (!bytes)
        return {
          ok: false,
          code: "too-large",
          message: `${current} sent more than the ${maxBytes}-byte limit; raise --max-bytes to read it`,
        };
      const contentType = response.headers.get("content-type") ?? "";
      const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
      return {
        ok: true,
        bytes,
        contentType,
        finalUrl: current,
        ...(response.headers.get("etag") ? { etag: response.headers.get("etag") as string } : {}),
        ...(response.headers.get("last-modified")
          ? { lastModified: response.headers.get("last-modified") as string }
          : {}),
        fetchedAt: new Date().toISOString(),
        ...(charset ? { charset } : {}),
      };
    }
    return {
      ok: false,
      code: "redirect-loop",
      message: `${url} redirected more than ${MAX_REDIRECTS} times`,
    };
  }
}

/** Reads a body chunk by chunk and gives up (undefined) as soon as it passes the limit. */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!response.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
