/**
 * Per-host concurrency with additive-increase / multiplicative-decrease: a 429 halves the number of
 * requests in flight to that host, each success lets it creep back up to the ceiling. This paces
 * the client to what a registry tolerates instead of failing on its rate limits.
 */
export class HostLimiter {
  private limit: number;
  private readonly ceiling: number;
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  private successes = 0;

  constructor(ceiling: number) {
    this.ceiling = ceiling;
    this.limit = ceiling;
  }

  get currentLimit(): number {
    return this.limit;
  }

  async acquire(): Promise<() => void> {
    // A waiter is woken with its slot already counted (see wake), so that one release admits one.
    if (this.active >= this.limit) await new Promise<void>((resolvePromise) => this.waiting.push(resolvePromise));
    else this.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
      this.wake();
    };
  }

  throttled(): void {
    this.limit = Math.max(1, Math.floor(this.limit / 2));
    this.successes = 0;
  }

  succeeded(): void {
    if (this.limit >= this.ceiling) return;
    if (++this.successes >= this.limit) {
      this.limit++;
      this.successes = 0;
      this.wake();
    }
  }

  /**
   * Hands free slots to waiters. The slot is counted here, not when the waiter resumes (a microtask
   * later): counting it late let one release wake every waiter at once, past the limit.
   */
  private wake(): void {
    while (this.active < this.limit && this.waiting.length > 0) {
      this.active++;
      this.waiting.shift()?.();
    }
  }
}
