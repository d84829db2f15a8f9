// The x87 register file and control state. Registers hold IEEE doubles (see
// src/cpu/README.md, "x87 precision"): `bits` views the same storage as two
// dwords per register, so NaN payloads are copied and made bit-exactly.

/** Status word bits. TOP (bits 11-13) is kept in `top`, not in `sw`. */
export const SW_IE = 0x0001, SW_DE = 0x0002, SW_ZE = 0x0004, SW_OE = 0x0008, SW_UE = 0x0010, SW_PE = 0x0020;
export const SW_SF = 0x0040, SW_ES = 0x0080, SW_C0 = 0x0100, SW_C1 = 0x0200, SW_C2 = 0x0400, SW_C3 = 0x4000, SW_B = 0x8000;
export const SW_CC = SW_C0 | SW_C1 | SW_C2 | SW_C3;
/** The six exception flags (and the six mask bits of the control word). */
export const EXC_ALL = 0x3f;

/** Control word fields. */
export const CW_PC_SHIFT = 8, CW_RC_SHIFT = 10;
export const RC_NEAREST = 0, RC_DOWN = 1, RC_UP = 2, RC_CHOP = 3;
export const PC_24 = 0, PC_53 = 2, PC_64 = 3;

/** Tag values as FNSTENV/FNSAVE write them. */
export const TAG_VALID = 0, TAG_ZERO = 1, TAG_SPECIAL = 2, TAG_EMPTY = 3;

export class Fpu {
  /** Physical registers R0..R7; ST(i) is R[(top + i) & 7]. */
  readonly regs = new Float64Array(8);
  /** The same storage as [low dword, high dword] pairs. */
  readonly bits = new Uint32Array(this.regs.buffer);
  /** 1 when the physical register is empty. The other tag values are derived from the contents. */
  readonly empty = new Uint8Array(8);
  top = 0;
  cw = 0x037f;
  /** Status word without TOP. */
  sw = 0;
  /** Last instruction pointer (offset, CS selector, 11-bit opcode) and last data pointer. */
  fip = 0;
  fcs = 0;
  fop = 0;
  fdp = 0;
  fds = 0;
  /** Exceptions raised by the instruction being executed (SW_IE..SW_PE); committed by the dispatcher. */
  raised = 0;

  constructor() {
    this.init();
  }

  /** After RESET (as Intel documents it): CW 0040, SW 0, every register +0 and tagged full. */
  powerOn(): void {
    this.init();
    this.cw = 0x0040;
    this.regs.fill(0);
    this.empty.fill(0);
  }

  /** FNINIT: CW 037F (all masked, 64-bit precision, nearest), SW 0, all tags empty, pointers 0. */
  init(): void {
    this.cw = 0x037f;
    this.sw = 0;
    this.top = 0;
    this.empty.fill(1);
    this.fip = this.fcs = this.fop = this.fdp = this.fds = 0;
    this.raised = 0;
  }

  /** The status word as FNSTSW stores it (with TOP). */
  statusWord(): number {
    return (this.sw & ~0x3800) | (this.top << 11);
  }

  /** Loads a status word (FLDENV/FRSTOR): TOP goes to `top`. */
  setStatusWord(v: number): void {
    this.top = (v >> 11) & 7;
    this.sw = v & ~0x3800 & 0xffff;
  }

  rc(): number {
    return (this.cw >> CW_RC_SHIFT) & 3;
  }

  pc(): number {
    return (this.cw >> CW_PC_SHIFT) & 3;
  }

  /** Physical index of ST(i). */
  phys(i: number): number {
    return (this.top + i) & 7;
  }

  isEmpty(i: number): boolean {
    return this.empty[(this.top + i) & 7] === 1;
  }

  get(i: number): number {
    return this.regs[(this.top + i) & 7];
  }

  /** Writes ST(i) (marks it full). */
  set(i: number, v: number): void {
    const p = (this.top + i) & 7;
    this.regs[p] = v;
    this.empty[p] = 0;
  }

  /** Writes ST(i) from raw double bits (NaNs keep their payload). */
  setBits(i: number, lo: number, hi: number): void {
    const p = (this.top + i) & 7;
    this.bits[2 * p] = lo;
    this.bits[2 * p + 1] = hi;
    this.empty[p] = 0;
  }

  /** Copies ST(from) to ST(to) bit-exactly. */
  copy(to: number, from: number): void {
    const f = (this.top + from) & 7;
    this.setBits(to, this.bits[2 * f], this.bits[2 * f + 1]);
  }

  /** High dword of ST(i)'s double. */
  hi(i: number): number {
    return this.bits[2 * ((this.top + i) & 7) + 1];
  }

  lo(i: number): number {
    return this.bits[2 * ((this.top + i) & 7)];
  }

  /** Marks ST(0) empty and increments TOP. */
  pop(): void {
    this.empty[this.top] = 1;
    this.top = (this.top + 1) & 7;
  }

  /** Decrements TOP (the caller then writes ST(0)). */
  decTop(): void {
    this.top = (this.top + 7) & 7;
  }

  /** The tag word: 2 bits per physical register, from the contents. */
  tagWord(): number {
    let tw = 0;
    for (let p = 0; p < 8; p++) tw |= this.tagOf(p) << (2 * p);
    return tw;
  }

  /** A register's tag. A double that is denormal is normal in the 80-bit format: valid. */
  tagOf(p: number): number {
    if (this.empty[p]) return TAG_EMPTY;
    const hi = this.bits[2 * p + 1];
    if ((hi & 0x7ff00000) === 0x7ff00000) return TAG_SPECIAL;
    return this.regs[p] === 0 ? TAG_ZERO : TAG_VALID;
  }

  /** FLDENV/FRSTOR: only "empty" is taken from a tag word; the rest follows the contents. */
  setTagWord(tw: number): void {
    for (let p = 0; p < 8; p++) this.empty[p] = ((tw >> (2 * p)) & 3) === TAG_EMPTY ? 1 : 0;
  }
}
