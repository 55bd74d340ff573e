import type { NameFilter } from "./types.ts";

/**
 * Climate patterns that share their names with hamlets (El Niño, Mexico) or are named after an
 * ocean ("Pacific Decadal Oscillation").
 */
const WEATHER_PATTERN = /\b(?:El Ni[ñn]o|La Ni[ñn]a|Oscillations?)\b/;

/** Does a name hold a weather pattern's ("El Niño", "El Niño-Southern Oscillation")? */
export function namesWeatherPattern(name: string): boolean {
  return WEATHER_PATTERN.test(name);
}

/** "Oscillation" after an ocean's or region's name ("Pacific Decadal Oscillation", "North Atlantic Oscillation"). */
const OSCILLATION_AFTER = /^[ \u00a0](?:Decadal[ \u00a0]|Multidecadal[ \u00a0])?Oscillations?\b/;

/**
 * "El Niño and La Niña are common meteorological terms", "a warm Pacific Decadal Oscillation
 * phase": a weather pattern, not a town or an ocean.
 */
export const weatherPattern: NameFilter = {
  name: "weather-pattern",
  judge(span, { text }) {
    if (OSCILLATION_AFTER.test(text.slice(span.end, span.end + 28))) return undefined;
    return namesWeatherPattern(text.slice(span.start, span.end)) ? undefined : span;
  },
};
