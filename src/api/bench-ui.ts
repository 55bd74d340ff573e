import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { median, renderReport, writeBenchmarkSection } from "../eval/harness.ts";
import { Store } from "../store/index.ts";
import { generateEvents } from "./bench.ts";
import { buildServer } from "./server.ts";

/** Debian's Chromium (`apt-get install chromium`), as in the browser tests; nothing is downloaded. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * What "first render" waits for: the timeline's bars, the map's points and the first rows of the
 * event table, all in the document. The time is taken in the first animation frame after that,
 * which is the frame that paints them.
 */
const DRAWN = ["figure.timeline path.bar", "figure.map g.point", "table.events tbody tr"];

/**
 * Runs in the page before its own script (injected by the browser driver, so the CSP does not
 * apply): records in `window.__chronicleDrawn` the time since navigation start when every selector
 * of DRAWN matches. A string, not a function: tsx would add helpers to a function's body that the
 * page does not have.
 */
const WATCH_FIRST_RENDER = `(() => {
  const selectors = ${JSON.stringify(DRAWN)};
  let seen = false;
  const check = () => {
    if (seen || !selectors.every((s) => document.querySelector(s))) return;
    seen = true;
    observer.disconnect();
    requestAnimationFrame(() => { window.__chronicleDrawn = performance.now(); });
  };
  const observer = new MutationObserver(check);
  document.addEventListener("DOMContentLoaded", () => {
    observer.observe(document.body, { childList: true, subtree: true });
    check();
  });
})();`;

interface RunTimes {
  firstRender: number;
  /** Navigation start to the end of the last API response the first render needed. */
  lastApiResponse: number;
  /** Per route, the server's time from request to response sent (longest when asked twice). */
  server: Record<string, number>;
  /** Sum of the server's time over every API request of the load. */
  serverTotal: number;
  /**
   * CPU time of the browser's processes (renderer, GPU, network, browser) during the load, from
   * Chromium's own process list: the work of loading and drawing, which other jobs on the
   * machine slow down but do not add to.
   */
  browserCpu: number;
  /** CPU time of this process (the server, and the driver's messages) during the load. */
  serverCpu: number;
}

export interface BenchUiOptions {
  events: number;
  loads: number;
  json?: boolean;
  write?: boolean;
}

