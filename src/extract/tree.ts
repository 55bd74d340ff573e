import { Parser } from "htmlparser2";

/**
 * A light element tree built straight from htmlparser2's callbacks: only what extraction needs
 * (tag, a few attributes, children), several times faster to build than a full DOM.
 */
export interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: (Element | string)[];
  parent: Element | null;
}

/** What the page says about itself, collected during the same parse. */
export interface PageHead {
  metas: Record<string, string>[];
  jsonLd: string[];
  title: string;
  canonical?: string;
}

/** Elements whose content is never visible article text; not even kept in the tree. */
const DROPPED_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "select",
  "textarea",
  "button",
  "input",
]);
/**
 * Real pages nest a few dozen elements deep; beyond this the tree is flattened so that the
 * recursive walks over it can never exhaust the stack on a malformed or hostile page.
 */
const MAX_TREE_DEPTH = 500;

/**
 * Parsing (ours, and Readability's DOM in the fallback) slows down quadratically with elements
 * left open. On the benchmark's real pages the estimate is at most about 500 (median 2); ten
 * times that means a broken or hostile page that would stall a worker, so it is refused.
 */
export const MAX_UNCLOSED_ELEMENTS = 5_000;

/** Opening tags of non-void elements minus closing tags: an upper bound on what stays open. */
export function estimateUnclosed(html: string): number {
  const opened =
    html.match(/<(?!(?:br|img|meta|link|input|hr|area|base|col|embed|source|track|wbr|param)\b)[a-z]/gi)
      ?.length ?? 0;
  const closed = html.match(/<\/[a-z]/gi)?.length ?? 0;
  return opened - closed;
}

/** Attributes kept on elements; the rest are never looked at. */
const KEPT_ATTRS = [
  "id",
  "class",
  "itemprop",
  "role",
  "datetime",
  "content",
  "hidden",
  "aria-hidden",
  "style",
  "href",
  "property",
  "name",
  "type",
  "rel",
  "charset",
];

export function parsePage(html: string): { root: Element; head: PageHead } {
  const root: Element = { tag: "#root", attrs: {}, children: [], parent: null };
  const head: PageHead = { metas: [], jsonLd: [], title: "" };
  let current = root;
  /** Depth inside dropped elements (their text is ignored), and what the dropped element is. */
  let dropDepth = 0;
  /** Elements opened beyond MAX_TREE_DEPTH: their content is kept, flattened into the deepest element. */
  let flattened = 0;
  let depth = 0;
  let inJsonLd = false;
  let inTitle = false;
  let jsonLdText = "";
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === "meta") {
          head.metas.push(attribs);
          return;
        }
        if (name === "link" && /\bcanonical\b/i.test(attribs.rel ?? "") && attribs.href)
          head.canonical ??= attribs.href;
        if (name === "title" && dropDepth === 0) inTitle = !head.title;
        if (dropDepth > 0 || DROPPED_TAGS.has(name)) {
          if (name === "script" && /ld\+json/i.test(attribs.type ?? "")) {
            inJsonLd = true;
            jsonLdText = "";
          }
          dropDepth++;
          return;
        }
        if (depth >= MAX_TREE_DEPTH) {
          flattened++;
          return;
        }
        const attrs: Record<string, string> = {};
        for (const key of KEPT_ATTRS) if (attribs[key] !== undefined) attrs[key] = attribs[key];
        const element: Element = { tag: name, attrs, children: [], parent: current };
        current.children.push(element);
        current = element;
        depth++;
      },
      ontext(text) {
        if (inJsonLd) jsonLdText += text;
        else if (inTitle) head.title += text;
        else if (dropDepth === 0) current.children.push(text);
      },
      onclosetag(name) {
        if (name === "meta") return;
        if (name === "title") inTitle = false;
        if (dropDepth > 0) {
          if (name === "script" && inJsonLd) {
            head.jsonLd.push(jsonLdText);
            inJsonLd = false;
          }
          dropDepth--;
          return;
        }
        if (flattened > 0) {
          flattened--;
          return;
        }
        // htmlparser2 closes implied elements itself, so closing tags arrive balanced.
        if (current.parent && current.tag === name) {
          current = current.parent;
          depth--;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { root, head };
}

/** All text below an element, whitespace collapsed. */
export function textOf(node: Element | string): string {
  if (typeof node === "string") return node;
  let out = "";
  const walk = (n: Element) => {
    for (const child of n.children) {
      if (typeof child === "string") out += child;
      else walk(child);
    }
  };
  walk(node);
  return out.replace(/\s+/g, " ").trim();
}

export function* elements(root: Element): Generator<Element> {
  const stack: Element[] = [root];
  while (stack.length) {
    const element = stack.pop() as Element;
    yield element;
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i];
      if (typeof child !== "string") stack.push(child);
    }
  }
}
