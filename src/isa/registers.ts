// Register names of the i386 as the assembler parses them and the disassembler prints them.
// The index of a name in its list is the register number used in ModRM / opcode+r encodings.

export const REG8 = ['al', 'cl', 'dl', 'bl', 'ah', 'ch', 'dh', 'bh'] as const;
export const REG16 = ['ax', 'cx', 'dx', 'bx', 'sp', 'bp', 'si', 'di'] as const;
export const REG32 = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'] as const;
export const SREG = ['es', 'cs', 'ss', 'ds', 'fs', 'gs'] as const;

/** Segment-override prefix byte for each segment register (same order as SREG). */
export const SEG_PREFIX = [0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65] as const;

/** 16-bit ModRM r/m meanings (mod != 3), used by address-size 16 decoding and encoding. */
export const MODRM16_BASES: readonly (readonly string[])[] = [
  ['bx', 'si'], ['bx', 'di'], ['bp', 'si'], ['bp', 'di'], ['si'], ['di'], ['bp'], ['bx'],
];

export type RegClass = 'gpr' | 'sreg' | 'cr' | 'dr' | 'tr' | 'st';

export interface RegInfo { cls: RegClass; num: number; size: 8 | 16 | 32 | 80 }

const regTable = new Map<string, RegInfo>();
REG8.forEach((n, i) => regTable.set(n, { cls: 'gpr', num: i, size: 8 }));
REG16.forEach((n, i) => regTable.set(n, { cls: 'gpr', num: i, size: 16 }));
REG32.forEach((n, i) => regTable.set(n, { cls: 'gpr', num: i, size: 32 }));
SREG.forEach((n, i) => regTable.set(n, { cls: 'sreg', num: i, size: 16 }));
for (let i = 0; i < 8; i++) {
  regTable.set(`cr${i}`, { cls: 'cr', num: i, size: 32 });
  regTable.set(`dr${i}`, { cls: 'dr', num: i, size: 32 });
  regTable.set(`tr${i}`, { cls: 'tr', num: i, size: 32 });
}

/** Look a register up by (case-insensitive) name; null if the name is not a register. */
export function lookupRegister(name: string): RegInfo | null {
  return regTable.get(name.toLowerCase()) ?? null;
}

/**
 * x87 stack registers ("st" is st(0); the parser also reads "st(i)"). They are only
 * registers in operands of x87 instructions, so "st" stays usable as a symbol elsewhere.
 */
export function lookupX87Register(name: string): RegInfo | null {
  const m = /^st([0-7]?)$/.exec(name.toLowerCase());
  return m ? { cls: 'st', num: Number(m[1] || 0), size: 80 } : null;
}

export function gprName(num: number, size: 8 | 16 | 32): string {
  return size === 8 ? REG8[num] : size === 16 ? REG16[num] : REG32[num];
}
