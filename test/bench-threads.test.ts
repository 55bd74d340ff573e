import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { splitThreadCpu, threadCpu } from "../src/eval/thread-cpu.ts";

describe("bench: CPU by kind of thread", () => {
  it("counts the main thread as the writing thread, the busiest others as the pool, the rest as helpers", () => {
    const before = new Map([
      ["100", 50],
      ["101", 10],
      ["102", 20],
      ["103", 5],
    ]);
    // 104 started during the run (a helper thread V8 added): all its time counts.
    const after = new Map([
      ["100", 150],
      ["101", 710],
      ["102", 620],
      ["103", 45],
      ["104", 20],
    ]);
    const split = splitThreadCpu(before, after, "100", 2, 100);
    assert.deepEqual(split, { writing: 1, pool: 13, helpers: 0.6 });
    const one = splitThreadCpu(before, after, "100", 1, 100);
    assert.deepEqual(one, { writing: 1, pool: 7, helpers: 6.6 });
  });

  it("reads every thread of this process where /proc is there", () => {
    const cpu = threadCpu();
    if (!cpu) return; // not Linux
    assert.ok(cpu.has(String(process.pid)));
    for (const ms of cpu.values()) assert.ok(ms >= 0);
  });
});
