import type { Element } from "./tree.ts";
import type { BlockKind } from "./types.ts";

/** A run of text between block boundaries, with what we know about where it sits. */
export interface TextBlock {
  kind: BlockKind;
  text: string;
  /** The element that opened the block (a <p>, <li>, <div>…). */
  container: Element;
  /** Characters inside links: high in menus and related-story lists, low in story text. */
  linkChars: number;
  /** Inside an element whose tag, role or class says navigation, sharing, ads, comments… */
  boilerplate: string | undefined;
  /** The enclosing elements that look like furniture, outermost first, with why. */
  furniture: readonly Furniture[];
  caption: boolean;
}

export interface Furniture {
  element: Element;
  reason: string;
}

const NO_FURNITURE: readonly Furniture[] = [];

const BLOCK_TAGS = new Set(
  "address article aside blockquote dd details div dl dt fieldset figure figcaption footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul center".split(
    " ",
  ),
);
const KIND_OF_TAG: Record<string, BlockKind> = {
  h1: "heading",
  h2: "heading",
  h3: "heading",
  h4: "heading",
  h5: "heading",
  h6: "heading",
  li: "list-item",
  blockquote: "quote",
};
/** Tags that are page furniture by definition. */
const BOILERPLATE_TAGS = new Set(["nav", "aside", "footer", "header", "form", "menu"]);
const BOILERPLATE_ROLES = /^(navigation|complementary|banner|contentinfo|menu|menubar|search|dialog|alert)$/i;
/**
 * Class and id words that mark page furniture (the same idea as Readability's unlikelyCandidates,
 * matched on whole words of the attribute so "shared-content" or "breadcrumbs" are told apart).
 */
const BOILERPLATE_WORDS =
  /^(ads?|advert|advertisement|advertising|banner|breadcrumbs?|comments?|commenting|cookies?|consent|disqus|footer|gdpr|masthead|menu|nav|navbar|navigation|newsletter|outbrain|taboola|popup|modal|promo|promos|promotion|related|recommended|recommendations|remark|replies|rss|share|sharing|sharebar|shoutbox|sidebar|skyscraper|sponsor|sponsored|subscribe|subscription|signup|tags|tag-list|toolbar|trending|popular|pagination|pager|widget|byline|author|dateline|timestamp|caption|credit|hidden|visually-hidden|sr-only|print-only|more-stories|read-more|readmore|also|teaser|teasers|rail|listing|jump|utility|tools|meta)$/i;
/** Words that mark the story container itself; they win over a furniture word in the same attribute. */
const CONTENT_WORDS =
  /^(article|articlebody|article-body|story|story-body|storybody|body|content|main|entry|entry-content|post|post-content|text|article-text|story-text)$/i;

/** A block shorter than this is a label, a button or a date, not evidence of story text. */
const MIN_STORY_BLOCK_CHARS = 40;
/** Above this share of linked characters a block is navigation, not prose. */
const MAX_LINK_DENSITY = 0.5;

function boilerplateReason(element: Element): string | undefined {
  if (BOILERPLATE_TAGS.has(element.tag)) return `<${element.tag}>`;
  const attrs = element.attrs;
  if (
    attrs.hidden !== undefined ||
    attrs["aria-hidden"] === "true" ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attrs.style ?? "")
  )
    return "hidden";
  if (attrs.role && BOILERPLATE_ROLES.test(attrs.role)) return `role=${attrs.role}`;
  const key = `${attrs.class ?? ""} ${attrs.id ?? ""}`;
  if (key === " ") return undefined;
  let verdict = classVerdicts.get(key);
  if (verdict === undefined) {
    // "with-right-rail", "has-sidebar", "no-ads" describe a layout around the story, not furniture.
    const words = key
      .split(/[\s_]+/)
      .filter((token) => !LAYOUT_DESCRIPTOR.test(token))
      .flatMap((w) => [w, ...w.split("-")]);
    const hit = words.some((w) => CONTENT_WORDS.test(w))
      ? undefined
      : words.find((w) => BOILERPLATE_WORDS.test(w));
    verdict = hit ? `class/id "${hit}"` : "";
    // Class names repeat across pages of a site and within a page; the cache stays small.
    if (classVerdicts.size < CLASS_CACHE_SIZE) classVerdicts.set(key, verdict);
  }
  return verdict || undefined;
}

