import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The checkout's root: the nearest folder above this module whose package.json is Chronicle's.
 * Found by walking up rather than by a fixed "../.." so that the same code runs from `src/` (through
 * tsx) and from the CLI build under `node_modules/.cache/chronicle/cli/` (see scripts/build-cli.ts).
 */
export const ROOT = findRoot(import.meta.dirname);

function findRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "chronicle") return dir;
    if (dirname(dir) === dir) throw new Error(`chronicle: no package.json of chronicle above ${start}`);
  }
}

/** A path inside the checkout: `fromRoot("models", "events.bin.gz")`. */
export function fromRoot(...parts: string[]): string {
  return join(ROOT, ...parts);
}
