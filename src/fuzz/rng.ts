// A small seeded PRNG (mulberry32): every fuzz case is reproducible from
// (campaign seed, case number) alone, without running the cases before it.

export class Rng {
  private a: number;
  constructor(seed: number) { this.a = seed >>> 0; }

  /** A number in [0, 1). */
  next(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  chance(p: number): boolean { return this.next() < p; }
  pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.next() * xs.length)]!; }
  /** Mostly small, sometimes huge: 1..max on a log scale. */
  logInt(max: number): number { return Math.max(1, Math.floor(Math.exp(this.next() * Math.log(max)))); }
}

/** The seed of case `index` of the campaign with seed `seed`. */
export function caseSeed(seed: number, index: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
