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
export const MAX_TREE_DEPTH = 500;

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

/**
 * htmlparser2 keeps its open elements in an array it shifts on every opening tag, so parsing costs
 * time quadratic in nesting depth (100,000 levels: minutes). Tags nested deeper than this are cut
 * from the markup before it reaches the parser; MAX_TREE_DEPTH then flattens what is left.
 */
export const MAX_PARSER_DEPTH = 2_000;

/**
 * Elements browsers close by themselves (void, or with optional end tags): left out of the depth
 * count so that real pages full of unclosed <p> and <li> never reach the limit.
 */
const NOT_NESTING = new Set(
  "area base br col embed hr img input link meta param source track wbr p li dt dd tr td th thead tbody tfoot option optgroup colgroup caption rb rt rtc rp".split(
    " ",
  ),
);
/** Comments, raw-text elements (skipped whole, their "<div>" strings are not markup) and tags. */
const MARKUP =
  /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

/** The markup with tags nested beyond MAX_PARSER_DEPTH removed (their text kept), and the deepest level seen. */
export function capNesting(html: string): { html: string; deepest: number } {
  let depth = 0;
  let deepest = 0;
  const cuts: number[] = [];
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(html); m; m = MARKUP.exec(html)) {
    const name = m[3]?.toLowerCase();
    if (!name || m[4] || NOT_NESTING.has(name)) continue;
    if (m[2]) {
      if (depth > MAX_PARSER_DEPTH) cuts.push(m.index, m.index + m[0].length);
      depth = Math.max(0, depth - 1);
    } else {
      depth++;
      if (depth > deepest) deepest = depth;
      if (depth > MAX_PARSER_DEPTH) cuts.push(m.index, m.index + m[0].length);
    }
  }
  if (!cuts.length) return { html, deepest };
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    parts.push(html.slice(from, cuts[i]));
    from = cuts[i + 1];
  }
  parts.push(html.slice(from));
  return { html: parts.join(""), deepest };
}

/**
 * A <title> is raw text up to </title>: left unclosed, it swallows the whole page and nothing
 * is left to extract. A title holds no markup, so it is closed at the first tag that follows.
 */
export function closeUnclosedTitle(html: string): string {
  const open = /<title\b[^>]*>/i.exec(html);
  if (!open) return html;
  const from = open.index + open[0].length;
  if (/<\/title\s*>/i.test(html.slice(from))) return html;
  const next = html.indexOf("<", from);
  return next < 0 ? `${html}</title>` : `${html.slice(0, next)}</title>${html.slice(next)}`;
}

export function parsePage(html: string): { root: Element; head: PageHead; deepest: number } {
  const root: Element = { tag: "#root", attrs: {}, children: [], parent: null };
  const head: PageHead = { metas: [], jsonLd: [], title: "" };
  let current = root;
  /** Depth inside dropped elements (their text is ignored), and what the dropped element is. */
  let dropDepth = 0;
  /** Elements opened beyond MAX_TREE_DEPTH: their content is kept, flattened into the deepest element. */
  let flattened = 0;
  let depth = 0;
  /** The deepest nesting the page asked for, flattened levels included. */
  let deepest = 0;
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
          deepest = Math.max(deepest, depth + flattened);
          return;
        }
        const attrs: Record<string, string> = {};
        for (const key of KEPT_ATTRS) if (attribs[key] !== undefined) attrs[key] = attribs[key];
        const element: Element = { tag: name, attrs, children: [], parent: current };
        current.children.push(element);
        current = element;
        depth++;
        deepest = Math.max(deepest, depth);
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
  const capped = capNesting(closeUnclosedTitle(html));
  parser.write(capped.html);
  parser.end();
  return { root, head, deepest: Math.max(deepest, capped.deepest) };
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
