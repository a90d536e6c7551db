/** A small seeded PRNG (mulberry32): same seed, same sequence, on every machine and Node version. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

/**
 * Draws indexes 0..n-1 with probability proportional to 1/(i+1)^s: index 0 is the biggest hub, most
 * indexes are drawn rarely. s = 1 gives the long tail of investor portfolios and employers.
 */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(
    readonly n: number,
    s: number,
  ) {
    this.cumulative = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      total += 1 / Math.pow(i + 1, s);
      this.cumulative[i] = total;
    }
    for (let i = 0; i < n; i++) this.cumulative[i] /= total;
  }

  draw(random: Random): number {
    const x = random.next();
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * Zipf draws in which no index is drawn more than `cap` times: a full index is drawn again, so the
 * tail keeps its shape and the hubs stop at the cap (uncapped, s = 1 over 5,000 investors puts a
 * fifth of all funding rounds on the first one, a degree no real investor has).
 */
export class CappedZipf {
  private readonly counts: Uint32Array;

  constructor(
    private readonly zipf: Zipf,
    readonly cap: number,
  ) {
    this.counts = new Uint32Array(zipf.n);
  }

  draw(random: Random): number {
    for (let tries = 0; tries < 64; tries++) {
      const i = this.zipf.draw(random);
      if (this.counts[i] < this.cap) {
        this.counts[i]++;
        return i;
      }
    }
    // Almost every likely index is full: the next one with room after a random start.
    const start = random.int(0, this.zipf.n - 1);
    for (let k = 0; k < this.zipf.n; k++) {
      const i = (start + k) % this.zipf.n;
      if (this.counts[i] < this.cap) {
        this.counts[i]++;
        return i;
      }
    }
    return start; // every index is at the cap: more draws than n * cap, nothing left to spread
  }
}
