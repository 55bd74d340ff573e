import { formatDay, pad2 } from "../calendar.ts";
import type { Parser } from "../types.ts";

/** Zones newswire appends to clock times; part of the extent, not of the value. */
const ZONE = "(?:\\s*\\(?(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|local\\s+time)\\)?)?";

/**
 * "5 p.m.", "10:30 a.m. EST", "4 in the morning", "noon", "midnight": a clock time, dated on publication until the
 * date-time refiner attaches it to a neighbouring day ("5 p.m. EST Nov. 9").
 */
export const clockTime: Parser = {
  name: "clock-time",
  pattern: new RegExp(
    `\\b(?:(?:about|around|at|approximately|shortly\\s+(?:before|after)|just\\s+(?:before|after))\\s+)?(?:(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am\\b|pm\\b|(?:o['’]clock\\s+)?in\\s+the\\s+(?:morning|afternoon|evening))|(\\d{1,2}):(\\d{2})\\b(?!:\\d)|(noon|midnight|midday))${ZONE}`,
    "gi",
  ),
  extract(m, ctx) {
    // "high noon" is a showdown (or a film), not a clock time.
    if (m[6] && /\bhigh\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 5), m.index))) return undefined;
    let time: string;
    if (m[6]) time = /midnight/i.test(m[6]) ? "24:00" : "12:00";
    else {
      let hour = Number(m[1] ?? m[4]);
      const minute = Number(m[2] ?? m[5] ?? 0);
      if (hour > 23 || minute > 59) return undefined;
      const meridiem = (m[3] ?? "").toLowerCase();
      // "4 in the morning" is 4 a.m.; "8 in the evening" is 8 p.m.
      const afternoon = meridiem.startsWith("p") || /(?:afternoon|evening)$/.test(meridiem);
      if (afternoon && hour < 12) hour += 12;
      if (!afternoon && meridiem && hour === 12) hour = 0;
      time = `${pad2(hour)}:${pad2(minute)}`;
    }
    // "about"/"at" lead in but are not part of a TIMEX3 extent except as hedges; keep "about"/"around".
    const lead = /^(?:at|shortly\s+(?:before|after)|just\s+(?:before|after))\s+/i.exec(m[0]);
    const start = m.index + (lead ? lead[0].length : 0);
    return {
      start,
      type: "TIME",
      value: `${formatDay(ctx.dct)}T${time}`,
      anchor: "published",
      timeOfDay: time,
    };
  },
};

export const timeOfDayParsers: Parser[] = [clockTime];
