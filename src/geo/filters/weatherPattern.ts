import type { NameFilter } from "./types.ts";

/** Climate patterns that share their names with hamlets (El Niño, Mexico). */
const WEATHER_PATTERN = /\b(?:El Ni[ñn]o|La Ni[ñn]a)\b/;

/** Does a name hold a weather pattern's ("El Niño", "El Niño-Southern Oscillation")? */
export function namesWeatherPattern(name: string): boolean {
  return WEATHER_PATTERN.test(name);
}

/** "El Niño and La Niña are common meteorological terms": a weather pattern, not a town. */
export const weatherPattern: NameFilter = {
  name: "weather-pattern",
  judge(span, { text }) {
    return namesWeatherPattern(text.slice(span.start, span.end)) ? undefined : span;
  },
};
