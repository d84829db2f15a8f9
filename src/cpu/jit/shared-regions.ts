// Compiled regions shared by every Cpu in the process. A region's code
// depends only on its roots, its fetch window (EIPs), the CS limit and the
// code bytes, not on where the page is in RAM or on the Cpu: the next boot,
// or the next test, finds the region it compiled before by those and by
// comparing the bytes, and skips decoding, emitting and V8's warm-up.

import type { RegionFunction } from './compile-region.ts';

export interface SharedRegion {
  /** EIP [from, to) pairs of the code bytes, sorted and merged, and the bytes. */
  readonly spans: Float64Array;
  readonly bytes: Uint8Array;
  readonly fn: RegionFunction;
  /** Block starts with their block numbers and instructions. */
  readonly cases: Map<number, { pc: number; count: number }>;
  readonly insns: number;
  readonly native: number;
}

const regions = new Map<string, SharedRegion[]>();
/** Keys at most (then the map starts again), and variants (different bytes) per key. */
const MAX_KEYS = 1 << 12;
const MAX_VARIANTS = 4;

export function regionKey(roots: readonly number[], windowStart: number, windowEnd: number, csLimit: number): string {
  return `${roots.join(',')}|${windowStart}|${windowEnd}|${csLimit}`;
}

/** Whether `ram` holds the region's bytes when EIP `e` is at physical `e + delta`. */
export function sameBytes(r: SharedRegion, ram: Uint8Array, delta: number): boolean {
  const { spans, bytes } = r;
  let k = 0;
  for (let s = 0; s < spans.length; s += 2) {
    for (let i = spans[s] + delta, end = spans[s + 1] + delta; i < end; i++) if (ram[i] !== bytes[k++]) return false;
  }
  return true;
}

export function findShared(key: string, ram: Uint8Array, delta: number): SharedRegion | null {
  const list = regions.get(key);
  if (list === undefined) return null;
  for (const r of list) if (sameBytes(r, ram, delta)) return r;
  return null;
}

export function addShared(key: string, r: SharedRegion): void {
  let list = regions.get(key);
  if (list === undefined) {
    if (regions.size >= MAX_KEYS) regions.clear();
    regions.set(key, (list = []));
  }
  if (list.length >= MAX_VARIANTS) list.shift();
  list.push(r);
}

/** [from, to) pairs sorted and merged where they touch or overlap. */
export function mergeSpans(pairs: readonly number[]): Float64Array {
  const list: [number, number][] = [];
  for (let i = 0; i < pairs.length; i += 2) list.push([pairs[i], pairs[i + 1]]);
  list.sort((p, q) => p[0] - q[0]);
  const out: number[] = [];
  for (const [from, to] of list) {
    if (out.length > 0 && from <= out[out.length - 1]) out[out.length - 1] = Math.max(out[out.length - 1], to);
    else out.push(from, to);
  }
  return Float64Array.from(out);
}