const LAYOUT_DESCRIPTOR = /(^|-)(with|has|no|without)-/i;

/** Verdicts per class/id string ("" = not furniture), shared across pages. */
const classVerdicts = new Map<string, string>();
/** Enough for the class vocabulary of many sites; bounded so memory never grows across pages. */
const CLASS_CACHE_SIZE = 50_000;

/** Cuts the tree into text blocks, each knowing its container, link share and furniture status. */
export function collectTextBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  let buffer = "";
  let linkChars = 0;
  let kind: BlockKind = "paragraph";
  let container = root;
  let furniture = NO_FURNITURE;
  let caption = false;
  let inLink = false;
  const flush = () => {
    const text = buffer.replace(/\s+/g, " ").trim();
    if (text) {
      const linked = Math.min(linkChars, text.length);
      blocks.push({
        kind,
        text,
        container,
        linkChars: linked,
        boilerplate: furniture[0]?.reason,
        furniture,
        caption,
      });
    }
    buffer = "";
    linkChars = 0;
  };
  const walk = (element: Element) => {
    for (const child of element.children) {
      if (typeof child === "string") {
        buffer += child;
        if (inLink) linkChars += child.trim().length;
        continue;
      }
      const tag = child.tag;
      if (tag === "br") {
        flush();
        continue;
      }
      const outer = { kind, container, furniture, caption, inLink };
      const reason = boilerplateReason(child);
      if (reason) furniture = [...furniture, { element: child, reason }];
      if (tag === "figcaption" || tag === "figure") caption = true;
      if (tag === "a") inLink = true;
      if (BLOCK_TAGS.has(tag)) {
        flush();
        kind = KIND_OF_TAG[tag] ?? kind;
        container = child;
        walk(child);
        flush();
      } else {
        walk(child);
      }
      ({ kind, container, furniture, caption, inLink } = outer);
    }
  };
  walk(root);
  flush();
  return blocks;
}

function isStoryText(block: TextBlock): boolean {
  return (
    !block.boilerplate &&
    !block.caption &&
    block.text.length >= MIN_STORY_BLOCK_CHARS &&
    block.linkChars / block.text.length < MAX_LINK_DENSITY
  );
}

/** Elements that hold one paragraph of text; their text is credited to the element that holds them. */
const PARAGRAPH_TAGS = new Set([
  "p",
  "li",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "pre",
  "td",
  "dd",
  "dt",
  "figcaption",
]);
/** A paragraph's grandparent gets this share of its credit: story bodies are often split in wrappers. */
const GRANDPARENT_SHARE = 0.5;
/**
 * A sibling of the best container joins the body when it scores at least this share of the best
 * (Readability uses 0.2): bodies split by an ad or a pull quote into sibling wrappers.
 */
const SIBLING_SHARE = 0.2;

/**
 * A "furniture" element holding at least this share of the page's prose is a layout wrapper with
 * an unlucky class ("page-with-sidebar"), not furniture: the story is inside it.
 */
const WRAPPER_STORY_SHARE = 0.5;

