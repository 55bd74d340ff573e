import { existsSync } from "node:fs";
import { basename } from "node:path";
import { Command } from "commander";
import type { GazetteerStore } from "../../geo/import/index.ts";
import { DEFAULT_DB, defaultGazetteerPath } from "../../store/defaults.ts";
import { EXIT } from "../output.ts";

const ATTRIBUTION =
  "Contains data from GeoNames (geonames.org), licensed CC BY 4.0; Natural Earth (public domain).";

/** The gazetteer index a command uses: --gazetteer, else gazetteer.db beside the database. */
export function gazetteerPathOf(opts: { gazetteer?: string; db?: string }): string {
  return opts.gazetteer ?? defaultGazetteerPath(opts.db ?? DEFAULT_DB);
}

/**
 * Makes geoparsing in this process and its worker threads use the imported gazetteer: the one
 * --gazetteer names (which must exist), else gazetteer.db beside the database when there is one.
 * False (after saying why) when --gazetteer names no file.
 */
export async function selectGazetteer(opts: { gazetteer?: string; db?: string }): Promise<boolean> {
  const path = gazetteerPathOf(opts);
  if (!existsSync(path)) {
    if (!opts.gazetteer) return true;
    process.stderr.write(
      `✗ no gazetteer at ${path}: create it with \`chronicle gazetteer import <files…> --gazetteer ${path}\`.\n`,
    );
    process.exitCode = EXIT.usage;
    return false;
  }
  // Loaded here, not at start-up, so that `chronicle --help` stays fast.
  const { GAZETTEER_ENV, useImportedGazetteer } = await import("../../geo/gazetteer.ts");
  process.env[GAZETTEER_ENV] = path;
  useImportedGazetteer(path);
  return true;
}

