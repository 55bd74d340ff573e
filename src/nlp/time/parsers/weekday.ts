import { resolveWeekday } from "../resolve.ts";
import type { Parser } from "../types.ts";
import { PART_OF_DAY, PART_OF_DAY_RE, WEEKDAY, weekdayNumber } from "../words.ts";

/**
 * "on Thursday", "Saturday night": in a past-tense clause the most recent such day on or before
 * publication, in a future clause ("will meet on Monday") the next one after it. A weekday in the
 * possessive names something that already happened ("would appeal Wednesday's ruling").
 */
const POSSESSIVE = /^['’]s/;

export const weekday: Parser = {
  name: "weekday",
  pattern: new RegExp(
    `\\b(?:(?:[Ee]arly|[Ll]ate)\\s+)?(${WEEKDAY})(?!s\\b)(?:\\s+(${PART_OF_DAY_RE}))?\\b`,
    "g",
  ),
  extract(m, ctx) {
    const end = m.index + m[0].length;
    const possessive = !m[2] && POSSESSIVE.test(ctx.text.slice(end, end + 2));
    const day = resolveWeekday(
      weekdayNumber(m[1]),
      ctx.dct,
      possessive ? "past" : ctx.direction(m.index, end),
    );
    if (m[2])
      return {
        type: "TIME",
        value: `${day}T${PART_OF_DAY[m[2].toLowerCase().replace(/\s+/g, " ")]}`,
        anchor: "published",
      };
    return { type: "DATE", value: day, anchor: "published" };
  },
};

export const weekdayParsers: Parser[] = [weekday];
