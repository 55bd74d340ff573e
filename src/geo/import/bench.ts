/**
 * `chronicle bench gazetteer`: imports a generated file in GeoNames' allCountries format (millions
 * of rows of invented places) and measures rows per second and peak memory, the figures that say
 * whether all of GeoNames (about 12 million rows) imports in bounded memory.
 */

import { once } from "node:events";
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { importFiles } from "./index.ts";
import { GazetteerStore } from "./store.ts";

const FEATURES = [
  ["P", "PPL"],
  ["P", "PPLA2"],
  ["H", "STM"],
  ["T", "MT"],
  ["S", "SCH"],
  ["A", "ADM3"],
  ["L", "PRK"],
  ["H", "LK"],
] as const;

/** Writes `rows` invented rows (deterministic) in allCountries format, about 130 bytes each. */
export async function writeSyntheticAllCountries(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  let seed = 12345;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 0x100000000;
  };
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const word = () => {
    let w = letters[Math.floor(next() * 26)].toUpperCase();
    for (let k = 3 + Math.floor(next() * 6); k > 0; k--) w += letters[Math.floor(next() * 26)];
    return w;
  };
  let chunk = "";
  for (let i = 1; i <= rows; i++) {
    const name = next() < 0.3 ? `${word()} ${word()}` : word();
    const [fclass, fcode] = FEATURES[i % FEATURES.length];
    const alternates = next() < 0.4 ? `${word()},${word()},${name}ia` : "";
    chunk += `${i}\t${name}\t${name}\t${alternates}\t${(next() * 160 - 80).toFixed(5)}\t${(next() * 360 - 180).toFixed(5)}\t${fclass}\t${fcode}\tZZ\t\t${String(1 + (i % 40)).padStart(2, "0")}\t${i % 300}\t\t\t${Math.floor(next() * 50000)}\t\t${Math.floor(next() * 3000)}\tEtc/UTC\t2024-05-01\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}

export interface ImportBench {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** Rows per CPU second of this process: what the import costs when the machine is shared. */
  rowsPerCpuSecond: number;
  peakRssMb: number;
  indexMb: number;
  /**
   * Where the main thread's wall time went (Linux only): seconds on a core, seconds runnable but
   * waiting for one (other processes had the cores), and the rest, blocked (disk, page faults).
   */
  mainThread?: { onCpu: number; waitingForCore: number; blocked: number };
  /** The machine's one-minute load average at the end of the import. */
  loadAverage: number;
}

/**
 * The main thread's time on a core and time runnable in the run queue, in seconds, from
 * /proc/self/schedstat; undefined where the kernel does not offer it. better-sqlite3 writes on
 * the main thread, so this is where the import's wall time goes.
 */
function schedstat(): { onCpu: number; waiting: number } | undefined {
  try {
    const [onCpu, waiting] = readFileSync("/proc/self/schedstat", "utf8").trim().split(/\s+/).map(Number);
    return Number.isFinite(onCpu) && Number.isFinite(waiting)
      ? { onCpu: onCpu / 1e9, waiting: waiting / 1e9 }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Generates `rows` rows, imports them into a scratch index, and measures the import alone. */
export async function benchImport(rows: number): Promise<ImportBench> {
  const dir = mkdtempSync(join(tmpdir(), "chronicle-bench-gazetteer-"));
  try {
    const file = join(dir, "allCountries.txt");
    await writeSyntheticAllCountries(file, rows);
    const store = new GazetteerStore(join(dir, "gazetteer.db"));
    let peak = process.memoryUsage().rss;
    const sample = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    const cpu = process.cpuUsage();
    const sched = schedstat();
    const started = performance.now();
    const [outcome] = await importFiles(store, [file]);
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const schedEnd = schedstat();
    clearInterval(sample);
    peak = Math.max(peak, process.memoryUsage().rss);
    const pageCount = store.db.pragma("page_count", { simple: true }) as number;
    const pageSize = store.db.pragma("page_size", { simple: true }) as number;
    store.close();
    return {
      rows: outcome.rows,
      seconds,
      rowsPerSecond: outcome.rows / seconds,
      rowsPerCpuSecond: outcome.rows / ((used.user + used.system) / 1e6),
      peakRssMb: peak / 1e6,
      indexMb: (pageCount * pageSize) / 1e6,
      loadAverage: loadavg()[0],
      ...(sched && schedEnd
        ? {
            mainThread: {
              onCpu: schedEnd.onCpu - sched.onCpu,
              waitingForCore: schedEnd.waiting - sched.waiting,
              blocked: Math.max(
                0,
                seconds - (schedEnd.onCpu - sched.onCpu) - (schedEnd.waiting - sched.waiting),
              ),
            },
          }
        : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
