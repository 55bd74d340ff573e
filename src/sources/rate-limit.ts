/** Where the time comes from: the system clock in use, a fake one in tests so that no test waits or times anything. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Spaces requests to one host at least `minIntervalMs` apart. The decision (when a request may
 * start) is separate from the waiting, so a test can read the schedule from a fake clock.
 */
export class HostRateLimiter {
  /** Earliest time (ms) the next request to each host may start. */
  private readonly nextSlot = new Map<string, number>();

  constructor(
    readonly minIntervalMs: number,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Books the next slot for the host and says when it starts. */
  reserve(host: string): number {
    const slot = Math.max(this.clock.now(), this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, slot + this.minIntervalMs);
    return slot;
  }

  /** Waits until this host may be asked again. */
  async wait(host: string): Promise<void> {
    const slot = this.reserve(host);
    const delay = slot - this.clock.now();
    if (delay > 0) await this.clock.sleep(delay);
  }
}
