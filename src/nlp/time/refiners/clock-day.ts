import type { Refiner } from "../types.ts";

/** How far before a bare clock time the day it belongs to may be named ("late on Tuesday … Three shells landed shortly before 10 pm"). */
const CLOCK_DAY_WINDOW = 300;
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "At least 12 people were killed late on Tuesday … Three shells landed shortly before 10 pm": a
 * clock time with no day of its own (left on the publication day by the parser) belongs to the day
 * the story has just named, when one was named shortly before it; otherwise it stays on the
 * publication day. A time already joined to its day ("5 p.m. EST Nov. 9") is left alone.
 */
export const clockOnNamedDay: Refiner = {
  name: "clock-on-named-day",
  refine(candidates) {
    let day: { value: string; end: number } | undefined;
    for (const c of [...candidates].sort((a, b) => a.start - b.start)) {
      if (c.type === "DATE" && DAY_VALUE.test(c.value)) day = { value: c.value, end: c.end };
      else if (c.type === "TIME" && c.timeOfDay && c.anchor === "published" && !c.anaphor) {
        if (day && c.start - day.end <= CLOCK_DAY_WINDOW) {
          c.value = `${day.value}T${c.timeOfDay}`;
        }
      } else if (c.type === "TIME" && /^\d{4}-\d{2}-\d{2}T/.test(c.value))
        day = { value: c.value.slice(0, 10), end: c.end };
    }
    return candidates;
  },
};
