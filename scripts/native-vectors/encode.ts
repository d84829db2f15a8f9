// Hand encoding of the register forms the vectors use, together with the
// text objdump prints for them (Intel syntax), so that check-encodings can
// prove every byte string means what the fixture says it means.

export type Size = 8 | 16 | 32;

const NAMES: Record<Size, readonly string[]> = {
  8: ['al', 'cl', 'dl', 'bl', 'ah', 'ch', 'dh', 'bh'],
  16: ['ax', 'cx', 'dx', 'bx', 'sp', 'bp', 'si', 'di'],
  32: ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'],
};

export const ESP = 4;

export function regName(size: Size, reg: number): string {
  return NAMES[size][reg]!;
}

/** Register numbers usable as operands of this size. ESP is left out of the
 *  16/32-bit choices because the native harness needs its stack. */
export function operandRegs(size: Size): number[] {
  return size === 8 ? [0, 1, 2, 3, 4, 5, 6, 7] : [0, 1, 2, 3, 5, 6, 7];
}

/** A ModRM byte with mod=11 (register operand). */
export function modrm(reg: number, rm: number): number {
  return 0xc0 | (reg << 3) | rm;
}

/** The operand-size prefix for 16-bit forms in 32-bit code. */
export function osize(size: Size): number[] {
  return size === 16 ? [0x66] : [];
}

/** Little-endian immediate bytes. */
export function imm(value: number, bytes: 1 | 2 | 4): number[] {
  const out: number[] = [];
  for (let i = 0; i < bytes; i++) out.push((value >>> (8 * i)) & 0xff);
  return out;
}

export function immBytes(size: Size): 1 | 2 | 4 {
  return size === 8 ? 1 : size === 16 ? 2 : 4;
}

export function mask(size: Size): number {
  return size === 32 ? 0xffffffff : (1 << size) - 1;
}

/** Sign-extends the low byte of `value` to `size` bits (the 83/6B forms). */
export function signExtend8(value: number, size: Size): number {
  return (((value << 24) >> 24) & mask(size)) >>> 0;
}

/** objdump's spelling of an immediate. */
export function hex(value: number): string {
  return '0x' + (value >>> 0).toString(16);
}

/** "mnemonic op1,op2" as objdump prints it, whitespace normalised. */
export function asmText(mnemonic: string, ...operands: string[]): string {
  return operands.length ? `${mnemonic} ${operands.join(',')}` : mnemonic;
}

/** Reads the `size`-bit register `reg` from a register file (8-bit numbers
 *  4..7 are AH, CH, DH, BH). */
export function readReg(regs: readonly number[], size: Size, reg: number): number {
  if (size === 8) return reg < 4 ? regs[reg]! & 0xff : (regs[reg - 4]! >>> 8) & 0xff;
  return (regs[reg]! & mask(size)) >>> 0;
}

/** Writes the `size`-bit register `reg`, keeping the bits outside it. */
export function writeReg(regs: number[], size: Size, reg: number, value: number): void {
  if (size === 8) {
    if (reg < 4) regs[reg] = ((regs[reg]! & ~0xff) | (value & 0xff)) >>> 0;
    else regs[reg - 4] = ((regs[reg - 4]! & ~0xff00) | ((value & 0xff) << 8)) >>> 0;
  } else if (size === 16) {
    regs[reg] = ((regs[reg]! & ~0xffff) | (value & 0xffff)) >>> 0;
  } else {
    regs[reg] = value >>> 0;
  }
}

/** The full 32-bit register a `size`-bit register number lives in. */
export function fullReg(size: Size, reg: number): number {
  return size === 8 && reg >= 0 ? reg & 3 : reg;
}

// ---- memory operands
// Some cases put their r/m operand in memory instead of a register: a
// 32-byte data window at DATA_WINDOW (mapped at the same address by the
// native harness and by the replay), operand at its middle so that bit
// strings (BT with a register offset) can reach below and above it.

export const DATA_WINDOW = 0x00c00000;
export const WINDOW_BYTES = 32;
export const OPERAND_OFFSET = 16;

/** The r/m number that means "the memory operand" rather than a register. */
export const MEM = -1;

const PTR: Record<Size, string> = { 8: 'BYTE PTR', 16: 'WORD PTR', 32: 'DWORD PTR' };

/** ModRM (and displacement) for `reg` with r/m either a register or the
 *  memory operand, addressed absolutely (mod=00, r/m=101, disp32). */
export function rmBytes(reg: number, rm: number): number[] {
  if (rm !== MEM) return [modrm(reg, rm)];
  return [(reg << 3) | 5, ...imm(DATA_WINDOW + OPERAND_OFFSET, 4)];
}

/** `seg` names the segment objdump shows for the memory operand (a
 *  segment-override prefix changes it; DS is the default). */
export function rmText(size: Size, rm: number, seg = 'ds'): string {
  return rm === MEM ? `${PTR[size]} ${seg}:${hex(DATA_WINDOW + OPERAND_OFFSET)}` : regName(size, rm);
}

/** objdump's spelling of a signed displacement: "+0x10", "-0x10", "+0x0". */
export function signedDisp(value: number, bits: 8 | 16 | 32): string {
  const v = bits === 32 ? value | 0 : bits === 16 ? (value << 16) >> 16 : (value << 24) >> 24;
  return v < 0 ? `-${hex(-v)}` : `+${hex(v)}`;
}

/** Registers and data window before an instruction. */
export interface MachineState {
  regs: number[];
  mem: number[] | null;
}

export function writeRm(state: MachineState, size: Size, rm: number, value: number): void {
  if (rm !== MEM) return writeReg(state.regs, size, rm, value);
  if (!state.mem) throw new Error('writeRm: the case has no data window');
  for (let i = 0; i < size / 8; i++) state.mem[OPERAND_OFFSET + i] = (value >>> (8 * i)) & 0xff;
}

export function readRm(state: MachineState, size: Size, rm: number): number {
  if (rm !== MEM) return readReg(state.regs, size, rm);
  if (!state.mem) throw new Error('readRm: the case has no data window');
  let v = 0;
  for (let i = 0; i < size / 8; i++) v += state.mem[OPERAND_OFFSET + i]! * 2 ** (8 * i);
  return v;
}
