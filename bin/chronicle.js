#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so that `chronicle` works from a checkout without a build step.
// `--version` is answered here: starting tsx's loader thread costs most of a quick command's time.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  const { readFileSync } = await import("node:fs");
  process.stdout.write(
    `${JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version}\n`,
  );
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
