/**
 * `--every` of `chronicle watch`. Its own module so the CLI can parse the option without loading the
 * feed reader and the store.
 */

/** Parses "10m", "30s", "2h" or a number of seconds into milliseconds. */
export function parseEvery(value: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/.exec(value.trim());
  if (!match) return undefined;
  const unit = { s: 1000, m: 60_000, h: 3_600_000 }[match[2] ?? "s"] as number;
  return Number(match[1]) * unit;
}