/** Drops furniture verdicts that come from layout wrappers around the story. */
function resolveLayoutWrappers(blocks: TextBlock[]): TextBlock[] {
  const prose = (b: TextBlock) =>
    !b.caption && b.text.length >= MIN_STORY_BLOCK_CHARS && b.linkChars / b.text.length < MAX_LINK_DENSITY;
  let pageProse = 0;
  let pageText = 0;
  const proseUnder = new Map<Element, number>();
  const textUnder = new Map<Element, number>();
  for (const block of blocks) {
    const proseChars = prose(block) ? block.text.length : 0;
    pageProse += proseChars;
    pageText += block.text.length;
    for (const { element } of block.furniture) {
      proseUnder.set(element, (proseUnder.get(element) ?? 0) + proseChars);
      textUnder.set(element, (textUnder.get(element) ?? 0) + block.text.length);
    }
  }
  // A wrapper holds most of the page, not just most of its prose: a long footer on a page with a
  // two-paragraph story can hold most of the prose but never most of the page.
  const wrappers = new Set(
    [...proseUnder]
      .filter(
        ([e, n]) =>
          n >= WRAPPER_STORY_SHARE * pageProse && (textUnder.get(e) ?? 0) >= WRAPPER_STORY_SHARE * pageText,
      )
      .map(([e]) => e),
  );
  if (wrappers.size === 0) return blocks;
  return blocks.map((block) => {
    if (!block.furniture.some((f) => wrappers.has(f.element))) return block;
    const furniture = block.furniture.filter((f) => !wrappers.has(f.element));
    return { ...block, furniture, boilerplate: furniture[0]?.reason };
  });
}

/**
 * A parent whose text is at most this multiple of its child's is only a wrapper around it (a
 * kicker or an ad label is all it adds). Measured on the benchmark: 1.02–1.03 best, 1.0 and ≥1.1
 * lose 0.4–0.5 F1 points (no climb misses split bodies; a loose climb swallows teaser rails).
 */
const WRAPPER_SLACK = 1.03;

/**
 * The main content, chosen as Readability does it but in one linear pass over the blocks: story
 * paragraphs credit their parent (and half their grandparent); a container's credit is damped by
 * its share of link text; the best container and its strong siblings form the body.
 */
export function selectMainContent(allBlocks: TextBlock[]): {
  main: TextBlock[];
  captions: string[];
  /** Blocks of "Most popular"-style sections inside the container, left out of main. */
  teasers?: Set<TextBlock>;
  container?: Element;
} {
  const blocks = resolveLayoutWrappers(allBlocks);
  const credit = new Map<Element, number>();
  const total = new Map<Element, number>();
  const links = new Map<Element, number>();
  const story = new Map<Element, number>();
  const listStory = new Map<Element, number>();
  for (const block of blocks) {
    const storyChars = isStoryText(block) ? block.text.length : 0;
    const listChars = block.kind === "list-item" ? storyChars : 0;
    for (let element: Element | null = block.container; element; element = element.parent) {
      total.set(element, (total.get(element) ?? 0) + block.text.length);
      links.set(element, (links.get(element) ?? 0) + block.linkChars);
      story.set(element, (story.get(element) ?? 0) + storyChars);
      if (listChars) listStory.set(element, (listStory.get(element) ?? 0) + listChars);
    }
    if (!storyChars) continue;
    const holder = PARAGRAPH_TAGS.has(block.container.tag) ? block.container.parent : block.container;
    if (!holder) continue;
    credit.set(holder, (credit.get(holder) ?? 0) + block.text.length);
    if (holder.parent)
      credit.set(holder.parent, (credit.get(holder.parent) ?? 0) + GRANDPARENT_SHARE * block.text.length);
  }
  const score = (element: Element) =>
    (credit.get(element) ?? 0) * (1 - (links.get(element) ?? 0) / Math.max(1, total.get(element) ?? 0));
  let best: Element | undefined;
  let bestScore = 0;
  for (const element of credit.keys()) {
    const value = score(element);
    if (value > bestScore) {
      best = element;
      bestScore = value;
    }
  }
  if (!best) {
    // No block is long enough to be story evidence: a feed item or a fragment of short
    // paragraphs. Everything that is not furniture, a caption or a link list is the text.
    const main = blocks.filter(
      (b) => !b.boilerplate && !b.caption && b.linkChars / b.text.length < MAX_LINK_DENSITY,
    );
    return { main, captions: blocks.filter((b) => b.caption).map((b) => b.text) };
  }
  // A wrapper that adds (almost) no text of its own is the same container: climb, so that the
  // siblings considered next are the body's other sections, not the wrapper's empty neighbours.
  while (best.parent && (total.get(best.parent) ?? 0) <= WRAPPER_SLACK * (total.get(best) ?? 0))
    best = best.parent;
  const selected = new Set<Element>([best]);
  const ownStory = story.get(best) ?? 0;
  for (const sibling of best.parent?.children ?? []) {
    if (typeof sibling === "string" || sibling === best || boilerplateReason(sibling)) continue;
    const siblingStory = story.get(sibling) ?? 0;
    const linkShare = (links.get(sibling) ?? 0) / Math.max(1, total.get(sibling) ?? 0);
    // Teaser rails are lists of story-like snippets; a body section is prose paragraphs.
    const mostlyList = 2 * (listStory.get(sibling) ?? 0) > siblingStory;
    if (siblingStory >= SIBLING_SHARE * ownStory && linkShare < MAX_LINK_DENSITY && !mostlyList)
      selected.add(sibling);
  }
  const inside = (element: Element) => {
    for (let e: Element | null = element; e; e = e.parent) if (selected.has(e)) return true;
    return false;
  };
  const main: TextBlock[] = [];
  const captions: string[] = [];
  for (const block of blocks) {
    const siblingParagraph =
      block.container.parent === best?.parent &&
      PARAGRAPH_TAGS.has(block.container.tag) &&
      isStoryText(block);
    if (!siblingParagraph && !inside(block.container)) continue;
    if (block.caption) captions.push(block.text);
    else if (!block.boilerplate && block.linkChars / block.text.length < MAX_LINK_DENSITY) main.push(block);
  }
  const teasers = teaserSections(main);
  return {
    main: teasers.size ? main.filter((b) => !teasers.has(b)) : main,
    captions,
    teasers,
    container: best,
  };
}

