import type { ReferenceDate } from "../nlp/reference.ts";
import type { EventTime } from "./schema.ts";

/**
 * An event time resolved against the document's reference date, stated no more precisely than the
 * reference allows. Fully stated dates ("on 13 January 2022") keep their own value.
 * - No publication date: the article appeared on or before its capture date by an unknown margin,
 *   so "on Thursday" only says the event happened by the capture date (anchor "capture").
 * - A publication date known to the month or year: "yesterday" is only known to that month or year.
 */
export function anchorOnReference(time: EventTime, reference: ReferenceDate): EventTime {
  if (time.anchor === "explicit") return time;
  if (reference.source === "capture") return { ...time, ...byCapture(reference) };
  if (reference.precision === "month" && (time.precision === "day" || time.precision === "week"))
    return {
      ...time,
      value: time.precision === "day" ? time.value.slice(0, 7) : reference.date.slice(0, 7),
      precision: "month",
      acledPrecision: 3,
    };
  if (reference.precision === "year" && time.precision !== "year")
    return { ...time, value: reference.date.slice(0, 4), precision: "year", acledPrecision: 3 };
  return time;
}

/** The time of an event the text does not date: reported as of the reference date. */
export function reportedTime(reference: ReferenceDate): EventTime {
  if (reference.source === "capture") return { text: "", ...byCapture(reference) } as EventTime;
  const value =
    reference.precision === "month"
      ? reference.date.slice(0, 7)
      : reference.precision === "year"
        ? reference.date.slice(0, 4)
        : reference.date;
  return {
    value,
    precision: "reported",
    acledPrecision: 2,
    text: "",
    anchor: "published",
    relation: "before",
  };
}

function byCapture(reference: ReferenceDate): Omit<EventTime, "text" | "start" | "end"> {
  return {
    value: reference.date,
    precision: "reported",
    acledPrecision: 3,
    anchor: "capture",
    relation: "by",
  };
}
