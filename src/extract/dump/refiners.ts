import { isSentenceLike } from "./rules.ts";
import type { ClassifiedLine, LineRefiner } from "./types.ts";

/** Captions sit right next to their credit: look this many lines before it. */
const CAPTION_WINDOW = 3;
/** A caption is one descriptive sentence; longer lines are story paragraphs. */
const CAPTION_MAX_WORDS = 30;
/** A related-stories list rarely runs longer than this; beyond it we are back in the story. */
const RELATED_MAX_ITEMS = 12;
/** Related headlines are short; a line this long is a story paragraph again. */
const RELATED_ITEM_MAX_WORDS = 20;

const ATTRIBUTION = /\b(said|says|told|according to|stated|announced|reported|claimed)\b|["“”]/i;
const PAST_AUXILIARY = /\b(was|were|had|did|would)\b/i;
const DETERMINER_OR_LINK = new Set(
  "the a an and or but of in on at to for with by from most many some all its their his her our your these those this that several other few more less two three".split(
    " ",
  ),
);

/**
 * A caption describes the picture as it is: "A man walks past…", "Fans wait outside…",
 * "Workers are preparing…". Present tense is recognised as is/are, a verb in -s right after a
 * noun ("worker walks"), or a bare verb right after a plural noun ("fans wait").
 */
export function hasPresentTenseVerb(text: string): boolean {
  if (/\b(is|are)\b/i.test(text)) return true;
  const words = text.split(/\s+/).map((w) => w.replace(/[^\p{L}'-]/gu, ""));
  for (let i = 1; i < words.length; i++) {
    const word = words[i];
    const previous = words[i - 1];
    if (
      !previous ||
      DETERMINER_OR_LINK.has(previous.toLowerCase()) ||
      DETERMINER_OR_LINK.has(word.toLowerCase())
    )
      continue;
    if (!/^(\p{Ll}|\p{Lu}\p{Ll})/u.test(previous)) continue;
    if (/^\p{Ll}+[^su's]s$/u.test(word)) return true;
    if (/^\p{L}+[^su']s$/u.test(previous) && /^\p{Ll}{2,}$/u.test(word) && !/(s|ed|ly|ing)$/.test(word))
      return true;
  }
  return false;
}

export function isCaptionLike(line: ClassifiedLine): boolean {
  return (
    line.role === "body" &&
    /[.]$/.test(line.text) &&
    line.words <= CAPTION_MAX_WORDS &&
    !ATTRIBUTION.test(line.text) &&
    !PAST_AUXILIARY.test(line.text) &&
    (hasPresentTenseVerb(line.text) || isNounPhrase(line.text))
  );
}

/** A verbless caption is a short noun phrase; story sentences this short still carry a verb. */
const NOUN_PHRASE_MAX_WORDS = 15;
/** Irregular past forms that short story sentences use without an -ed ending. */
const IRREGULAR_PAST =
  /\b(took|went|fled|saw|met|left|held|came|began|gave|made|sent|won|lost|fell|rose|hit|shot|struck|killed|set|put|got|ran|led|fought|became|kept|brought|bought|sold|paid|found|built|broke|spoke|wrote|drove|flew|threw|stood|sat|hid|died)\b/i;
const FINITE_AUXILIARY =
  /\b(is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|do|did)\b/i;

/** "A Lithuanian army checkpoint near the border." — a determiner, then no verb at all. */
export function isNounPhrase(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    words.length <= NOUN_PHRASE_MAX_WORDS &&
    /^(A|An|The)\s/.test(text) &&
    !words.some((w) => /\p{Ll}{2,}ed\W*$/u.test(w)) &&
    !IRREGULAR_PAST.test(text) &&
    !FINITE_AUXILIARY.test(text)
  );
}

/** Short present-tense descriptive lines just before (or right after) a photo credit are captions. */
export const captionsNearCredits: LineRefiner = {
  name: "captions-near-credits",
  refine(lines) {
    const out = lines.map((l) => ({ ...l }));
    for (let i = 0; i < out.length; i++) {
      if (out[i].role !== "credit") continue;
      for (let j = i - 1; j >= Math.max(0, i - CAPTION_WINDOW) && isCaptionLike(out[j]); j--) {
        out[j] = {
          ...out[j],
          role: "caption",
          rule: "captions-near-credits",
          reason: "short description (present tense or verbless) next to a photo credit",
        };
      }
      const next = out[i + 1];
      if (next && isCaptionLike(next)) {
        out[i + 1] = {
          ...next,
          role: "caption",
          rule: "captions-near-credits",
          reason: "short description (present tense or verbless) next to a photo credit",
        };
      }
    }
    return out;
  },
};

/** After a "Related" header, the short headline-like lines are the list. */
export const relatedList: LineRefiner = {
  name: "related-list",
  refine(lines) {
    const out = lines.map((l) => ({ ...l }));
    for (let i = 0; i < out.length; i++) {
      if (out[i].role !== "related" || out[i].rule === "related-list") continue;
      for (let j = i + 1; j < out.length && j <= i + RELATED_MAX_ITEMS; j++) {
        const line = out[j];
        if (
          line.words > RELATED_ITEM_MAX_WORDS ||
          (line.role === "body" && isSentenceLike(line) && line.blankBefore && j > i + 1)
        )
          break;
        if (line.role !== "body" && line.role !== "heading" && line.role !== "list-item") continue;
        out[j] = { ...line, role: "related", rule: "related-list", reason: "item of a related-stories list" };
      }
    }
    return out;
  },
};

/** After "Previous article/Next article", the rest of the page is footer unless it reads like story text. */
export const footerTail: LineRefiner = {
  name: "footer-tail",
  refine(lines) {
    const first = lines.findIndex((l) => l.role === "footer");
    if (first === -1) return lines;
    return lines.map((line, i) =>
      i > first && line.role !== "footer" && !isSentenceLike(line)
        ? { ...line, role: "footer", rule: "footer-tail", reason: "after the article footer" }
        : line,
    );
  },
};

/**
 * A "heading" is only a heading if story text follows it; runs of short lines with no story after
 * them are menus or link lists.
 */
export const headingNeedsStory: LineRefiner = {
  name: "heading-needs-story",
  refine(lines) {
    const out = lines.map((l) => ({ ...l }));
    for (let i = 0; i < out.length; i++) {
      if (out[i].role !== "heading") continue;
      const next = out.slice(i + 1).find((l) => l.role !== "caption" && l.role !== "credit");
      if (!next || (next.role !== "body" && next.role !== "list-item")) {
        out[i] = {
          ...out[i],
          role: "menu",
          rule: "heading-needs-story",
          reason: "short line not followed by story text",
        };
      }
    }
    return out;
  },
};

export const LINE_REFINERS: LineRefiner[] = [relatedList, footerTail, captionsNearCredits, headingNeedsStory];
