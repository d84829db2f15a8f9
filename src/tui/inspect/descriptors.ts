// Decodes GDT entries and IDT gates read from guest memory (Intel SDM vol. 3,
// "Segment Descriptors" and "IDT Descriptors").

export interface SegmentDescriptor {
  index: number;
  selector: number;
  base: number;
  limit: number;
  dpl: number;
  present: boolean;
  /** "code", "data", "TSS", "LDT", "call gate", ... or "null". */
  kind: string;
  /** Short attribute text: "r-x 32-bit", "rw- 32-bit", "busy". */
  attrs: string;
}

const SYSTEM_TYPES: Record<number, string> = {
  1: '16-bit TSS', 2: 'LDT', 3: '16-bit TSS (busy)', 4: '16-bit call gate', 5: 'task gate',
  6: '16-bit int gate', 7: '16-bit trap gate', 9: 'TSS', 11: 'TSS (busy)', 12: 'call gate',
  14: 'int gate', 15: 'trap gate',
};

/** Decodes one 8-byte descriptor at `bytes[offset]`. */
export function decodeSegmentDescriptor(bytes: Uint8Array, offset: number, index: number): SegmentDescriptor {
  const lo = dword(bytes, offset);
  const hi = dword(bytes, offset + 4);
  const selector = index * 8;
  if (lo === 0 && hi === 0) return { index, selector, base: 0, limit: 0, dpl: 0, present: false, kind: 'null', attrs: '' };
  const base = ((lo >>> 16) | ((hi & 0xff) << 16) | (hi & 0xff000000)) >>> 0;
  let limit = (lo & 0xffff) | (hi & 0xf0000);
  const granular = (hi >>> 23) & 1;
  if (granular) limit = ((limit << 12) | 0xfff) >>> 0;
  const type = (hi >>> 8) & 0xf;
  const s = (hi >>> 12) & 1;
  const dpl = (hi >>> 13) & 3;
  const present = ((hi >>> 15) & 1) === 1;
  const big = (hi >>> 22) & 1;
  let kind: string;
  let attrs: string;
  if (s) {
    const code = (type & 8) !== 0;
    kind = code ? 'code' : 'data';
    // Code: readable or execute-only; data: writable or read-only.
    const rwText = code ? (type & 2 ? 'r-x' : '--x') : type & 2 ? 'rw-' : 'r--';
    const extra = code ? (type & 4 ? ' conforming' : '') : type & 4 ? ' expand-down' : '';
    attrs = `${rwText} ${big ? '32' : '16'}-bit${extra}`;
  } else {
    kind = SYSTEM_TYPES[type] ?? `system type ${type}`;
    attrs = '';
  }
  return { index, selector, base, limit, dpl, present, kind, attrs };
}

export interface GateDescriptor {
  vector: number;
  present: boolean;
  selector: number;
  offset: number;
  dpl: number;
  /** "int gate", "trap gate", "task gate", ... */
  kind: string;
}

/** Decodes one 8-byte IDT entry at `bytes[offset]`. */
export function decodeGate(bytes: Uint8Array, offset: number, vector: number): GateDescriptor {
  const lo = dword(bytes, offset);
  const hi = dword(bytes, offset + 4);
  const type = (hi >>> 8) & 0xf;
  return {
    vector,
    present: ((hi >>> 15) & 1) === 1,
    selector: lo >>> 16,
    offset: ((lo & 0xffff) | (hi & 0xffff0000)) >>> 0,
    dpl: (hi >>> 13) & 3,
    kind: SYSTEM_TYPES[type] ?? `type ${type}`,
  };
}

/** Decodes a whole table of `bytes` (a GDT or an IDT image). */
export function decodeTable<T>(bytes: Uint8Array, decode: (b: Uint8Array, off: number, i: number) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i + 8 <= bytes.length; i += 8) out.push(decode(bytes, i, i / 8));
  return out;
}

function dword(b: Uint8Array, off: number): number {
  return (b[off]! | (b[off + 1]! << 8) | (b[off + 2]! << 16) | (b[off + 3]! << 24)) >>> 0;
}
