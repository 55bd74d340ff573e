import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { Store } from "../src/store/index.ts";

const BIN = join(import.meta.dirname, "../bin/chronicle.js");
const FIXTURE = join(import.meta.dirname, "fixtures/cli/harbour-strike.txt");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function chronicle(args: string[], cwd: string, input = ""): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, CHRONICLE_DEBUG: "" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.stdin.end(input);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * A misuse: the arguments, what the message must say (the problem and what to do, on one line),
 * the documented exit code, and whether stderr holds nothing else (usage errors are one line).
 */
interface Misuse {
  args: string[];
  stdin?: string;
  code: number;
  says: RegExp;
  oneLine?: boolean;
}

const EMPTY = "empty.db";
const MISUSES: Misuse[] = [
  {
    args: ["events", "--db", "typo.db"],
    code: 1,
    says: /no database at typo\.db; check --db, or create one/,
    oneLine: true,
  },
  { args: ["export", "--db", "typo.db"], code: 1, says: /no database at typo\.db/, oneLine: true },
  {
    args: ["status", "--db", "local.db"],
    code: 1,
    says: /"local\.db" is not a PostgreSQL URL/,
    oneLine: true,
  },
  {
    args: ["enqueue", "page.txt", "--db", "local.db"],
    code: 1,
    says: /"local\.db" is not a PostgreSQL URL/,
    oneLine: true,
  },
  { args: ["articles", "--db", "typo.db"], code: 1, says: /no database at typo\.db/, oneLine: true },
  {
    args: ["events", "--db", "notes.txt"],
    code: 1,
    says: /(notes\.txt is not a Chronicle database|cannot open the database notes\.txt).*check --db/,
    oneLine: true,
  },
  {
    args: ["events", "--db", EMPTY, "--type", "BOGUS"],
    code: 1,
    says: /BOGUS is not a PLOVER event type; use one of .*PROTEST/,
    oneLine: true,
  },
  {
    args: ["events", "--db", EMPTY, "--limit", "abc"],
    code: 1,
    says: /--limit.*"abc" is not a whole number of 1 or more.*--help/,
    oneLine: true,
  },
  {
    args: ["export", "--db", EMPTY, "--limit", "-1"],
    code: 1,
    says: /--limit.*"-1" is not a whole number/,
    oneLine: true,
  },
  {
    args: ["articles", "--db", EMPTY, "--limit", "0"],
    code: 1,
    says: /"0" is not a whole number of 1 or more/,
    oneLine: true,
  },
  {
    args: ["events", "--db", EMPTY, "--since", "2024-02-30"],
    code: 1,
    says: /"2024-02-30" is not a date; use YYYY-MM-DD/,
    oneLine: true,
  },
  {
    args: ["export", "--db", EMPTY, "--since", "2024-03-01", "--until", "2024-02-01"],
    code: 1,
    says: /--since 2024-03-01 is after --until 2024-02-01; swap them/,
    oneLine: true,
  },
  {
    args: ["events", "--db", EMPTY, "--format", "xml"],
    code: 1,
    says: /'xml' is invalid.*choices.*geojson/,
    oneLine: true,
  },
  {
    args: ["articles", "--db", EMPTY, "--search", "++"],
    code: 1,
    says: /the search "\+\+" has no word to look for; give at least one word/,
    oneLine: true,
  },
  { args: ["ingest"], code: 1, says: /missing required argument 'inputs'.*--help/, oneLine: true },
  {
    args: ["ingest", "page.txt", "--bogus"],
    code: 1,
    says: /unknown option '--bogus'.*--help/,
    oneLine: true,
  },
  {
    args: ["ingest", "page.txt", "--published", "13/01/2022"],
    code: 1,
    says: /"13\/01\/2022" is not a date; use YYYY-MM-DD/,
    oneLine: true,
  },
  {
    args: ["ingest", "page.txt", "--workers", "many"],
    code: 1,
    says: /"many" is not a number of workers; use a whole number or "auto"/,
    oneLine: true,
  },
  {
    args: ["ingest", "page.txt", "--max-bytes", "lots"],
    code: 1,
    says: /"lots" is not a size; use e\.g\. 50MB/,
    oneLine: true,
  },
  {
    args: ["ingest", "page.txt", "--db", "no-such-dir/x.db"],
    code: 1,
    says: /cannot open the database no-such-dir\/x\.db .*check --db/,
    oneLine: true,
  },
  {
    args: ["ingest", "empty-dir", "--db", "new.db"],
    code: 4,
    says: /no documents .* found in directory empty-dir/,
  },
  {
    args: ["ingest", "nothing/*.html", "--db", "new.db"],
    code: 4,
    says: /matches no file; check the path and quote the pattern/,
  },
  {
    args: ["ingest", "-", "--db", "new.db"],
    stdin: "",
    code: 4,
    says: /standard input is empty; pipe a document into it/,
  },
  {
    args: ["ingest", "missing.txt", "--db", "new.db"],
    code: 4,
    says: /missing\.txt does not exist; check the path/,
  },
  {
    args: ["ingest", "page.txt", "--db", "new.db", "--max-bytes", "500"],
    code: 3,
    says: /page\.txt is .* above the .* limit; split it or raise --max-bytes/,
  },
  { args: ["extract", "missing.txt"], code: 4, says: /missing\.txt does not exist/ },
  { args: ["extract", "empty-dir"], code: 4, says: /found in directory empty-dir/ },
  {
    args: ["extract", "page.txt", "--published", "yesterday"],
    code: 1,
    says: /"yesterday" is not a date/,
    oneLine: true,
  },
  {
    args: ["eval", "nosuchstage"],
    code: 1,
    says: /unknown stage "nosuchstage"; choose one of: seed, extract/,
    oneLine: true,
  },
  { args: ["eval", "time", "--limit", "x"], code: 1, says: /"x" is not a whole number/, oneLine: true },
  { args: ["bench", "--runs", "two"], code: 1, says: /"two" is not a whole number/, oneLine: true },
  {
    args: ["bench", "--backend", "mysql"],
    code: 1,
    says: /"mysql" is not a backend; use sqlite or postgres/,
    oneLine: true,
  },
  {
    args: ["bench", "--backend", "postgres", "--server", "bench.db", "--workers", "2"],
    code: 1,
    says: /bench --backend postgres needs a PostgreSQL server: --server postgres:\/\//,
    oneLine: true,
  },
  {
    args: ["events", "--db", EMPTY, "--place", ""],
    code: 1,
    says: /--place.*The value is empty; give one, or leave the option out/,
    oneLine: true,
  },
  {
    args: ["articles", "--db", EMPTY, "--search", " "],
    code: 1,
    says: /--search.*The value is empty/,
    oneLine: true,
  },
  { args: ["ingest", "page.txt", "--db", ""], code: 1, says: /--db.*The value is empty/, oneLine: true },
  {
    args: ["ingest", "http://127.0.0.1:59999/page", "--db", "new.db"],
    code: 3,
    says: /cannot fetch http:\/\/127\.0\.0\.1:59999\/page \(.+\); check the address and the network/,
  },
  { args: ["nosuchcommand"], code: 1, says: /unknown command 'nosuchcommand'/, oneLine: true },
  {
    args: ["events", "--db", "damaged.db", "--format", "jsonl"],
    code: 3,
    says: /event e-broken of article a1 cannot be read \(.*\); it is left out, the others are listed/,
  },
];

