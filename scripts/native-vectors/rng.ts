// A small seeded PRNG (splitmix32) so every regeneration produces the same
// operands, and the edge values every group starts from.

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A uniformly random unsigned 32-bit value. */
  u32(): number {
    this.state = (this.state + 0x9e3779b9) >>> 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  }

  /** A uniformly random integer in [0, n). */
  below(n: number): number {
    return Math.floor((this.u32() / 0x1_0000_0000) * n);
  }

  bool(): boolean {
    return (this.u32() & 1) === 1;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }

  /** A value that is likelier than uniform to sit near a carry, borrow or
   *  sign boundary, which is where flag bugs live. */
  interesting(bits: 8 | 16 | 32): number {
    const mask = bits === 32 ? 0xffffffff : (1 << bits) - 1;
    switch (this.below(5)) {
      case 0:
      case 1:
        return (this.u32() & mask) >>> 0;
      case 2: // a random edge nudged by a small amount
        return ((this.pick(edgeValues(bits)) + this.below(7) - 3) & mask) >>> 0;
      case 3: // a value of random width: small magnitudes
        return this.u32() % 2 ** (1 + this.below(bits));
      default: // the negation of a small magnitude
        return (-(this.u32() % 2 ** (1 + this.below(bits - 1))) & mask) >>> 0;
    }
  }
}

const EDGES = [
  0, 1, 2, 0x7e, 0x7f, 0x80, 0x81, 0xfe, 0xff, 0x100, 0x7ffe, 0x7fff, 0x8000, 0x8001, 0xfffe, 0xffff, 0x10000,
  0x7ffffffe, 0x7fffffff, 0x80000000, 0x80000001, 0xfffffffe, 0xffffffff,
];

const edgeCache = new Map<number, number[]>();

/** The edge operands truncated to an operand size, without duplicates. */
export function edgeValues(bits: 8 | 16 | 32): number[] {
  let list = edgeCache.get(bits);
  if (!list) {
    const mask = bits === 32 ? 0xffffffff : (1 << bits) - 1;
    list = [...new Set(EDGES.map((v) => (v & mask) >>> 0))];
    edgeCache.set(bits, list);
  }
  return list;
}
