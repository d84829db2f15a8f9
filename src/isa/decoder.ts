// The one decoder: instruction bytes → an Insn record, driven by the table in
// table.ts (no opcode knowledge of its own). The disassembler formats Insn
// records; the CPU's block compiler compiles them. Decoding reads bytes through
// a callback so that each user chooses where they come from (a buffer, guest
// RAM) and what running out of them means.

import { FORMS, type Form } from './table.ts';

/** Segment register numbers (the order of the ModRM Sw field). */
const ES = 0, SS = 2, DS = 3;
const SEG_OF_PREFIX: Record<number, number> = { 0x26: 0, 0x2e: 1, 0x36: 2, 0x3e: 3, 0x64: 4, 0x65: 5 };

/** One decoded instruction. Register numbers are ModRM numbers (0 = eAX .. 7 = eDI). */
export class Insn {
  /** The table form: mnemonic, operand kinds, semantic id and facts. */
  form!: Form;
  length = 0;
  /** Opcode key: the byte, or 0x100 | second byte after 0x0F. */
  opcode = 0;
  osize: 16 | 32 = 32;
  asize: 16 | 32 = 32;
  /** Prefix bytes in the order they appeared (the disassembler prints the unused ones). */
  prefixes: number[] = [];
  opsizePrefix = false;
  adsizePrefix = false;
  /** Segment override (0 ES .. 5 GS), or -1. */
  segOverride = -1;
  /** 0 none, 1 REP/REPE (F3), 2 REPNE (F2): the last one given wins. */
  rep = 0;
  lock = false;
  /** The ModRM byte, or -1; mod/reg/rm are its fields (mod 3 for CRn/DRn moves whatever the byte says). */
  modrm = -1;
  mod = 0;
  reg = 0;
  rm = 0;
  /** The instruction has a memory operand described by base/index/scale/disp (ModRM memory or moffs). */
  hasMemory = false;
  /** Base register, or -1. With 16-bit addressing: BX=3, BP=5, SI=6, DI=7. */
  base = -1;
  /** Index register, or -1 (ESP cannot be an index; 16-bit: SI or DI). */
  index = -1;
  /** SIB scale as a shift (0..3); kept when there is no index (objdump prints eiz*N). */
  scale = 0;
  /** Displacement, signed (a 16-bit absolute address is kept unsigned). */
  disp = 0;
  /** Bytes of displacement (0, 1, 2, 4). */
  dispSize = 0;
  /** The SIB byte, or -1. */
  sib = -1;
  /** Segment of the memory operand: the override, or DS/SS by base register. */
  seg = DS;
  /** Register number from the low opcode bits (+r forms). */
  opReg = 0;
  /** First immediate (Ib Iw Iv sIb as decoded: sIb sign-extended; Ap's offset; ENTER's size). */
  imm = 0;
  /** Second immediate (Ap's selector, ENTER's nesting level). */
  imm2 = 0;
  /** Relative branch displacement (Jb, Jv), signed. */
  rel = 0;
}

/** Why bytes did not decode. */
export type DecodeFailure = 'invalid' | 'truncated' | 'too-long';

/** Forms indexed by opcode key, decodable ones only. */
const BY_OPCODE: Form[][] = (() => {
  const index: Form[][] = Array.from({ length: 0x200 }, () => []);
  for (const f of FORMS) {
    if (f.assembleOnly) continue;
    const key = f.opcode.length === 2 ? 0x100 | f.opcode[1] : f.opcode[0];
    for (let r = 0; r < (f.plusReg ? 8 : 1); r++) index[key + r].push(f);
  }
  return index;
})();

const MEMORY_ONLY: ReadonlySet<string> = new Set(['M', 'Mb', 'Mp', 'Ma', 'Ms', 'Mw', 'Md', 'Mq', 'Mt', 'Mx']);

const IMM_BYTES: Record<string, (osize: number) => number> = {
  Ib: () => 1, sIb: () => 1, Iw: () => 2, Iv: (o) => o / 8,
};

/**
 * Decodes one instruction. `read(i)` returns the byte at offset i from the
 * instruction's start, or -1 when there is none. `bits` is the code segment's
 * default operand and address size. Returns an Insn, or why it failed.
 */
export function decodeInsn(read: (i: number) => number, bits: 16 | 32): Insn | DecodeFailure {
  const insn = new Insn();
  let pos = 0;
  let failure: DecodeFailure | null = null;
  const byte = (): number => {
    if (pos >= 15) { failure = 'too-long'; throw STOP; }
    const b = read(pos);
    if (b < 0) { failure = 'truncated'; throw STOP; }
    pos++;
    return b;
  };
  try {
    return decodeBody(insn, byte, bits, () => pos) ?? 'invalid';
  } catch (e) {
    if (e === STOP && failure) return failure;
    throw e;
  }
}

const STOP = { stop: true };

