import type { BlockKind } from "../types.ts";
import { LINE_REFINERS } from "./refiners.ts";
import { LINE_RULES, topTitle } from "./rules.ts";
import type { ClassifiedLine, DumpContext, DumpLine, LineRole } from "./types.ts";

/** Sentences end with these; a line without them followed by a lower-case line is a hard wrap. */
const SENTENCE_END = /[.!?:;…"”’)]$/;

export interface CleanedDump {
  title?: string;
  byline?: string;
  dateline?: string;
  blocks: { kind: BlockKind; text: string }[];
  captions: string[];
  credits: string[];
  lines: ClassifiedLine[];
}

const BODY_KINDS: Partial<Record<LineRole, BlockKind>> = {
  body: "paragraph",
  heading: "heading",
  "list-item": "list-item",
};

/**
 * Line-level boilerplate removal for plain-text page dumps, shaped like chrono: each line goes
 * through an ordered list of small named rules, then refiners fix verdicts that need context.
 */
export function cleanDump(text: string, knownTitle?: string): CleanedDump {
  const lines = splitLines(text);
  const ctx: DumpContext = { lines, ...(knownTitle ? { knownTitle } : {}) };
  let classified: ClassifiedLine[] = lines.map((line) => {
    for (const rule of LINE_RULES) {
      const verdict = rule.classify(line, ctx);
      if (verdict) return { ...line, ...verdict, rule: rule.name };
    }
    return { ...line, role: "body", rule: "default", reason: "story text" };
  });
  for (const refiner of LINE_REFINERS) classified = refiner.refine(classified, ctx);

  const result: CleanedDump = { blocks: [], captions: [], credits: [], lines: classified };
  const title = knownTitle ?? topTitle(ctx);
  if (title) result.title = title;
  for (const line of classified) {
    const kind = BODY_KINDS[line.role];
    if (kind)
      result.blocks.push({
        kind,
        text: kind === "list-item" ? line.text.replace(/^([-•*▪–]|\d{1,2}[.)])\s+/, "") : line.text,
      });
    else if (line.role === "caption") result.captions.push(line.text);
    else if (line.role === "credit") result.credits.push(line.text);
    else if (line.role === "byline" && !result.byline) result.byline = line.text.replace(/^by\s+/i, "");
    else if (line.role === "dateline" && !result.dateline) result.dateline = line.text;
  }
  return result;
}

/** Non-empty lines, with hard-wrapped paragraphs (no blank line, next starts lower-case) joined. */
function splitLines(text: string): DumpLine[] {
  const lines: DumpLine[] = [];
  let blankBefore = true;
  for (const raw of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const line = raw.replace(/[\s\u00a0]+/g, " ").trim();
    if (line === "") {
      blankBefore = true;
      continue;
    }
    const previous = lines[lines.length - 1];
    if (previous && !blankBefore && !SENTENCE_END.test(previous.text) && /^\p{Ll}/u.test(line)) {
      previous.text = `${previous.text} ${line}`;
      previous.words = countWords(previous.text);
    } else {
      lines.push({ text: line, index: lines.length, blankBefore, words: countWords(line) });
    }
    blankBefore = false;
  }
  return lines;
}

function countWords(text: string): number {
  return text.split(" ").filter(Boolean).length;
}
