import type { Clock } from "../../src/sources/rate-limit.ts";

/** A clock that only moves when something sleeps on it: tests read decisions, never wait for them. */
export class FakeClock implements Clock {
  private time = 0;
  /** Every wait asked of the clock, in order. */
  readonly sleeps: number[] = [];

  now(): number {
    return this.time;
  }

  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.time += ms;
  }

  advance(ms: number): void {
    this.time += ms;
  }
}
