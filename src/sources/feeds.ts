import { parseFeed } from "feedsmith";
import { diagnostic } from "../core/diagnostics.ts";
import type { SourceContext } from "./index.ts";
import { readContainer } from "./index.ts";
import { describeError, failedDoc, HTML } from "./raw.ts";
import type { RawDoc } from "./types.ts";

/** One feed item, whatever the format (RSS 2.0, RDF/RSS 1.0, Atom, JSON Feed). */
interface FeedItem {
  link?: string;
  title?: string;
  published?: string;
  /** Full content when the feed carries it, else the summary. */
  html?: string;
}

/**
 * Each item becomes a document with its link, title, date and content. With `follow`, the item's
 * page is fetched instead (feeds often carry only a teaser), keeping the item's title and date.
 */
export async function* readFeed(
  uri: string,
  bytes: Uint8Array,
  fetchedAt: string,
  ctx: SourceContext,
): AsyncGenerator<RawDoc> {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(new TextDecoder().decode(bytes));
  } catch (error) {
    yield failedDoc(
      uri,
      "feed-invalid",
      `${uri} is not a readable RSS, Atom or JSON feed (${describeError(error)}); check that the file or URL is the feed itself and that its XML is complete`,
    );
    return;
  }
  const { title: feedTitle, items } = normaliseFeed(parsed);
  if (items.length === 0) {
    yield failedDoc(uri, "feed-empty", `the feed ${uri} has no items`);
    return;
  }
  const encoder = new TextEncoder();
  for (const [index, item] of items.entries()) {
    const itemUri = item.link ?? `${uri}#${index + 1}`;
    if (ctx.skipItem?.(itemUri)) continue;
    const meta = {
      ...(item.link ? { url: item.link } : {}),
      ...(item.title ? { title: item.title } : {}),
      ...(item.published ? { publishedAt: item.published } : {}),
      ...(feedTitle ? { source: feedTitle } : {}),
    };
    if (ctx.follow && item.link) {
      const response = await ctx.http.fetch(item.link, ctx.maxBytes);
      if (response.ok) {
        for await (const doc of readContainer(
          {
            uri: item.link,
            url: response.finalUrl,
            name: new URL(response.finalUrl).pathname,
            bytes: response.bytes,
            fetchedAt: response.fetchedAt,
            charset: response.charset,
            kind: "html",
          },
          ctx,
        )) {
          yield { ...doc, ...meta, url: response.finalUrl };
        }
        continue;
      }
      if (!item.html) {
        yield { ...failedDoc(itemUri, response.code, response.message), ...meta };
        continue;
      }
      const fallback: RawDoc = {
        uri: itemUri,
        bytes: encoder.encode(item.html),
        contentType: HTML,
        charset: "utf-8",
        fetchedAt,
        diagnostics: [],
        ...meta,
      };
      fallback.diagnostics.push(
        diagnostic(
          "sources",
          "follow-failed",
          `${response.message}; using the feed item's own content instead`,
          "warning",
        ),
      );
      yield fallback;
      continue;
    }
    if (!item.html) {
      yield {
        ...failedDoc(
          itemUri,
          "feed-item-empty",
          `feed item ${index + 1} of ${uri} carries no content; use --follow to fetch its page`,
        ),
        ...meta,
      };
      continue;
    }
    yield {
      uri: itemUri,
      bytes: encoder.encode(item.html),
      contentType: HTML,
      charset: "utf-8",
      fetchedAt,
      diagnostics: [],
      ...meta,
    };
  }
}

type Parsed = ReturnType<typeof parseFeed>;
type Loose = Record<string, unknown> | undefined;

function normaliseFeed(parsed: Parsed): { title?: string; items: FeedItem[] } {
  const feed = parsed.feed as Record<string, unknown>;
  const title = textOf(feed.title);
  const raw = ((parsed.format === "atom" ? feed.entries : feed.items) ?? []) as Record<string, unknown>[];
  const items = raw.map((item): FeedItem => {
    if (parsed.format === "atom") {
      const links = (item.links ?? []) as { href?: string; rel?: string }[];
      const link = (links.find((l) => !l.rel || l.rel === "alternate") ?? links[0])?.href;
      return clean({
        link,
        title: textOf(item.title),
        published: isoDate(item.published ?? item.updated),
        html: textOf(item.content) ?? textOf(item.summary),
      });
    }
    if (parsed.format === "json") {
      return clean({
        link: item.url as string | undefined,
        title: item.title as string | undefined,
        published: isoDate(item.date_published ?? item.date_modified),
        html:
          (item.content_html as string | undefined) ??
          escapeText(item.content_text as string | undefined) ??
          (item.summary as string | undefined),
      });
    }
    const dc = item.dc as Loose;
    return clean({
      link: item.link as string | undefined,
      title: item.title as string | undefined,
      published: isoDate(item.pubDate ?? dc?.date ?? (dc?.dates as unknown[] | undefined)?.[0]),
      html:
        ((item.content as Loose)?.encoded as string | undefined) ?? (item.description as string | undefined),
    });
  });
  return { ...(title ? { title } : {}), items };
}

function textOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && typeof (value as { value?: unknown }).value === "string")
    return (value as { value: string }).value;
  return undefined;
}

function isoDate(value: unknown): string | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** JSON Feed's content_text is plain text: wrap it so it reads as HTML paragraphs. */
function escapeText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return escaped
    .split(/\n\s*\n/)
    .map((p) => `<p>${p}</p>`)
    .join("\n");
}

function clean(item: FeedItem): FeedItem {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined && v !== "")) as FeedItem;
}