function importCommand(): Command {
  return new Command("import")
    .description(
      "import files downloaded from GeoNames (allCountries.zip or per-country dumps, countryInfo.txt, admin1CodesASCII.txt, admin2Codes.txt, alternateNamesV2.zip, hierarchy.zip) and Natural Earth GeoJSON layers into the local gazetteer",
    )
    .argument("<files...>", "downloaded files (.zip, .txt, .gz, .json, .geojson)")
    .option("--gazetteer <file>", "gazetteer index (default: gazetteer.db beside --db)")
    .option("--db <file>", "Chronicle database the default gazetteer sits beside", DEFAULT_DB)
    .option("--force", "re-read files already imported")
    .option("--json", "print a JSON summary instead of text")
    .action(
      async (files: string[], opts: { gazetteer?: string; db: string; force?: boolean; json?: boolean }) => {
        const path = gazetteerPathOf(opts);
        // Loaded here, not at start-up, so that `chronicle --help` stays fast.
        const { default: cliProgress } = await import("cli-progress");
        const { GazetteerStore, importFiles } = await import("../../geo/import/index.ts");
        let store: GazetteerStore;
        try {
          store = new GazetteerStore(path);
        } catch (e) {
          process.stderr.write(`✗ cannot open the gazetteer ${path}: ${(e as Error).message}\n`);
          process.exitCode = EXIT.usage;
          return;
        }
        const bar =
          process.stderr.isTTY && !opts.json
            ? new cliProgress.SingleBar(
                { format: "{file} [{bar}] {percentage}% | {rows} rows", hideCursor: true },
                cliProgress.Presets.shades_classic,
              )
            : undefined;
        let current = "";
        const started = performance.now();
        const outcomes = await importFiles(store, files, {
          force: opts.force,
          onProgress: (p) => {
            if (!bar) return;
            if (p.file !== current) {
              if (current) bar.stop();
              current = p.file;
              bar.start(p.totalBytes, 0, { file: basename(p.file), rows: 0 });
            }
            bar.update(p.bytes, { rows: p.rows.toLocaleString("en-US") });
          },
        });
        bar?.stop();
        const counts = store.counts();
        store.close();
        const seconds = (performance.now() - started) / 1000;
        const failed = outcomes.filter((o) => o.status === "failed" || o.status === "skipped");
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ gazetteer: path, seconds, files: outcomes, counts })}\n`);
        } else {
          for (const o of outcomes) {
            const what =
              o.status === "unchanged" ? "unchanged since the last import, not read again" : o.status;
            const mark = o.status === "failed" || o.status === "skipped" ? "✗" : "·";
            const detail = o.message ? `: ${o.message}` : ` (${o.rows.toLocaleString("en-US")} rows)`;
            const rejected = o.rejected
              ? `, ${o.rejected.toLocaleString("en-US")} entries passed over (not in the format, or no name or point)`
              : "";
            process.stderr.write(`${mark} ${o.file}: ${what}${detail}${rejected}\n`);
          }
          const unchanged = outcomes.filter((o) => o.status === "unchanged").length;
          process.stderr.write(
            `${outcomes.length} files: ${outcomes.length - failed.length - unchanged} imported, ${unchanged} unchanged, ${failed.length} not imported; ${path} holds ${counts.table.features.toLocaleString("en-US")} places (${seconds.toFixed(1)} s).\n${ATTRIBUTION}\n`,
          );
        }
        process.exitCode = failed.length ? EXIT.someFailed : EXIT.ok;
      },
    );
}

function statusCommand(): Command {
  return new Command("status")
    .description("say what the local gazetteer holds and which files it was imported from")
    .option("--gazetteer <file>", "gazetteer index (default: gazetteer.db beside --db)")
    .option("--db <file>", "Chronicle database the default gazetteer sits beside", DEFAULT_DB)
    .option("--json", "print JSON")
    .action(async (opts: { gazetteer?: string; db: string; json?: boolean }) => {
      const path = gazetteerPathOf(opts);
      if (!existsSync(path)) {
        const message = `no gazetteer imported at ${path}: Chronicle uses its built-in populated places. Run \`chronicle gazetteer import <files…>\` with files from GeoNames or Natural Earth (see the README).`;
        if (opts.json) process.stdout.write(`${JSON.stringify({ gazetteer: path, imported: false })}\n`);
        else process.stdout.write(`${message}\n`);
        return;
      }
      const { GazetteerStore } = await import("../../geo/import/index.ts");
      const store = new GazetteerStore(path, { readonly: true });
      const sources = store.sources();
      const counts = store.counts();
      store.close();
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ gazetteer: path, imported: true, sources, counts })}\n`);
        return;
      }
      const lines = [
        `gazetteer ${path}`,
        "",
        "| file | kind | rows | imported | from |",
        "|---|---|---|---|---|",
      ];
      for (const s of sources)
        lines.push(
          `| ${s.name} | ${s.kind} | ${s.rows.toLocaleString("en-US")} | ${s.importedAt} | ${s.path} |`,
        );
      lines.push("", "| table | rows |", "|---|---|");
      for (const [t, n] of Object.entries(counts.table))
        lines.push(`| ${t} | ${n.toLocaleString("en-US")} |`);
      lines.push(
        "",
        `places by GeoNames feature class: ${Object.entries(counts.featureClasses)
          .map(([c, n]) => `${c} ${n.toLocaleString("en-US")}`)
          .join(", ")}`,
        "",
        ATTRIBUTION,
      );
      process.stdout.write(`${lines.join("\n")}\n`);
    });
}

export function gazetteerCommand(): Command {
  return new Command("gazetteer")
    .description("import GeoNames and Natural Earth downloads into a local gazetteer, and show what it holds")
    .addCommand(importCommand())
    .addCommand(statusCommand());
}

/** `chronicle bench gazetteer`: import speed and peak memory on a generated allCountries file. */
export function gazetteerBenchCommand(): Command {
  return new Command("gazetteer")
    .description("import a generated allCountries-format file and report rows/s and peak memory")
    .option("--rows <n>", "rows to generate", (v) => Number.parseInt(v, 10), 5_000_000)
    .option("--json", "print JSON")
    .option("--no-write", "do not update docs/benchmarks.md")
    .action(async (opts: { rows: number; json?: boolean; write: boolean }, command: Command) => {
      // `bench` has its own --json and --no-write, which take the flags when they follow the subcommand.
      const globals = command.optsWithGlobals<{ json?: boolean; write?: boolean }>();
      const write = opts.write && globals.write !== false;
      const json = opts.json || globals.json;
      const { renderReport, round, writeBenchmarkSection } = await import("../../eval/harness.ts");
      const { benchImport } = await import("../../geo/import/bench.ts");
      process.stderr.write(`generating ${opts.rows.toLocaleString("en-US")} rows, then importing them…\n`);
      const b = await benchImport(opts.rows);
      const report = {
        stage: "bench gazetteer",
        datasets: {
          [`generated allCountries-format file (${b.rows.toLocaleString("en-US")} rows)`]: {
            chronicle: {
              "rows/s (wall)": Math.round(b.rowsPerSecond),
              "rows/s (CPU time)": Math.round(b.rowsPerCpuSecond),
              seconds: round(b.seconds, 1),
              "peak RSS MB": Math.round(b.peakRssMb),
              "index MB": Math.round(b.indexMb),
              ...(b.mainThread
                ? {
                    "s on a core": round(b.mainThread.onCpu, 1),
                    "s waiting for a core": round(b.mainThread.waitingForCore, 1),
                    "s blocked (I/O)": round(b.mainThread.blocked, 1),
                  }
                : {}),
              "load avg": round(b.loadAverage, 1),
            },
          },
        },
        speed: {},
        notes: [
          "`chronicle gazetteer import` of one plain-text file into a fresh SQLite index (generation not timed). Wall rows/s depends on what else the machine runs; CPU-time rows/s is this process's own cost. The main thread (where better-sqlite3 writes) spends its wall time on a core, runnable but waiting for a core that other processes hold, or blocked on the disk (from /proc/self/schedstat): a wall rate far below the CPU rate with the time spent waiting for a core is a busy machine, not the importer.",
        ],
      };
      const markdown = renderReport(report);
      process.stdout.write(json ? `${JSON.stringify(report)}\n` : `${markdown}\n`);
      if (write) writeBenchmarkSection("bench gazetteer", markdown);
    });
}
