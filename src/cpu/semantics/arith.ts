// Arithmetic and logic on decoded operands (the arith and logic families):
// the group-1 operations (ADD OR ADC SBB AND SUB XOR CMP) and TEST in every
// operand shape, INC DEC NEG NOT, CMPXCHG and XADD. The flag arithmetic
// itself is in alu.ts.

import type { Cpu } from '../cpu.ts';
import type { Insn } from '../../isa/decoder.ts';
import { add, alu, dec, inc, maskTo, neg, sub } from '../alu.ts';
import { effectiveAddress, loadE, storeE } from '../interp/operands.ts';
import { isByteE, shape, unknownShape, type Semantic, type SemanticFamily, type SemanticFor } from './types.ts';

/** Group-1 index of each operation (the ModRM reg field of 80-83); TEST is AND without the store. */
const ADD = 0, OR = 1, ADC = 2, SBB = 3, AND = 4, SUB = 5, XOR = 6, CMP = 7;

/** op E, G. */
function opEGSized(cpu: Cpu, insn: Insn, kind: number, store: boolean, size: number): void {
  const g = cpu.getReg(size, insn.reg);
  if (insn.mod === 3) {
    const r = alu(cpu, kind, size, cpu.getReg(size, insn.rm), g);
    if (store) cpu.setReg(size, insn.rm, r);
    return;
  }
  updateMemory(cpu, insn, kind, store, size, g);
}

/** op E, imm (imm already sign-extended by the decoder for sIb; masked here). */
function opEISized(cpu: Cpu, insn: Insn, kind: number, store: boolean, size: number): void {
  const b = maskTo(size, insn.imm);
  if (insn.mod === 3) {
    const r = alu(cpu, kind, size, cpu.getReg(size, insn.rm), b);
    if (store) cpu.setReg(size, insn.rm, r);
    return;
  }
  updateMemory(cpu, insn, kind, store, size, b);
}

/** op G, E. */
function opGESized(cpu: Cpu, insn: Insn, kind: number, store: boolean, size: number): void {
  const b = insn.mod === 3 ? cpu.getReg(size, insn.rm) : cpu.readMem(size, insn.seg, effectiveAddress(cpu, insn));
  const r = alu(cpu, kind, size, cpu.getReg(size, insn.reg), b);
  if (store) cpu.setReg(size, insn.reg, r);
}

const opEG = (kind: number, store: boolean, byte: boolean): Semantic => (cpu, insn) =>
  opEGSized(cpu, insn, kind, store, byte ? 1 : insn.osize >> 3);
const opEI = (kind: number, store: boolean, byte: boolean): Semantic => (cpu, insn) =>
  opEISized(cpu, insn, kind, store, byte ? 1 : insn.osize >> 3);
const opGE = (kind: number, store: boolean, byte: boolean): Semantic => (cpu, insn) =>
  opGESized(cpu, insn, kind, store, byte ? 1 : insn.osize >> 3);

/** Memory destination: a dword the unchecked path can update in place needs
 *  no flag snapshot (nothing can fault after the flags change). */
function updateMemory(cpu: Cpu, insn: Insn, kind: number, store: boolean, size: number, b: number): void {
  const seg = insn.seg;
  const off = effectiveAddress(cpu, insn);
  if (!store) {
    alu(cpu, kind, size, cpu.readMem(size, seg, off), b);
    return;
  }
  if (size === 4) {
    const i = cpu.dwordIndexForUpdate(seg, off);
    if (i >= 0) {
      const ram32 = cpu.ram32;
      ram32[i] = alu(cpu, kind, 4, ram32[i], b);
      return;
    }
  }
  cpu.snapshotFlags();
  const r = alu(cpu, kind, size, cpu.readMem(size, seg, off), b);
  cpu.writeMem(size, seg, off, r);
}

/** op AL/eAX, imm. */
function opAI(kind: number, store: boolean, byte: boolean): Semantic {
  return (cpu, insn) => {
    const size = byte ? 1 : insn.osize >> 3;
    const r = alu(cpu, kind, size, cpu.getReg(size, 0), maskTo(size, insn.imm));
    if (store) cpu.setReg(size, 0, r);
  };
}

// The commonest shapes (by the bench workloads' instruction mix) as one
// function per shape that takes the operation from the instruction (opcode
// bits 3-5, or the ModRM reg field of 81/83), with a dword path that skips the
// operand-size dispatch.

/** 01 09 11 19 21 29 31 39: op Ev, Gv. */
export const aluEvGv: Semantic = (cpu, insn) => {
  const kind = (insn.opcode >> 3) & 7;
  if (insn.osize === 16) return opEGSized(cpu, insn, kind, kind !== CMP, 2);
  const regs = cpu.regs;
  if (insn.mod === 3) {
    const r = alu(cpu, kind, 4, regs[insn.rm], regs[insn.reg]);
    if (kind !== CMP) regs[insn.rm] = r;
    return;
  }
  updateMemory(cpu, insn, kind, kind !== CMP, 4, regs[insn.reg]);
};

