// Decodes EFLAGS into named bits and the I/O privilege level.

export interface FlagBit {
  name: string;
  bit: number;
}

export const EFLAGS_BITS: readonly FlagBit[] = [
  { name: 'CF', bit: 0 },
  { name: 'PF', bit: 2 },
  { name: 'AF', bit: 4 },
  { name: 'ZF', bit: 6 },
  { name: 'SF', bit: 7 },
  { name: 'TF', bit: 8 },
  { name: 'IF', bit: 9 },
  { name: 'DF', bit: 10 },
  { name: 'OF', bit: 11 },
  { name: 'NT', bit: 14 },
  { name: 'RF', bit: 16 },
  { name: 'VM', bit: 17 },
  { name: 'AC', bit: 18 },
];

export interface DecodedFlags {
  set: string[];
  clear: string[];
  iopl: number;
}

export function decodeEflags(eflags: number): DecodedFlags {
  const set: string[] = [];
  const clear: string[] = [];
  for (const f of EFLAGS_BITS) ((eflags >>> f.bit) & 1 ? set : clear).push(f.name);
  return { set, clear, iopl: (eflags >>> 12) & 3 };
}

export interface Cr0Bit {
  name: string;
  bit: number;
}

export const CR0_BITS: readonly Cr0Bit[] = [
  { name: 'PE', bit: 0 },
  { name: 'MP', bit: 1 },
  { name: 'EM', bit: 2 },
  { name: 'TS', bit: 3 },
  { name: 'ET', bit: 4 },
  { name: 'NE', bit: 5 },
  { name: 'WP', bit: 16 },
  { name: 'AM', bit: 18 },
  { name: 'NW', bit: 29 },
  { name: 'CD', bit: 30 },
  { name: 'PG', bit: 31 },
];

/** The names of the CR0 bits that are set. */
export function decodeCr0(cr0: number): string[] {
  return CR0_BITS.filter((b) => (cr0 >>> b.bit) & 1).map((b) => b.name);
}
