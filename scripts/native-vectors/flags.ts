// EFLAGS status bits, and the undefined-flag masks the Intel SDM documents
// for each instruction family (Vol. 2 "Flags Affected" sections and Vol. 1
// Appendix A). A flag in a mask is not compared by the replay; every other
// status flag is, including the ones an instruction must leave unchanged.

export const CF = 0x001;
export const PF = 0x004;
export const AF = 0x010;
export const ZF = 0x040;
export const SF = 0x080;
export const OF = 0x800;
/** The direction flag: an input for the string instructions, never compared. */
export const DF = 0x400;

/** The six status flags the vectors set on input and compare on output. */
export const STATUS = CF | PF | AF | ZF | SF | OF;

export const FLAG_NAMES: ReadonlyArray<readonly [number, string]> = [
  [CF, 'CF'],
  [PF, 'PF'],
  [AF, 'AF'],
  [ZF, 'ZF'],
  [SF, 'SF'],
  [OF, 'OF'],
];

/** AND/OR/XOR/TEST: OF=CF=0, SF/ZF/PF from the result, AF undefined. */
export const UNDEF_LOGIC = AF;
/** MUL/IMUL: only CF and OF are defined. */
export const UNDEF_MUL = SF | ZF | AF | PF;
/** DIV/IDIV: every status flag is undefined. */
export const UNDEF_DIV = STATUS;
/** DAA/DAS: OF undefined. */
export const UNDEF_DAA = OF;
/** AAA/AAS: only AF and CF are defined. */
export const UNDEF_AAA = OF | SF | ZF | PF;
/** AAM/AAD: only SF, ZF and PF are defined. */
export const UNDEF_AAM = OF | AF | CF;
/** BT/BTS/BTR/BTC: CF is the bit, ZF unchanged, the rest undefined. */
export const UNDEF_BT = OF | SF | AF | PF;
/** BSF/BSR: only ZF is defined. */
export const UNDEF_BSF = CF | OF | SF | AF | PF;

export type ShiftOp = 'rol' | 'ror' | 'rcl' | 'rcr' | 'shl' | 'shr' | 'sar';

/** Undefined flags after a shift or rotate by `count` (before masking to 5
 *  bits) of a `bits`-wide operand. A masked count of 0 changes no flag; OF
 *  is defined only for a masked count of 1; shifts leave AF undefined; SHL
 *  and SHR leave CF undefined when the count reaches the operand width. */
export function shiftUndefined(op: ShiftOp, bits: number, count: number): number {
  const c = count & 0x1f;
  if (c === 0) return 0;
  let undef = c === 1 ? 0 : OF;
  if (op === 'shl' || op === 'shr' || op === 'sar') undef |= AF;
  if ((op === 'shl' || op === 'shr') && c >= bits) undef |= CF;
  return undef;
}

/** Undefined flags after SHLD/SHRD. A count above the operand width (only
 *  possible for 16-bit operands) makes the result and every flag undefined. */
export function doubleShiftUndefined(bits: number, count: number): number {
  const c = count & 0x1f;
  if (c === 0) return 0;
  if (c > bits) return STATUS;
  return AF | (c === 1 ? 0 : OF);
}

/** "CF ZF" style list of the flags set in `value`, for messages. */
export function flagList(value: number): string {
  const names = FLAG_NAMES.filter(([bit]) => value & bit).map(([, name]) => name);
  return names.length ? names.join(' ') : '-';
}
