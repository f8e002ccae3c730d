/**
 * Sign-in throttling with exponential back-off, per key (an account's e-mail, whether or not the account exists, and
 * a client's address). After `free` failures in a row, each further failure makes the key wait twice as long as the
 * one before, from 1 second up to `maxSeconds`; a success clears the key. In memory, like the write rate limit: one
 * instance; several instances would keep it in a shared store.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; until: number; last: number }>();

  constructor(
    private readonly free: number,
    private readonly maxSeconds = 15 * 60,
  ) {}

  /** Seconds `key` must still wait before trying again; 0 when it may try now. */
  wait(key: string, now: number): number {
    const entry = this.failures.get(key);
    return entry && entry.until > now ? Math.ceil((entry.until - now) / 1000) : 0;
  }

  fail(key: string, now: number): void {
    if (this.failures.size > 50_000) this.sweep(now);
    const known = this.failures.get(key);
    const entry = known && now - known.last < 86_400_000 ? known : { count: 0, until: 0, last: now }; // a day quiet: afresh
    entry.count += 1;
    entry.last = now;
    const over = entry.count - this.free;
    entry.until = over > 0 ? now + Math.min(2 ** (over - 1), this.maxSeconds) * 1000 : 0;
    this.failures.set(key, entry);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }

  /** Forgets keys quiet for a day (their count would restart anyway after so long). */
  private sweep(now: number) {
    for (const [key, entry] of this.failures) if (now - entry.last > 86_400_000 && entry.until <= now) this.failures.delete(key);
  }
}