/** `chronicle bench ui`: time to the first full render of the events view, in Chromium. */
export async function benchUi(opts: BenchUiOptions): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `no browser at ${CHROMIUM}: install it with apt-get install -y chromium, or set CHROMIUM_PATH`,
    );
  }
  const { chromium } = await import("playwright-core");
  const dir = mkdtempSync(join(tmpdir(), "chronicle-bench-ui-"));
  const store = await Store.open(join(dir, "ui.db"));
  const t0 = performance.now();
  await generateEvents(store.db, opts.events);
  process.stderr.write(
    `generated ${opts.events} events in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
  );
  const app = await buildServer({ store, rateLimit: 1_000_000 });
  // The server's own time per request, so that the page's time can be split into API and drawing.
  let serverTimes: { route: string; ms: number }[] = [];
  const started = new WeakMap<object, number>();
  app.addHook("onRequest", async (req) => {
    started.set(req, performance.now());
  });
  app.addHook("onResponse", async (req) => {
    const t = started.get(req);
    if (t !== undefined && req.url.startsWith("/api/"))
      serverTimes.push({ route: req.url.split("?")[0], ms: performance.now() - t });
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox"] });

  const browserSession = await browser.newBrowserCDPSession();
  /** CPU milliseconds so far of each of the browser's processes, by process id. */
  const browserCpuTimes = async () => {
    const { processInfo } = await browserSession.send("SystemInfo.getProcessInfo");
    return new Map(processInfo.map((p) => [p.id, p.cpuTime * 1000]));
  };

  const runOnce = async (): Promise<RunTimes> => {
    // A new context per run: an empty HTTP cache and storage, as for a first visit.
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const cpuBefore = await browserCpuTimes();
    const serverCpuBefore = process.cpuUsage();
    await page.addInitScript(WATCH_FIRST_RENDER);
    serverTimes = [];
    await page.goto(`${base}/`);
    await page.waitForFunction(() => (window as { __chronicleDrawn?: number }).__chronicleDrawn, null, {
      timeout: 60_000,
      polling: 50,
    });
    const { drawn, apiEnds } = await page.evaluate(() => ({
      drawn: (window as { __chronicleDrawn?: number }).__chronicleDrawn as number,
      apiEnds: performance
        .getEntriesByType("resource")
        .filter((e) => new URL(e.name).pathname.startsWith("/api/"))
        .map((e) => (e as PerformanceResourceTiming).responseEnd),
    }));
    const serverCpu = process.cpuUsage(serverCpuBefore);
    let browserCpu = 0;
    for (const [id, cpu] of await browserCpuTimes()) browserCpu += cpu - (cpuBefore.get(id) ?? 0);
    await context.close();
    const server: Record<string, number> = {};
    for (const { route, ms } of serverTimes) server[route] = Math.max(server[route] ?? 0, ms);
    return {
      firstRender: drawn,
      lastApiResponse: Math.max(0, ...apiEnds.filter((t) => t <= drawn)),
      server,
      serverTotal: serverTimes.reduce((s, r) => s + r.ms, 0),
      browserCpu,
      serverCpu: (serverCpu.user + serverCpu.system) / 1000,
    };
  };

  const runs: RunTimes[] = [];
  try {
    // One load first, not counted: it starts the browser's renderer and the server's statement cache.
    await runOnce();
    for (let i = 0; i < opts.loads; i++) {
      const r = await runOnce();
      runs.push(r);
      process.stderr.write(
        `run ${i + 1}/${opts.loads}: first render ${r.firstRender.toFixed(0)} ms, last API response at ${r.lastApiResponse.toFixed(0)} ms, server ${r.serverTotal.toFixed(0)} ms, CPU: browser ${r.browserCpu.toFixed(0)} ms, server ${r.serverCpu.toFixed(0)} ms\n`,
      );
    }
  } finally {
    await browser.close();
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const row = (values: number[]) => ({
    "median ms": Math.round(median(values)),
    "min ms": Math.round(Math.min(...values)),
    "max ms": Math.round(Math.max(...values)),
  });
  const routes = [...new Set(runs.flatMap((r) => Object.keys(r.server)))].sort();
  const report = {
    stage: "bench ui",
    datasets: {
      [`${opts.events.toLocaleString("en-US")} generated events in SQLite, ${opts.loads} page loads`]: {
        "first render: timeline, map and first table page drawn": row(runs.map((r) => r.firstRender)),
        "last API response the render needed (navigation start → response end)": row(
          runs.map((r) => r.lastApiResponse),
        ),
        "drawing after the last API response": row(runs.map((r) => r.firstRender - r.lastApiResponse)),
        "CPU time of the browser's processes during the load": row(runs.map((r) => r.browserCpu)),
        "CPU time of the server process during the load": row(runs.map((r) => r.serverCpu)),
        "API server time, all requests of the load": row(runs.map((r) => r.serverTotal)),
        ...Object.fromEntries(
          routes.map((route) => [`API server time, ${route}`, row(runs.map((r) => r.server[route] ?? 0))]),
        ),
      },
    },
    speed: {},
    notes: [
      "Chronicle serves the committed UI (web/dist) and the API from one process; Debian's Chromium (headless, driven by playwright-core) opens `/` in a fresh browser context per load (empty cache). Times are from navigation start to the animation frame in which the timeline's bars, the map's points and the first rows of the event table are all in the page. Bar: under 1 s.",
      "API server time is Fastify's, from request to response sent; requests overlap, so their sum can exceed the wall time they take.",
      `Load average at the end of the run: ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores (the browser, the server and anything else running share them).`,
    ],
  };
  const markdown = renderReport(report);
  process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : `${markdown}\n`);
  if (opts.write) writeBenchmarkSection("bench ui", markdown);
}
