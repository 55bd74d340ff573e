/**
 * Compiles the CLI once, at install (`postinstall`) or by hand (`npm run build:cli`), so that
 * `chronicle` starts without tsx: registering tsx's loader costs about 0.2 s of every command,
 * more than `--help` itself. esbuild bundles `src/cli/main.ts` with code splitting, so the
 * commands' lazy `import()`s stay separate chunks and `--help` reads the definitions only; npm
 * packages stay external and are resolved from node_modules as before.
 *
 * The output goes to node_modules/.cache/chronicle/cli/ with `build.json`, the list of source files
 * it was made from. bin/chronicle.js uses the build only while none of them is newer than it, so an
 * edited checkout runs its sources through tsx and never a stale build.
 *
 * Only modules imported by a literal path are compiled: code must never `import()` a path computed
 * at run time (from the build it names a .ts file Node cannot load; `chronicle eval` once did). The
 * worker threads' bundle (src/pipeline/worker-build.ts) is built here too, so the first
 * `--workers N` after an install does not wait for it.
 */
import { mkdirSync, renameSync, rmSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { BUNDLE_OPTIONS, writeBuildRecord } from "../src/core/bundle.ts";
import { fromRoot, ROOT } from "../src/core/paths.ts";
import { workerBundle } from "../src/pipeline/worker-build.ts";

export const CLI_BUILD_DIR = fromRoot("node_modules/.cache/chronicle/cli");

/** Builds into `out`; returns the build's esbuild metafile (which sources went into which file). */
export async function buildCli(out = CLI_BUILD_DIR): Promise<esbuild.Metafile> {
  const startedAt = Date.now();
  const tmp = `${out}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const result = await esbuild.build({
    ...BUNDLE_OPTIONS,
    entryPoints: { main: fromRoot("src/cli/main.ts") },
    splitting: true,
    outdir: tmp,
    logLevel: "warning",
  });
  writeBuildRecord(tmp, result.metafile, startedAt);
  rmSync(out, { recursive: true, force: true });
  renameSync(tmp, out);
  return result.metafile;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { inputs, outputs } = await buildCli();
  console.log(
    `chronicle CLI build: ${Object.keys(inputs).length} sources → ${Object.keys(outputs).length} files in ${relative(ROOT, CLI_BUILD_DIR)}`,
  );
  const worker = workerBundle();
  console.log(
    worker
      ? `chronicle worker threads' build: ${relative(ROOT, fileURLToPath(worker))}`
      : "chronicle: the worker threads' build failed; --workers N runs their sources through tsx",
  );
}