/** 03 0B 13 1B 23 2B 33 3B: op Gv, Ev. */
export const aluGvEv: Semantic = (cpu, insn) => {
  const kind = (insn.opcode >> 3) & 7;
  if (insn.osize === 16) return opGESized(cpu, insn, kind, kind !== CMP, 2);
  const regs = cpu.regs;
  const b = insn.mod === 3 ? regs[insn.rm] : cpu.read32(insn.seg, effectiveAddress(cpu, insn));
  const r = alu(cpu, kind, 4, regs[insn.reg], b);
  if (kind !== CMP) regs[insn.reg] = r;
};

/** 81 /k and 83 /k: op Ev, Iv / sIb. */
export const aluEvImm: Semantic = (cpu, insn) => {
  const kind = insn.reg;
  if (insn.osize === 16) return opEISized(cpu, insn, kind, kind !== CMP, 2);
  if (insn.mod === 3) {
    const r = alu(cpu, kind, 4, cpu.regs[insn.rm], insn.imm | 0);
    if (kind !== CMP) cpu.regs[insn.rm] = r;
    return;
  }
  updateMemory(cpu, insn, kind, kind !== CMP, 4, insn.imm | 0);
};

/** 85: TEST Ev, Gv. */
export const testEvGv: Semantic = (cpu, insn) => {
  if (insn.osize === 16) return opEGSized(cpu, insn, AND, false, 2);
  const a = insn.mod === 3 ? cpu.regs[insn.rm] : cpu.read32(insn.seg, effectiveAddress(cpu, insn));
  alu(cpu, AND, 4, a, cpu.regs[insn.reg]);
};

function binary(kind: number, store = kind !== CMP): SemanticFor {
  return (form) => {
    switch (shape(form)) {
      case 'Eb,Gb': return opEG(kind, store, true);
      case 'Ev,Gv': return store || kind === CMP ? aluEvGv : testEvGv;
      case 'Gb,Eb': return opGE(kind, store, true);
      case 'Gv,Ev': return aluGvEv;
      case 'AL,Ib': return opAI(kind, store, true);
      case 'eAX,Iv': return opAI(kind, store, false);
      case 'Eb,Ib': return opEI(kind, store, true);
      case 'Ev,Iv': return store || kind === CMP ? aluEvImm : opEI(kind, store, false);
      case 'Ev,sIb': return aluEvImm;
      default: return unknownShape(form);
    }
  };
}

/** INC/DEC: Zv (register in the opcode), Eb, Ev. */
function step(up: boolean): SemanticFor {
  return (form) => {
    const s = shape(form);
    if (s === 'Zv') {
      return (cpu, insn) => {
        const size = insn.osize >> 3;
        const r = insn.opReg;
        cpu.setReg(size, r, up ? inc(cpu, size, cpu.getReg(size, r)) : dec(cpu, size, cpu.getReg(size, r)));
      };
    }
    const byte = isByteE(form);
    return (cpu, insn) => {
      const size = byte ? 1 : insn.osize >> 3;
      const a = loadE(cpu, insn, size);
      storeE(cpu, insn, size, up ? inc(cpu, size, a) : dec(cpu, size, a));
    };
  };
}

/** NEG/NOT Eb/Ev. */
function unary(negate: boolean): SemanticFor {
  return (form) => {
    const byte = isByteE(form);
    return (cpu, insn) => {
      const size = byte ? 1 : insn.osize >> 3;
      const a = loadE(cpu, insn, size);
      storeE(cpu, insn, size, negate ? neg(cpu, size, a) : maskTo(size, ~a));
    };
  };
}

/** CMPXCHG E, G: the destination is always written (with itself when unequal), as on the 486. */
const cmpxchg: SemanticFor = (form) => {
  const byte = shape(form) === 'Eb,Gb';
  return (cpu, insn) => {
    const size = byte ? 1 : insn.osize >> 3;
    const dest = loadE(cpu, insn, size);
    const acc = cpu.getReg(size, 0);
    sub(cpu, size, acc, dest);
    if (maskTo(size, acc) === maskTo(size, dest)) {
      storeE(cpu, insn, size, cpu.getReg(size, insn.reg));
    } else {
      storeE(cpu, insn, size, dest);
      cpu.setReg(size, 0, dest);
    }
  };
};

/** XADD E, G: memory first, so a fault leaves the register alone. */
const xadd: SemanticFor = (form) => {
  const byte = shape(form) === 'Eb,Gb';
  return (cpu, insn) => {
    const size = byte ? 1 : insn.osize >> 3;
    const dest = loadE(cpu, insn, size);
    const sum = add(cpu, size, dest, cpu.getReg(size, insn.reg));
    if (insn.mod !== 3) storeE(cpu, insn, size, sum);
    cpu.setReg(size, insn.reg, dest);
    if (insn.mod === 3) storeE(cpu, insn, size, sum);
  };
};

/** TEST: AND that only sets flags. */
const test: SemanticFor = (form) => binary(AND, false)(form);

export const ARITH: SemanticFamily = {
  add: binary(ADD), adc: binary(ADC), sbb: binary(SBB), sub: binary(SUB), cmp: binary(CMP),
  inc: step(true), dec: step(false), neg: unary(true), cmpxchg, xadd,
};

/** AND OR XOR TEST NOT: the same operand shapes, logic flags (alu.ts). */
export const LOGIC: SemanticFamily = {
  and: binary(AND), or: binary(OR), xor: binary(XOR), test, not: unary(false),
};
