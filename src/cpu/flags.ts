// EFLAGS bits and the lazy-flag encoding.
//
// Arithmetic instructions do not compute flags; they record what they did
// (kind, operand width, the two inputs and the result) and the flags are
// derived only when something reads them. Flags that the current kind does not
// cover live in Cpu.flagsBase.

export const CF = 1 << 0;
export const PF = 1 << 2;
export const AF = 1 << 4;
export const ZF = 1 << 6;
export const SF = 1 << 7;
export const TF = 1 << 8;
export const IF = 1 << 9;
export const DF = 1 << 10;
export const OF = 1 << 11;
export const IOPL = 3 << 12;
export const NT = 1 << 14;
export const RF = 1 << 16;
export const VM = 1 << 17;
export const AC = 1 << 18;
export const ID = 1 << 21;

export const ARITH_FLAGS = CF | PF | AF | ZF | SF | OF;
/** Bits a 486 lets software change (ID is Pentium and later, so it stays 0). */
export const EFLAGS_WRITABLE = ARITH_FLAGS | TF | IF | DF | IOPL | NT | RF | VM | AC;
export const EFLAGS_FIXED_ONE = 1 << 1;

/** No lazy state: every flag is in flagsBase. */
export const LAZY_NONE = 0;
/** ADD/ADC: all six arithmetic flags from dst, src, result. */
export const LAZY_ADD = 1;
/** SUB/SBB/CMP/NEG: all six from dst, src, result. */
export const LAZY_SUB = 2;
/** INC: like ADD with src 1, but CF stays in flagsBase. */
export const LAZY_INC = 3;
/** DEC: like SUB with src 1, but CF stays in flagsBase. */
export const LAZY_DEC = 4;
/** Logic, shifts, multiplies: ZF, SF, PF from the result; CF, OF, AF in flagsBase. */
export const LAZY_RESULT = 5;

/** Which flags each lazy kind computes (the rest come from flagsBase). */
export const LAZY_MASK: readonly number[] = [
  0, ARITH_FLAGS, ARITH_FLAGS, ARITH_FLAGS & ~CF, ARITH_FLAGS & ~CF, ZF | SF | PF,
];

/** PARITY[b] is PF for a result whose low byte is b (set when the count of ones is even). */
export const PARITY = (() => {
  const t = new Uint8Array(256);
  for (let i = 0; i < 256; i++) {
    let ones = 0;
    for (let b = i; b; b >>= 1) ones += b & 1;
    t[i] = ones & 1 ? 0 : PF;
  }
  return t;
})();