function decodeBody(insn: Insn, byte: () => number, bits: 16 | 32, at: () => number): Insn | null {
  let b = byte();
  for (;;) {
    if (b === 0x66) insn.opsizePrefix = true;
    else if (b === 0x67) insn.adsizePrefix = true;
    else if (b === 0xf0) insn.lock = true;
    else if (b === 0xf2) insn.rep = 2;
    else if (b === 0xf3) insn.rep = 1;
    else if (b in SEG_OF_PREFIX) insn.segOverride = SEG_OF_PREFIX[b];
    else break;
    insn.prefixes.push(b);
    b = byte();
  }
  const osize = insn.osize = (bits === 32) !== insn.opsizePrefix ? 32 : 16;
  const asize = insn.asize = (bits === 32) !== insn.adsizePrefix ? 32 : 16;
  let op = b;
  if (op === 0x0f) op = 0x100 | byte();
  insn.opcode = op;
  insn.opReg = op & 7;
  const candidates = BY_OPCODE[op];
  if (candidates.length === 0) return null;
  const modrm = candidates[0].modrm ? byte() : -1;
  const mod = modrm >> 6, regField = (modrm >> 3) & 7, rmField = modrm & 7;
  const form = candidates.find((f) =>
    (f.ext === null || f.ext === regField) && (f.osize === null || f.osize === osize) && !(f.noOpsizePrefix && insn.opsizePrefix) &&
    (f.asize === null || f.asize === asize) &&
    (f.mod === null || (f.mod === 'mem' ? mod !== 3 : mod === 3)) && (f.rm === null || f.rm === rmField));
  if (!form) return null;
  // Memory-only operands with a register ModRM, and segment register numbers 6 and 7, are undefined.
  if (mod === 3 && form.operands.some((k) => MEMORY_ONLY.has(k)) && !form.operands.includes('Rd')) return null;
  if (regField >= 6 && form.operands.includes('Sw')) return null;
  insn.form = form;
  if (modrm >= 0) {
    insn.modrm = modrm;
    insn.reg = regField;
    insn.rm = rmField;
    // Moves to and from CRn/DRn/TRn always name a register: the mod bits are ignored.
    insn.mod = form.operands.includes('Rd') ? 3 : mod;
    if (insn.mod !== 3) decodeAddress(insn, byte, asize);
  }
  for (const kind of form.operands) {
    const immBytes = IMM_BYTES[kind];
    if (immBytes) {
      const n = immBytes(osize);
      let v = readLE(byte, n);
      if (kind === 'sIb') v = (v << 24) >> 24;
      // ENTER Iw,Ib and SHLD/SHRD Ev,Gv,Ib: the second immediate of a form goes to imm2.
      if (kind === 'Ib' && form.operands[0] === 'Iw') insn.imm2 = v;
      else insn.imm = v;
    } else if (kind === 'Jb') {
      insn.rel = (byte() << 24) >> 24;
    } else if (kind === 'Jv') {
      insn.rel = osize === 16 ? (readLE(byte, 2) << 16) >> 16 : readLE(byte, 4) | 0;
    } else if (kind === 'Ob' || kind === 'Ov') {
      insn.hasMemory = true;
      insn.dispSize = asize / 8;
      insn.disp = readLE(byte, asize / 8);
      insn.seg = insn.segOverride >= 0 ? insn.segOverride : DS;
    } else if (kind === 'Ap') {
      insn.imm = readLE(byte, osize / 8);
      insn.imm2 = readLE(byte, 2);
    } else if (kind === 'Xb' || kind === 'Xv' || kind === 'Bb') {
      insn.seg = insn.segOverride >= 0 ? insn.segOverride : DS;
    } else if ((kind === 'Yb' || kind === 'Yv') && !form.operands.some((k) => k[0] === 'X')) {
      insn.seg = ES;
    }
  }
  insn.length = at();
  return insn;
}

function readLE(byte: () => number, n: number): number {
  let v = 0;
  for (let i = 0; i < n; i++) v |= byte() << (8 * i);
  return v >>> 0;
}

const BASE16 = [3, 3, 5, 5, 6, 7, 5, 3];
const INDEX16 = [6, 7, 6, 7, -1, -1, -1, -1];

/** The memory form of a ModRM byte (and its SIB and displacement). */
function decodeAddress(insn: Insn, byte: () => number, asize: 16 | 32): void {
  const { mod, rm } = insn;
  insn.hasMemory = true;
  let ssDefault = false;
  if (asize === 16) {
    if (mod === 0 && rm === 6) {
      insn.dispSize = 2;
      insn.disp = readLE(byte, 2);
    } else {
      insn.base = BASE16[rm];
      insn.index = INDEX16[rm];
      ssDefault = insn.base === 5;
      if (mod === 1) { insn.dispSize = 1; insn.disp = (byte() << 24) >> 24; }
      else if (mod === 2) { insn.dispSize = 2; insn.disp = (readLE(byte, 2) << 16) >> 16; }
    }
  } else {
    let forceDisp32 = false;
    if (rm === 4) {
      const sib = insn.sib = byte();
      const idx = (sib >> 3) & 7, bs = sib & 7;
      insn.scale = sib >> 6;
      if (idx !== 4) insn.index = idx;
      if (bs === 5 && mod === 0) forceDisp32 = true;
      else insn.base = bs;
    } else if (rm === 5 && mod === 0) {
      forceDisp32 = true;
    } else {
      insn.base = rm;
    }
    ssDefault = insn.base === 4 || insn.base === 5;
    if (forceDisp32 || mod === 2) { insn.dispSize = 4; insn.disp = readLE(byte, 4) | 0; }
    else if (mod === 1) { insn.dispSize = 1; insn.disp = (byte() << 24) >> 24; }
  }
  insn.seg = insn.segOverride >= 0 ? insn.segOverride : ssDefault ? SS : DS;
}
