import { CAR_MAKES } from "../aliases.ts";
import type { NameFilter } from "./types.ts";

/**
 * "driving the Toyota", "a silver Pontiac Grand Prix", "the Honda's driver": a make of car named
 * after a town (Toyota, Aichi; Honda, Colombia) is the car unless a strong cue says place ("in Toyota",
 * "Pontiac, Mich."). Runs after the cues filter.
 */
export const carMake: NameFilter = {
  name: "car-make",
  judge(span, { text }) {
    if (!span.single || !CAR_MAKES.has(text.slice(span.start, span.end))) return span;
    return span.qualified || span.strongCue ? span : undefined;
  },
};
