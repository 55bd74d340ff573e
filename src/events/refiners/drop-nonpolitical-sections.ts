import type { Article } from "../../extract/types.ts";
import type { ActorCandidate } from "../actors.ts";
import type { Refiner } from "../types.ts";
import {
  NONPOLITICAL_SECTION,
  NONPOLITICAL_SECTION_NAME,
  NONPOLITICAL_SECTION_WORD,
  POLITICAL_ACTOR_KINDS,
  POLITICAL_TITLES,
} from "../words.ts";
import { pathOf } from "./drop-commentary.ts";

/**
 * A business, technology, arts or sports page tells of companies, founders, artists and players:
 * "He also agreed to return the cash", "Swift accused the label of blocking the show", "They have
 * imposed sharp cuts on their papers". Political event data codes states, governments, armed
 * groups, protesters and their officials, so on a page whose URL (NONPOLITICAL_SECTION: /business/,
 * /entertainment/ …) or markup (NONPOLITICAL_SECTION_NAME: "Business", "Arts") puts it in such a
 * section, an event stays only when one of its parties is of a political kind (POLITICAL_ACTOR_KINDS)
 * or is named with a political office ("Trade Representative Robert Lighthizer", "the president"),
 * and violence stays whoever did it. A page without a URL path or markup is read as news.
 */
export const dropNonpoliticalSections: Refiner = {
  name: "drop-nonpolitical-sections",
  refine: (candidates, { doc }) => {
    if (!nonpolitical(doc.article)) return candidates;
    return candidates.filter(
      (c) => c.trigger.type === "ASSAULT" || [c.actor, c.recipient].some((a) => !!a && political(a)),
    );
  },
};

function political(a: ActorCandidate): boolean {
  if (POLITICAL_ACTOR_KINDS.has(a.kind)) return true;
  return a.text.split(/[\s-]+/).some((w) => POLITICAL_TITLES.has(w.toLowerCase()));
}

function nonpolitical(article: Article): boolean {
  const path = pathOf(article.uri);
  return (
    NONPOLITICAL_SECTION.test(path) ||
    compoundSection(path) ||
    NONPOLITICAL_SECTION_NAME.test(article.section ?? "")
  );
}

/** Words a compound section name in a URL has at most ("science-and-health"); longer ones are slugs. */
const SECTION_NAME_WORDS = 3;

/**
 * "/news-and-events/Acme-business-news/…", "/sci-tech/…", "/article/us-global-markets/…": a
 * section named by a short compound folder. Only folders, never the last segment, which is the
 * story's own slug ("/politics/donald-trump-health-walter-reed/index.html" is no health page).
 */
function compoundSection(path: string): boolean {
  const folders = path.split("/").filter(Boolean).slice(0, -1);
  return folders.some((f) => {
    const words = f.split(/[-_]/);
    return (
      words.length > 1 &&
      words.length <= SECTION_NAME_WORDS &&
      words.some((w) => NONPOLITICAL_SECTION_WORD.test(w))
    );
  });
}
