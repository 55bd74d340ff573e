#!/usr/bin/env node
// Starts the CLI. A checkout runs the build that `npm ci` made (scripts/build-cli.ts), which starts
// without tsx; when a source file is newer than that build (an edited checkout), or with
// CHRONICLE_FROM_SOURCE=1, it runs the TypeScript sources through tsx instead. CHRONICLE_CLI_BUILD
// names another build folder (the start-up tests build one of their own).
import { readFileSync, statSync } from "node:fs";
import { pathToFileURL } from "node:url";

const root = new URL("../", import.meta.url);
const args = process.argv.slice(2);

/** The build's entry, or undefined when it is missing or older than one of its sources. */
function freshBuild() {
  if (process.env.CHRONICLE_FROM_SOURCE === "1") return undefined;
  const dir = process.env.CHRONICLE_CLI_BUILD
    ? pathToFileURL(`${process.env.CHRONICLE_CLI_BUILD}/`)
    : new URL("node_modules/.cache/chronicle/cli/", root);
  try {
    const { builtAt, inputs } = JSON.parse(readFileSync(new URL("build.json", dir), "utf8"));
    for (const input of inputs) if (statSync(new URL(input, root)).mtimeMs > builtAt) return undefined;
    return new URL("main.mjs", dir);
  } catch {
    return undefined; // no build, or a source file it was made from is gone
  }
}

if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL("package.json", root), "utf8")).version}\n`);
} else {
  const build = freshBuild();
  if (build) await import(build.href);
  else {
    const { register } = await import("tsx/esm/api");
    register();
    await import("../src/cli/main.ts");
  }
}
