import { mkdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildSync } from "esbuild";
import { BUNDLE_OPTIONS, writeBuildRecord } from "../core/bundle.ts";
import { fromRoot, ROOT } from "../core/paths.ts";

/**
 * The worker threads' code, bundled by esbuild into one ES module under
 * node_modules/.cache/chronicle/worker/ (as scripts/build-cli.ts does for the CLI).
 *
 * Why not the TypeScript sources through tsx, as the main thread runs them: Node 20 does not apply
 * tsx's ES-module hooks inside a worker thread, so piscina's require() loaded the pipeline through
 * tsx's CommonJS transform, where every use of an imported binding is a call to a property getter.
 * Measured with --cpu-prof on 4,000 articles, those getters were about a tenth of a pool thread's
 * samples (the NER labels' getters alone 8%), time the main thread never spent. The bundle has no
 * module boundaries inside Chronicle's code, needs no loader in the thread, and starts faster.
 */
const WORKER_BUILD_DIR = fromRoot("node_modules/.cache/chronicle/worker");
const ENTRY = "src/pipeline/worker.ts";

/** The build's record: when it started and the source files (relative to the root) it was made from. */
interface BuildRecord {
  builtAt: number;
  inputs: string[];
}

/**
 * True when the build can be used: every source it was made from still exists and is older than the
 * build's start (a file edited while the build ran counts as newer).
 */
export function isFresh(record: BuildRecord, mtimeMs: (path: string) => number | undefined): boolean {
  for (const input of record.inputs) {
    const mtime = mtimeMs(input);
    if (mtime === undefined || mtime > record.builtAt) return false;
  }
  return record.inputs.length > 0;
}

function mtimeOf(path: string): number | undefined {
  try {
    return statSync(join(ROOT, path)).mtimeMs;
  } catch {
    return undefined;
  }
}

function readRecord(dir: string): BuildRecord | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, "build.json"), "utf8")) as BuildRecord;
  } catch {
    return undefined;
  }
}

/**
 * The file URL piscina loads in each worker thread: the bundle, built now if it is missing or older
 * than one of its sources (esbuild takes well under a second), or undefined when it cannot be built
 * (then the caller falls back to the sources through tsx).
 */
export function workerBundle(dir = WORKER_BUILD_DIR): string | undefined {
  const record = readRecord(dir);
  if (!record || !isFresh(record, mtimeOf)) {
    try {
      build(dir);
    } catch {
      return undefined;
    }
  }
  return pathToFileURL(join(dir, "worker.mjs")).href;
}

function build(dir: string): void {
  const startedAt = Date.now();
  // Built beside the target and each file renamed over its old copy: another process (test files
  // run in parallel, two ingests) then loads either the old or the new bundle, never half of one
  // and never none, while it starts its threads. The build.json goes last, so a record never
  // vouches for a bundle older than itself.
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    const result = buildSync({
      ...BUNDLE_OPTIONS,
      entryPoints: { worker: fromRoot(ENTRY) },
      outdir: tmp,
      logLevel: "silent",
    });
    writeBuildRecord(tmp, result.metafile, startedAt);
    mkdirSync(dir, { recursive: true });
    renameSync(join(tmp, "worker.mjs"), join(dir, "worker.mjs"));
    renameSync(join(tmp, "build.json"), join(dir, "build.json"));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
