/**
 * A per-client fixed-window limit on writes, in memory. Enough for one reference server; a center running
 * several instances would move it to a shared store.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts a request; returns the seconds to wait when the client is over the limit, else 0. */
  take(client: string, now = Date.now()): number {
    if (this.windows.size > 10_000) this.sweep(now);
    let window = this.windows.get(client);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(client, window);
    }
    window.count += 1;
    return window.count > this.limit ? Math.ceil((window.resetAt - now) / 1000) : 0;
  }

  private sweep(now: number) {
    for (const [client, window] of this.windows) if (window.resetAt <= now) this.windows.delete(client);
  }
}
