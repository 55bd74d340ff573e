import { findVisibleDate } from "../published.ts";
import { isDatelineLine } from "../wire-dateline.ts";
import type { DumpContext, DumpLine, LineRule } from "./types.ts";

/** Boilerplate lines are short: a share bar or a credit is a few words, a story paragraph is dozens. */
const SHORT_LINE_WORDS = 12;
/** Crumbs and datelines sit in the page header: the first few lines. */
const HEADER_LINES = 4;
/** A heading is a phrase, not a sentence: at most this many words. */
const HEADING_MAX_WORDS = 14;
/** Sentences end with these; headings, crumbs and menu items do not. */
const FINAL_PUNCTUATION = /[.!?:;…"”’')\]]$/;

export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** "Previous article…" / "Next article…" (often glued to the linked title) and pagers. */
export const footerNavigation: LineRule = {
  name: "footer-navigation",
  classify(line) {
    if (/^(previous|next|prev|older|newer)\s*(article|post|story|item)/i.test(line.text)) {
      return { role: "footer", reason: "previous/next article link" };
    }
    return undefined;
  },
};

/** "Home NEWS World Title", "Home > World > Europe", "News / Politics": site navigation trail. */
export const navigationCrumb: LineRule = {
  name: "navigation-crumb",
  classify(line, ctx) {
    if (line.index >= HEADER_LINES || FINAL_PUNCTUATION.test(line.text)) return undefined;
    const home = /^(home|homepage|main page|accueil|inicio|startseite)\b\s*(.*)$/i.exec(line.text);
    if (home) {
      const rest = home[2];
      // "Home prices rise" is a headline; a crumb's home link is followed by a separator, an
      // upper-case section name, nothing, or ends with the headline on a following line.
      const endsWithLaterLine = ctx.lines
        .slice(line.index + 1, HEADER_LINES + 1)
        .some((l) => l.words >= 3 && normalise(rest).endsWith(normalise(l.text)));
      if (rest === "" || /^([>»›/|:]|\p{Lu}{2,}\b)/u.test(rest) || endsWithLaterLine) {
        return { role: "crumb", reason: "home link followed by sections" };
      }
    }
    const segments = line.text.split(/\s+(?:>|»|›|\/|\||::)\s+/);
    if (segments.length >= 3 && segments.every((s) => s.split(/\s+/).length <= 5)) {
      return { role: "crumb", reason: `${segments.length} short segments joined by separators` };
    }
    return undefined;
  },
};

/** Ad slot labels and script placeholders left in the text: "Advertisement", "This slideshow requires JavaScript." */
export const placeholderLine: LineRule = {
  name: "placeholder",
  classify(line) {
    if (
      /^(advert|advertisement|ad|sponsored( content)?|story continues below( advertisement)?|this (slideshow|video|content) requires javascript\.?|loading\.*|please enable javascript.*)$/i.test(
        line.text,
      )
    ) {
      return { role: "menu", reason: "ad label or script placeholder" };
    }
    return undefined;
  },
};

/** "Tags: Kazakhstan, Russia", "Topics: …", "Filed under: …". */
export const tagsLine: LineRule = {
  name: "tags",
  classify(line) {
    if (line.words > 3 * SHORT_LINE_WORDS) return undefined;
    if (/^(tags?|topics?|filed under|categories|category|keywords)\s*:/i.test(line.text))
      return { role: "menu", reason: "tag or topic list" };
    return undefined;
  },
};

/** Share bars and newsletter prompts. */
export const shareAndSubscribe: LineRule = {
  name: "share-subscribe",
  classify(line) {
    if (line.words > SHORT_LINE_WORDS) return undefined;
    if (
      /^(share|tweet|e-?mail|print|subscribe|sign up|follow us|copy link|save article|listen to (this )?article|whatsapp|facebook|twitter|linkedin|telegram|reddit|pinterest)\b/i.test(
        line.text,
      ) ||
      /\b(newsletter|share this|share on|click to share|follow us on)\b/i.test(line.text)
    ) {
      return { role: "share", reason: "share, follow or subscribe prompt" };
    }
    return undefined;
  },
};

/** Cookie and consent banners. */
export const cookieNotice: LineRule = {
  name: "cookie-notice",
  classify(line) {
    if (line.words > 3 * SHORT_LINE_WORDS) return undefined;
    if (
      /\bcookies?\b/i.test(line.text) &&
      /\b(accept|consent|use|privacy|policy|settings|agree|browsing)\b/i.test(line.text)
    ) {
      return { role: "cookie", reason: "cookie or consent notice" };
    }
    return undefined;
  },
};

/** "Photo: Agency / Name", "© Agency", "Image credit: …", "(AFP via Getty Images)". */
export const photoCredit: LineRule = {
  name: "photo-credit",
  classify(line) {
    if (line.words > SHORT_LINE_WORDS) return undefined;
    if (
      /^(photos?|images?|pictures?|photograph|photo credit|image credit|credit|credits|illustration|video)\s*(:|©|\||-\s)/i.test(
        line.text,
      )
    ) {
      return { role: "credit", reason: "labelled photo or image credit" };
    }
    if (
      /^©|^\(?copyright\b/i.test(line.text) ||
      /\b(via getty images|getty images|shutterstock)\)?$/i.test(line.text)
    ) {
      return { role: "credit", reason: "copyright or picture-agency credit" };
    }
    return undefined;
  },
};

/** "Related", "Read more", "See also": the header of a list of other stories. */
export const relatedHeader: LineRule = {
  name: "related-header",
  classify(line) {
    if (line.words > 6) return undefined;
    if (
      /^(related( articles| stories| news| coverage)?|read (more|also|next)|see also|also read|more (on this|stories|from)|recommended|most (read|popular|viewed)|trending|you may also like|latest news)\b[\s:]*$/i.test(
        line.text,
      )
    ) {
      return { role: "related", reason: "header of a related-stories list" };
    }
    return undefined;
  },
};

/** "By Jane Smith", "By Jane Smith and Ali Khan, Reuters". */
export const byline: LineRule = {
  name: "byline",
  classify(line) {
    if (line.index >= 2 * HEADER_LINES || line.words > SHORT_LINE_WORDS) return undefined;
    if (/^[Bb]y\s+\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3}(\s*(,|and|&)\s*.*)?$/u.test(line.text)) {
      return { role: "byline", reason: "author line" };
    }
    return undefined;
  },
};

