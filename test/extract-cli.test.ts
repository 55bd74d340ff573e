import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { extractCommand } from "../src/cli/commands/extract.ts";

const dump = fileURLToPath(new URL("./fixtures/extract/dump-wire.txt", import.meta.url));

async function run(args: string[]): Promise<string> {
  let out = "";
  const sink = new Writable({
    write(chunk, _encoding, done) {
      out += chunk.toString();
      done();
    },
  });
  await extractCommand(sink).parseAsync(args, { from: "user" });
  return out;
}

test("chronicle extract --explain shows each line, its verdict and the rule", async () => {
  const out = await run([dump, "--explain"]);
  assert.match(out, /^# Flood waters force evacuation of river towns in Moldavia/);
  assert.match(out, /drop crumb +Home WORLD NEWS/);
  assert.match(out, /↳ navigation-crumb: /);
  assert.match(out, /KEEP heading +Schools closed until Friday/);
});

test("chronicle extract --json prints one Article per input with --published applied", async () => {
  const article = JSON.parse(await run([dump, "--json", "--published", "2023-03-15"]));
  assert.equal(article.title, "Flood waters force evacuation of river towns in Moldavia");
  assert.deepEqual(article.publishedAt, { value: "2023-03-15", precision: "day", foundIn: "cli" });
  assert.equal(
    article.text.slice(article.blocks[0].start, article.blocks[0].end).slice(0, 15),
    "Emergency crews",
  );
});
