// Data movement on decoded operands: MOV (registers, memory, immediates,
// moffs; segment registers are in segment.ts), MOVZX MOVSX LEA XCHG BSWAP
// XLAT, the accumulator sign extensions; and NOP (the misc family).

import { effectiveAddress, readE, writeE } from '../interp/operands.ts';
import { shape, unknownShape, type Semantic, type SemanticFamily, type SemanticFor } from './types.ts';
import { loadSegmentFromE, storeSegmentToE } from './segment.ts';

// The commonest forms, with dword paths that skip the operand-size dispatch.

/** 88: MOV Eb, Gb. */
export const movEbGb: Semantic = (cpu, insn) => writeE(cpu, insn, 1, cpu.getReg8(insn.reg));

/** 8A: MOV Gb, Eb. */
const movGbEb: Semantic = (cpu, insn) => cpu.setReg8(insn.reg, readE(cpu, insn, 1));

/** 89: MOV Ev, Gv. */
export const movEvGv: Semantic = (cpu, insn) => {
  if (insn.osize === 16) return writeE(cpu, insn, 2, cpu.regs16[insn.reg << 1]);
  const v = cpu.regs[insn.reg];
  if (insn.mod === 3) cpu.regs[insn.rm] = v;
  else cpu.write32(insn.seg, effectiveAddress(cpu, insn), v);
};

/** 8B: MOV Gv, Ev. */
export const movGvEv: Semantic = (cpu, insn) => {
  if (insn.osize === 16) return cpu.setReg16(insn.reg, readE(cpu, insn, 2));
  cpu.regs[insn.reg] = insn.mod === 3 ? cpu.regs[insn.rm] : cpu.read32(insn.seg, effectiveAddress(cpu, insn));
};

/** B8+r: MOV Zv, Iv. */
export const movZvIv: Semantic = (cpu, insn) => {
  if (insn.osize === 32) cpu.regs[insn.opReg] = insn.imm;
  else cpu.regs16[insn.opReg << 1] = insn.imm;
};

const movEI = (byte: boolean): Semantic => (cpu, insn) => {
  writeE(cpu, insn, byte ? 1 : insn.osize >> 3, insn.imm);
};

const movZI = (byte: boolean): Semantic => (cpu, insn) => {
  cpu.setReg(byte ? 1 : insn.osize >> 3, insn.opReg, insn.imm);
};

/** MOV AL/eAX, moffs and back: the address is the displacement alone. */
const movAO = (byte: boolean, load: boolean): Semantic => (cpu, insn) => {
  const size = byte ? 1 : insn.osize >> 3;
  const off = insn.asize === 32 ? insn.disp >>> 0 : insn.disp & 0xffff;
  if (load) cpu.setReg(size, 0, cpu.readMem(size, insn.seg, off));
  else cpu.writeMem(size, insn.seg, off, cpu.getReg(size, 0));
};

const mov: SemanticFor = (form) => {
  switch (shape(form)) {
    case 'Eb,Gb': return movEbGb;
    case 'Ev,Gv': return movEvGv;
    case 'Gb,Eb': return movGbEb;
    case 'Gv,Ev': return movGvEv;
    case 'Eb,Ib': return movEI(true);
    case 'Ev,Iv': return movEI(false);
    case 'Zb,Ib': return movZI(true);
    case 'Zv,Iv': return movZvIv;
    case 'AL,Ob': return movAO(true, true);
    case 'eAX,Ov': return movAO(false, true);
    case 'Ob,AL': return movAO(true, false);
    case 'Ov,eAX': return movAO(false, false);
    case 'Esw,Sw': return storeSegmentToE;
    case 'Sw,Esw': return loadSegmentFromE;
    default: return unknownShape(form);
  }
};

/** 0F B6: MOVZX Gv, Eb. */
export const movzxGvEb: Semantic = (cpu, insn) => cpu.setReg(insn.osize >> 3, insn.reg, readE(cpu, insn, 1));

/** 0F BE: MOVSX Gv, Eb. */
export const movsxGvEb: Semantic = (cpu, insn) =>
  cpu.setReg(insn.osize >> 3, insn.reg, (readE(cpu, insn, 1) << 24) >> 24);

/** MOVZX/MOVSX Gv, Eb/Ew. */
const extend = (signed: boolean): SemanticFor => (form) => {
  const s = shape(form);
  if (s === 'Gv,Eb') return signed ? movsxGvEb : movzxGvEb;
  if (s !== 'Gv,Ew') return unknownShape(form);
  return (cpu, insn) => {
    const v = readE(cpu, insn, 2);
    cpu.setReg(insn.osize >> 3, insn.reg, signed ? (v << 16) >> 16 : v);
  };
};

/** LEA Gv, M: the offset, truncated to the operand size. */
const lea: SemanticFor = () => (cpu, insn) => {
  cpu.setReg(insn.osize >> 3, insn.reg, effectiveAddress(cpu, insn));
};

/** XCHG E, G (memory first: a fault changes nothing) and XCHG r, eAX. */
const xchg: SemanticFor = (form) => {
  const s = shape(form);
  if (s === 'Zv,eAX') {
    return (cpu, insn) => {
      const size = insn.osize >> 3, r = insn.opReg;
      const t = cpu.getReg(size, r);
      cpu.setReg(size, r, cpu.getReg(size, 0));
      cpu.setReg(size, 0, t);
    };
  }
  if (s !== 'Eb,Gb' && s !== 'Ev,Gv') return unknownShape(form);
  const byte = s === 'Eb,Gb';
  return (cpu, insn) => {
    const size = byte ? 1 : insn.osize >> 3;
    const b = cpu.getReg(size, insn.reg);
    if (insn.mod === 3) {
      cpu.setReg(size, insn.reg, cpu.getReg(size, insn.rm));
      cpu.setReg(size, insn.rm, b);
      return;
    }
    const off = effectiveAddress(cpu, insn);
    const a = cpu.readMem(size, insn.seg, off);
    cpu.writeMem(size, insn.seg, off, b);
    cpu.setReg(size, insn.reg, a);
  };
};

/** BSWAP r32 (a 16-bit operand is undefined; Intel parts clear the word). */
const bswap: SemanticFor = () => (cpu, insn) => {
  const r = insn.opReg;
  if (insn.osize === 16) {
    cpu.regs16[r << 1] = 0;
    return;
  }
  const v = cpu.regs[r];
  cpu.regs[r] = ((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24);
};

/** XLAT: AL = [seg:eBX + AL]. */
const xlat: SemanticFor = () => (cpu, insn) => {
  const off = insn.asize === 32 ? (cpu.regs[3] + cpu.regs8[0]) >>> 0 : (cpu.regs16[6] + cpu.regs8[0]) & 0xffff;
  cpu.regs8[0] = cpu.read8(insn.seg, off);
};

export const MOVE: SemanticFamily = {
  mov, movzx: extend(false), movsx: extend(true), lea, xchg, bswap, xlat,
  cbw: () => (cpu) => { cpu.regs16[0] = (cpu.regs8[0] << 24) >> 24; },
  cwde: () => (cpu) => { cpu.regs[0] = (cpu.regs16[0] << 16) >> 16; },
  cwd: () => (cpu) => { cpu.regs16[4] = (cpu.regs16[0] << 16) >> 31; },
  cdq: () => (cpu) => { cpu.regs[2] = cpu.regs[0] >> 31; },
};

export const MISC: SemanticFamily = {
  // F3 90 (PAUSE) is a NOP too.
  nop: () => () => {},
};
