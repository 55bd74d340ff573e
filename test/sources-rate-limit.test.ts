import assert from "node:assert/strict";
import { test } from "node:test";
import { HostRateLimiter } from "../src/sources/rate-limit.ts";
import { FakeClock } from "./helpers/clock.ts";

test("requests to one host are given slots one interval apart; another host is not held up", async () => {
  const clock = new FakeClock();
  const limiter = new HostRateLimiter(250, clock);
  assert.deepEqual(
    ["a.example", "a.example", "b.example", "a.example"].map((h) => limiter.reserve(h)),
    [0, 250, 0, 500],
  );
});

test("a host left idle longer than the interval is asked again at once", async () => {
  const clock = new FakeClock();
  const limiter = new HostRateLimiter(1000, clock);
  await limiter.wait("news.example");
  await limiter.wait("news.example");
  clock.advance(5000);
  await limiter.wait("news.example");
  assert.deepEqual(clock.sleeps, [1000]);
});
