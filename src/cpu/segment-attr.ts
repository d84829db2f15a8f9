// Segment register indices and descriptor attribute bits as the cache stores them.
//
// attr = bits 8..23 of a descriptor's high dword: the access byte in bits 0..7
// (type 0..3, S 4, DPL 5..6, P 7) and AVL/D-B/G in bits 12..15.

export const ES = 0;
export const CS = 1;
export const SS = 2;
export const DS = 3;
export const FS = 4;
export const GS = 5;
export const SEGMENT_NAMES = ['es', 'cs', 'ss', 'ds', 'fs', 'gs'] as const;

export const ATTR_ACCESSED = 0x01;
/** Data: writable. Code: readable. */
export const ATTR_RW = 0x02;
/** Data: expand-down. Code: conforming. */
export const ATTR_DC = 0x04;
export const ATTR_CODE = 0x08;
/** S: code or data (as opposed to a system descriptor). */
export const ATTR_S = 0x10;
export const ATTR_PRESENT = 0x80;
export const ATTR_DB = 0x4000;
export const ATTR_G = 0x8000;

export function attrDpl(attr: number): number {
  return (attr >> 5) & 3;
}

/** A decoded descriptor (from the two dwords in a GDT/LDT/IDT slot). */
export interface Descriptor {
  lo: number;
  hi: number;
  base: number;
  /** Byte limit after granularity scaling. */
  limit: number;
  attr: number;
  dpl: number;
  present: boolean;
  /** S bit clear: a system descriptor (TSS, LDT, gate). */
  system: boolean;
  /** The 4-bit type field. */
  type: number;
}

export function decodeDescriptor(lo: number, hi: number, out: Descriptor): Descriptor {
  out.lo = lo;
  out.hi = hi;
  out.base = ((lo >>> 16) | ((hi & 0xff) << 16) | (hi & 0xff000000)) >>> 0;
  let limit = (lo & 0xffff) | (hi & 0xf0000);
  if (hi & 0x800000) limit = ((limit << 12) | 0xfff) >>> 0;
  out.limit = limit;
  out.attr = (hi >>> 8) & 0xf0ff;
  out.dpl = (hi >>> 13) & 3;
  out.present = (hi & 0x8000) !== 0;
  out.system = (hi & 0x1000) === 0;
  out.type = (hi >>> 8) & 0xf;
  return out;
}

export function newDescriptor(): Descriptor {
  return { lo: 0, hi: 0, base: 0, limit: 0, attr: 0, dpl: 0, present: false, system: false, type: 0 };
}

/** What getSegment() reports about a segment register. */
export interface SegmentInfo {
  selector: number;
  base: number;
  limit: number;
  dpl: number;
  attr: number;
  type: number;
  present: boolean;
  /** Code/data descriptor (S bit). */
  codeOrData: boolean;
  code: boolean;
  /** Default operand size / stack size bit. */
  big: boolean;
  granularity: boolean;
  /** Null selector or otherwise unusable for memory access. */
  usable: boolean;
}
