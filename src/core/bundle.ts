import { writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { BuildOptions, Metafile } from "esbuild";
import { ROOT } from "./paths.ts";

/**
 * What every esbuild bundle of Chronicle's sources shares (the CLI's in scripts/build-cli.ts, the
 * worker threads' in src/pipeline/worker-build.ts): one ES module per entry for Node 20, npm
 * packages left external and resolved from node_modules, and a metafile listing the sources.
 */
export const BUNDLE_OPTIONS = {
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  outExtension: { ".js": ".mjs" },
  metafile: true,
  absWorkingDir: ROOT,
} as const satisfies BuildOptions;

/**
 * Writes `build.json` into `dir`: when the build started and the sources (relative to the root) it
 * was made from. Sources edited after the build started count as newer: the stamp is the start.
 */
export function writeBuildRecord(dir: string, metafile: Metafile, startedAt: number): void {
  const inputs = Object.keys(metafile.inputs).map((input) => relative(ROOT, join(ROOT, input)));
  writeFileSync(join(dir, "build.json"), `${JSON.stringify({ builtAt: startedAt, inputs })}\n`);
}
