import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Metafile } from "esbuild";
import { buildCli } from "../scripts/build-cli.ts";
import type { Metrics } from "../src/eval/harness.ts";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin/chronicle.js");

/**
 * What defining the commands may not load: `--help` and option parsing need commander, the command
 * files and leaf modules only; the pipeline, NLP, geo, API, store and the rest load in the actions.
 */
const HEAVY = [
  "src/pipeline/",
  "src/nlp/",
  "src/events/",
  "src/geo/",
  "src/api/",
  "src/resolve/",
  "src/queue/",
  "src/extract/",
  "src/eval/",
  "src/sources/",
  "src/export/",
  "src/store/index.ts",
];
/** Leaf modules inside those folders that hold a constant the definitions show (no imports of their own). */
const LIGHT = new Set(["src/pipeline/version.ts"]);

describe("chronicle start-up", () => {
  const dir = mkdtempSync(join(tmpdir(), "chronicle-startup-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const hooks = join(dir, "hooks.mjs");
  const register = join(dir, "register.mjs");

  /** Runs the CLI with a resolve hook that records every project file it resolves; returns them. */
  function loaded(args: string[], name: string, env: Record<string, string> = {}) {
    const log = join(dir, `${name}.log`);
    writeFileSync(
      hooks,
      `import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (r.url.startsWith("file:") && (!r.url.includes("node_modules") || r.url.includes(".cache/chronicle/"))) appendFileSync(process.env.CHRONICLE_LOADED_LOG, r.url + "\\n");
  return r;
}
`,
    );
    writeFileSync(
      register,
      `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
    );
    const r = spawnSync(process.execPath, ["--import", pathToFileURL(register).href, BIN, ...args], {
      encoding: "utf8",
      timeout: 120_000,
      env: { ...process.env, CHRONICLE_FROM_SOURCE: "1", CHRONICLE_LOADED_LOG: log, ...env },
    });
    const files = existsSync(log)
      ? [
          ...new Set(
            readFileSync(log, "utf8")
              .split("\n")
              .filter(Boolean)
              .map((url) => relative(ROOT, fileURLToPath(url))),
          ),
        ]
      : [];
    return { code: r.status, stdout: r.stdout, stderr: r.stderr, files };
  }

  const heavy = (files: string[]) =>
    files.filter((f) => !LIGHT.has(f) && HEAVY.some((h) => (h.endsWith("/") ? f.startsWith(h) : f === h)));

  for (const args of [
    ["--help"],
    ["events", "--help"],
    ["ingest", "--help"],
    ["reprocess", "--help"],
    ["bench", "api", "--help"],
  ]) {
    it(`chronicle ${args.join(" ")} loads no pipeline, NLP, geo, API or store module`, () => {
      const r = loaded(args, args.join("-").replace(/[^a-z-]/g, ""));
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^Usage: chronicle/);
      // The hook saw the CLI itself, so an empty list cannot pass for a light one.
      assert.ok(r.files.includes("src/cli/main.ts"), `the resolve hook recorded: ${r.files.join(", ")}`);
      assert.deepEqual(heavy(r.files), []);
    });
  }

  it("parses and refuses an option value without loading the modules the action needs", () => {
    const r = loaded(["watch", "--every", "soon", "https://example.org/feed.xml"], "watch-every");
    assert.equal(r.code, 1);
    assert.match(r.stderr, /"soon" is not an interval/);
    assert.ok(r.files.includes("src/cli/commands/watch.ts"));
    assert.deepEqual(heavy(r.files), []);
  });

  it("imports no module by a path computed at run time, which the build could not compile", () => {
    // From the build such a path names a .ts file that Node cannot load (`chronicle eval` once did).
    const computed = readdirSync(join(ROOT, "src"), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts"))
      .flatMap((file) =>
        [...readFileSync(join(ROOT, "src", file), "utf8").matchAll(/\bimport\(\s*([^"'\s)][^)]*)\)/g)].map(
          (m) => `src/${file}: import(${m[1]})`,
        ),
      );
    assert.deepEqual(computed, []);
  });

  describe("the compiled CLI", () => {
    // A build of its own, inside the checkout (the build finds the checkout's root from where it lies).
    const build = join(ROOT, "node_modules/.cache/chronicle", `cli-test-${process.pid}`);
    after(() => rmSync(build, { recursive: true, force: true }));
    let meta: Metafile;
    const stamp = () => join(build, "build.json");
    const setBuiltAt = (builtAt: number) =>
      writeFileSync(stamp(), JSON.stringify({ ...JSON.parse(readFileSync(stamp(), "utf8")), builtAt }));
    /** Runs the CLI from this build; it must succeed without running any TypeScript source. */
    const runBuilt = (args: string[], name: string, env: Record<string, string> = {}) => {
      const r = loaded(args, name, { CHRONICLE_FROM_SOURCE: "0", CHRONICLE_CLI_BUILD: build, ...env });
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(
        r.files.filter((f) => f.startsWith("src/")),
        [],
        "a fresh build runs no TypeScript source",
      );
      return r;
    };

    it("answers --help from the build, loading only chunks made of light modules, with the sources' text", async () => {
      meta = await buildCli(build);
      const fromBuild = runBuilt(["--help"], "build-help");
      const chunks = fromBuild.files.map((f) => basename(f));
      assert.ok(chunks.includes("main.mjs"), `loaded: ${fromBuild.files.join(", ")}`);
      const sourcesLoaded = Object.entries(meta.outputs)
        .filter(([file]) => chunks.includes(basename(file)))
        .flatMap(([, output]) => Object.keys(output.inputs));
      assert.ok(sourcesLoaded.includes("src/cli/main.ts"));
      assert.deepEqual(heavy(sourcesLoaded), []);
      assert.equal(fromBuild.stdout, loaded(["--help"], "source-help").stdout);
    });

    it("scores a stage from the build, its evaluator compiled into a chunk instead of imported from src/eval", () => {
      // An invented TempEval-style document in a corpora folder of its own (no ../shared/data needed).
      const text = "The dock strike began on 2 March 2024 and the port reopened yesterday.";
      const timex = (phrase: string, value: string) => {
        const start = text.indexOf(phrase);
        return { start, end: start + phrase.length, type: "DATE", value };
      };
      const data = join(dir, "corpora");
      mkdirSync(join(data, "timex"), { recursive: true });
      const doc = {
        id: "invented-dock-strike",
        corpus: "invented",
        dct: "2024-03-14",
        text,
        timexes: [timex("2 March 2024", "2024-03-02"), timex("yesterday", "2024-03-13")],
      };
      writeFileSync(join(data, "timex", "train.jsonl"), `${JSON.stringify(doc)}\n`);
      const r = runBuilt(["eval", "time", "--json", "--no-write"], "build-eval", { CHRONICLE_DATA: data });
      const chunks = r.files.map((f) => basename(f));
      const evaluatorChunk = Object.entries(meta.outputs).find(
        ([, output]) => "src/eval/time.ts" in output.inputs,
      );
      assert.ok(
        evaluatorChunk && chunks.includes(basename(evaluatorChunk[0])),
        `loaded: ${chunks.join(", ")}`,
      );
      const report = JSON.parse(r.stdout) as {
        stage: string;
        datasets: Record<string, Record<string, Metrics>>;
      };
      assert.equal(report.stage, "time");
      assert.equal(report.datasets["TimeBank+AQUAINT (1 docs)"]?.chronicle?.value_f1, 1);
    });

    it("runs the sources when one of them is newer than the build, or when the build is missing", () => {
      setBuiltAt(0);
      const stale = loaded(["events", "--help"], "build-stale", {
        CHRONICLE_FROM_SOURCE: "0",
        CHRONICLE_CLI_BUILD: build,
      });
      assert.equal(stale.code, 0, stale.stderr);
      assert.ok(stale.files.includes("src/cli/main.ts"), `loaded: ${stale.files.join(", ")}`);
      const missing = loaded(["events", "--help"], "build-missing", {
        CHRONICLE_FROM_SOURCE: "0",
        CHRONICLE_CLI_BUILD: join(build, "nothing-here"),
      });
      assert.equal(missing.code, 0, missing.stderr);
      assert.ok(missing.files.includes("src/cli/main.ts"));
      setBuiltAt(Date.now() + 60_000);
      const fresh = loaded(["events", "--help"], "build-fresh", {
        CHRONICLE_FROM_SOURCE: "0",
        CHRONICLE_CLI_BUILD: build,
      });
      assert.deepEqual(
        fresh.files.filter((f) => f.startsWith("src/")),
        [],
      );
      assert.equal(fresh.stdout, stale.stdout);
    });
  });
});