/**
 * Below this many characters of body the first choice probably went wrong (or the page is built
 * from unusual markup): retry without class-based furniture, then the caller may try Readability.
 */
export const MIN_BODY_CHARS = 300;

const bodyChars = (blocks: TextBlock[]) => blocks.reduce((n, b) => n + b.text.length, 0);

/**
 * selectMainContent, retried when it finds almost nothing with class/id furniture verdicts
 * switched off: some sites put "widget" or "rail" on the story's own wrapper.
 */
export function findMainContent(blocks: TextBlock[]): ReturnType<typeof selectMainContent> {
  const first = selectMainContent(blocks);
  if (bodyChars(first.main) >= MIN_BODY_CHARS) return first;
  const relaxed = selectMainContent(
    blocks.map((block) => {
      const furniture = block.furniture.filter((f) => !f.reason.startsWith("class/id"));
      return { ...block, furniture, boilerplate: furniture[0]?.reason };
    }),
  );
  return bodyChars(relaxed.main) > bodyChars(first.main) ? relaxed : first;
}

/** Headings that introduce other stories, not a part of this one. */
const TEASER_SECTION_LABEL =
  /^(most (popular|read|viewed|shared)|popular( now| stories)?|related( articles| stories| content| coverage)?|more (from|on|in|stories|news)\b.*|recommended( for you)?|you (may|might) (also )?like|read (more|next|also)|trending( now)?|breaking news|latest( news| stories)?|top stories|editor'?s picks|something to consider|what to read next|also on .*)$/i;

/**
 * Inside the chosen container, drops "Most popular"-style sections (the label and what follows
 * it in the label's section).
 */
function teaserSections(blocks: TextBlock[]): Set<TextBlock> {
  const dropped = new Set<TextBlock>();
  for (const [i, block] of blocks.entries()) {
    if (
      dropped.has(block) ||
      block.text.length > 60 ||
      !TEASER_SECTION_LABEL.test(block.text.replace(/[:.…»›>]+$/, "").trim())
    )
      continue;
    const section = block.container.parent;
    dropped.add(block);
    for (const later of blocks.slice(i + 1)) {
      if (section && !isInside(later.container, section)) break;
      dropped.add(later);
    }
  }
  return dropped;
}

function isInside(element: Element, ancestor: Element): boolean {
  for (let e: Element | null = element; e; e = e.parent) if (e === ancestor) return true;
  return false;
}