/** Marks of a stack trace or an error object dumped on the user. */
const STACK = /^\s+at |\b[A-Z]\w*Error\b|Error:/m;

describe("every command, misused, answers in one line with the documented exit code", () => {
  const dir = mkdtempSync(join(tmpdir(), "chronicle-misuse-"));
  const runs = new Map<Misuse, Run>();

  before(async () => {
    copyFileSync(FIXTURE, join(dir, "page.txt"));
    mkdirSync(join(dir, "empty-dir"));
    writeFileSync(join(dir, "notes.txt"), "not a database\n".repeat(200));
    await (await Store.open(join(dir, EMPTY))).close();
    // A database whose one stored event an older version wrote in a shape the schema rejects.
    const damaged = await Store.open(join(dir, "damaged.db"));
    await damaged.db
      .insertInto("articles")
      .values({
        id: "a1",
        uri: "old.txt",
        url: null,
        title: "Old",
        text: "Old text.",
        published_at: null,
        published_precision: null,
        published_found_in: null,
        site: null,
        byline: null,
        lang: "en",
        blocks: "[]",
        captions: "[]",
        credits: "[]",
        annotations: "{}",
        diagnostics: "[]",
        fetched_at: "2024-01-01T00:00:00Z",
        ingested_at: "2024-01-01T00:00:00Z",
      })
      .execute();
    await damaged.db
      .insertInto("events")
      .values({
        id: "e-broken",
        article_id: "a1",
        type: "PROTEST",
        mode: null,
        actor: null,
        actor_country: null,
        recipient: null,
        place_name: null,
        place_country: null,
        lat: null,
        lon: null,
        time_value: null,
        time_start: null,
        time_end: null,
        modality: "asserted",
        confidence: 0.5,
        evidence_start: 0,
        evidence_end: 3,
        record: JSON.stringify({ id: "e-broken", type: "PROTEST" }),
      })
      .execute();
    await damaged.close();
    // Two at a time: each run starts a process.
    const queue = [...MISUSES];
    const worker = async () => {
      for (let m = queue.shift(); m; m = queue.shift()) runs.set(m, await chronicle(m.args, dir, m.stdin));
    };
    await Promise.all([worker(), worker()]);
  });

  for (const misuse of MISUSES) {
    it(`chronicle ${misuse.args.join(" ")}`, () => {
      const run = runs.get(misuse) as Run;
      assert.equal(run.code, misuse.code, run.stderr);
      const lines = run.stderr.split("\n").filter((l) => l.trim());
      assert.ok(
        lines.some((l) => misuse.says.test(l)),
        `no line of stderr says ${misuse.says}:\n${run.stderr}`,
      );
      if (misuse.oneLine) assert.equal(lines.length, 1, run.stderr);
      assert.doesNotMatch(run.stderr, STACK);
    });
  }

  it("stops quietly when the reader of its output goes away (extract --json … | head)", async () => {
    const inputs = Array.from({ length: 40 }, () => "page.txt");
    const child = spawn(process.execPath, [BIN, "extract", "--json", ...inputs], { cwd: dir });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on("close", resolve));
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stderr, /EPIPE|STACK/);
    assert.doesNotMatch(stderr, STACK);
  });
});

describe("chronicle bench", () => {
  it("updates the tracked docs/benchmarks.md only when asked (--write), or writes to --out", async () => {
    const { benchCommand } = await import("../src/cli/commands/bench.ts");
    const bench = benchCommand();
    const longs = bench.options.map((o) => o.long);
    assert.ok(longs.includes("--write") && longs.includes("--out"));
    assert.ok(!longs.includes("--no-write"));
    bench.parseOptions([]);
    assert.equal(bench.opts().write, undefined);
  });
});
