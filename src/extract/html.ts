import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { BlockKind } from "./types.ts";

export interface HtmlBody {
  blocks: { kind: BlockKind; text: string }[];
  captions: string[];
  /** Readability's own findings, used when the page metadata is silent. */
  title?: string;
  byline?: string;
  site?: string;
}

/** Elements that start and end a block of text. */
const BLOCK_TAGS = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIELDSET FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL CENTER".split(
    " ",
  ),
);
/** Elements whose text is never article text. */
const SKIP_TAGS = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "BUTTON",
  "IFRAME",
  "OBJECT",
  "SELECT",
  "TEXTAREA",
]);
const KIND_OF_TAG: Record<string, BlockKind> = {
  H1: "heading",
  H2: "heading",
  H3: "heading",
  H4: "heading",
  H5: "heading",
  H6: "heading",
  LI: "list-item",
  BLOCKQUOTE: "quote",
};

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Main content by Readability (on linkedom), then cut into typed blocks with captions set apart. */
export function extractHtmlBody(document: Document): HtmlBody {
  const article = new Readability<Element>(document, { serializer: (node) => node as Element }).parse();
  if (!article?.content) return { blocks: [], captions: [] };
  const body: HtmlBody = { ...collectBlocks(article.content) };
  if (article.title) body.title = article.title;
  if (article.byline) body.byline = article.byline;
  if (article.siteName) body.site = article.siteName;
  return body;
}

/** Walks a content tree: text accumulates until a block element starts or ends, then becomes a block. */
export function collectBlocks(root: Element): {
  blocks: { kind: BlockKind; text: string }[];
  captions: string[];
} {
  const blocks: { kind: BlockKind; text: string }[] = [];
  const captions: string[] = [];
  let buffer = "";
  let kind: BlockKind = "paragraph";
  const flush = () => {
    const text = buffer.replace(/\s+/g, " ").trim();
    if (text) blocks.push({ kind, text });
    buffer = "";
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        buffer += child.nodeValue ?? "";
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) continue;
      if (tag === "FIGCAPTION") {
        const caption = (child.textContent ?? "").replace(/\s+/g, " ").trim();
        if (caption) captions.push(caption);
        continue;
      }
      if (tag === "BR") {
        flush();
        continue;
      }
      if (!BLOCK_TAGS.has(tag)) {
        walk(child);
        continue;
      }
      flush();
      const outer = kind;
      kind = KIND_OF_TAG[tag] ?? (outer === "paragraph" ? "paragraph" : outer);
      walk(child);
      flush();
      kind = outer;
    }
  };
  walk(root);
  flush();
  return { blocks, captions };
}
