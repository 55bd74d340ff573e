import { readdirSync, readFileSync } from "node:fs";

/** CPU time of each thread of this process so far, in ms, by thread id (Linux: /proc/self/task/<tid>/schedstat). */
export type ThreadCpu = ReadonlyMap<string, number>;

/**
 * Every thread's CPU time, or undefined where /proc is not there (not Linux). schedstat's first
 * field is the time the thread ran, in ns, user and kernel alike.
 */
export function threadCpu(): ThreadCpu | undefined {
  let tasks: string[];
  try {
    tasks = readdirSync("/proc/self/task");
  } catch {
    return undefined;
  }
  const cpu = new Map<string, number>();
  for (const tid of tasks) {
    try {
      cpu.set(tid, Number(readFileSync(`/proc/self/task/${tid}/schedstat`, "utf8").split(" ")[0]) / 1e6);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return cpu;
}

/** CPU ms per article of each kind of thread between two snapshots. */
export interface ThreadCpuSplit {
  /** The command's own thread: hands documents to the pool, stores every batch, resolves incidents. */
  writing: number;
  /** The pool threads that run the pipeline, together. */
  pool: number;
  /** Every other thread: V8's optimising compiler and garbage-collector helpers, libuv's. */
  helpers: number;
}

/**
 * Splits the CPU spent between `before` and `after` by kind of thread: the writing thread is the
 * process's main thread (its id is the process id); the pool threads are the `poolThreads` busiest of
 * the others (each runs the pipeline and spends several ms per article, far more than any helper).
 */
export function splitThreadCpu(
  before: ThreadCpu,
  after: ThreadCpu,
  mainThread: string,
  poolThreads: number,
  articles: number,
): ThreadCpuSplit {
  let writing = 0;
  const others: number[] = [];
  for (const [tid, ms] of after) {
    const used = ms - (before.get(tid) ?? 0);
    if (tid === mainThread) writing = used;
    else others.push(used);
  }
  others.sort((a, b) => b - a);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const n = Math.max(1, articles);
  return {
    writing: writing / n,
    pool: sum(others.slice(0, poolThreads)) / n,
    helpers: sum(others.slice(poolThreads)) / n,
  };
}