/** "Published 13 January 2022, 10:32" or a bare date line in the header. */
export const dateline: LineRule = {
  name: "dateline",
  classify(line) {
    if (line.index >= 2 * HEADER_LINES || line.words > SHORT_LINE_WORDS) return undefined;
    const found = findVisibleDate(line.text);
    if (!found) return undefined;
    // The date must dominate the line: a heading that mentions a date is still a heading.
    const rest = line.text.slice(0, found.start) + line.text.slice(found.end);
    if (
      normalise(
        rest.replace(
          /\b(published|updated|posted|last updated|on|at|am|pm|gmt|utc|edt|est|cet|\d{1,2}[:.]\d{2})\b/gi,
          "",
        ),
      )
        .split(" ")
        .filter(Boolean).length > 2
    ) {
      return undefined;
    }
    return { role: "dateline", reason: "publication date line" };
  },
};

/**
 * "HAVANA (AP) --" alone above the first paragraph, as wire archives print it: the place the story
 * was filed from opens the story (the event coder reads it there), it is not the headline.
 */
export const wireDateline: LineRule = {
  name: "wire-dateline",
  classify(line) {
    if (line.index >= HEADER_LINES || !isDatelineLine(line.text)) return undefined;
    return { role: "body", reason: "wire dateline, the place the story was filed from" };
  },
};

/** The headline repeated (crumb tail, then the headline itself, sometimes again in a footer). */
export const repeatedTitle: LineRule = {
  name: "repeated-title",
  classify(line, ctx) {
    const title = ctx.knownTitle ?? topTitle(ctx);
    if (title && normalise(line.text) === normalise(title)) return { role: "title", reason: "the headline" };
    return undefined;
  },
};

/** Short line without final punctuation between story lines: a sub-heading, kept as a heading block. */
export const subHeading: LineRule = {
  name: "sub-heading",
  classify(line) {
    if (line.words > HEADING_MAX_WORDS || line.words === 0 || FINAL_PUNCTUATION.test(line.text))
      return undefined;
    if (!/^[\p{Lu}\p{N}"“‘']/u.test(line.text)) return undefined;
    return { role: "heading", reason: "short line without final punctuation" };
  },
};

/** "- item", "• item", "1. item". */
export const listItem: LineRule = {
  name: "list-item",
  classify(line) {
    if (/^([-•*▪–]\s+|\d{1,2}[.)]\s+)\S/.test(line.text))
      return { role: "list-item", reason: "bulleted or numbered line" };
    return undefined;
  },
};

/** The headline when no container gave one: the first short unpunctuated line that is not a crumb. */
export function topTitle(ctx: DumpContext): string | undefined {
  for (const line of ctx.lines.slice(0, HEADER_LINES)) {
    if (navigationCrumb.classify(line, ctx) || wireDateline.classify(line, ctx)) continue;
    if (line.words <= 2 * HEADING_MAX_WORDS && !/[.!?;]$/.test(line.text)) return line.text;
    return undefined;
  }
  return undefined;
}

/** Order matters: specific boilerplate first, the generic heading shape last. */
export const LINE_RULES: LineRule[] = [
  footerNavigation,
  navigationCrumb,
  wireDateline,
  repeatedTitle,
  shareAndSubscribe,
  cookieNotice,
  photoCredit,
  relatedHeader,
  tagsLine,
  placeholderLine,
  byline,
  dateline,
  listItem,
  subHeading,
];

export function isSentenceLike(line: DumpLine): boolean {
  return FINAL_PUNCTUATION.test(line.text) && line.words > 3;
}

/** Rules that recognise boilerplate inside an HTML page's main content as well (bylines, share bars, credits). */
export const BLOCK_BOILERPLATE_RULES: LineRule[] = [
  footerNavigation,
  shareAndSubscribe,
  cookieNotice,
  photoCredit,
  byline,
  dateline,
  tagsLine,
  placeholderLine,
];
