// The stack on decoded operands: PUSH and POP of registers, segment
// registers, immediates and memory; PUSHA POPA PUSHF POPF ENTER LEAVE.

import { VM, RF, EFLAGS_FIXED_ONE, EFLAGS_WRITABLE, LAZY_NONE } from '../flags.ts';
import { loadSegment } from '../segmentation.ts';
import { mergeFlags } from '../interrupts.ts';
import { readE, writeE } from '../interp/operands.ts';
import { shape, unknownShape, type Semantic, type SemanticFamily, type SemanticFor } from './types.ts';

const SS = 2;
const CR0_PE = 1;
const SEGMENT_OPERANDS: Record<string, number> = { ES: 0, CS: 1, SS: 2, DS: 3, FS: 4, GS: 5 };

/** 50+r: PUSH Zv. */
export const pushReg: Semantic = (cpu, insn) => {
  if (insn.osize === 32) cpu.push32(cpu.regs[insn.opReg]);
  else cpu.push16(cpu.regs16[insn.opReg << 1]);
};

/** 58+r: POP Zv. */
export const popReg: Semantic = (cpu, insn) => {
  if (insn.osize === 32) {
    const v = cpu.pop32();
    cpu.regs[insn.opReg] = v;
  } else {
    const v = cpu.pop16();
    cpu.regs16[insn.opReg << 1] = v;
  }
};

const push: SemanticFor = (form) => {
  const s = shape(form);
  if (s in SEGMENT_OPERANDS) {
    const seg = SEGMENT_OPERANDS[s];
    return (cpu, insn) => {
      if (insn.osize === 32) cpu.push32(cpu.segSel[seg]);
      else cpu.push16(cpu.segSel[seg]);
    };
  }
  switch (s) {
    case 'Zv': return pushReg;
    case 'Iv': case 'sIb': return (cpu, insn) => {
      if (insn.osize === 32) cpu.push32(insn.imm);
      else cpu.push16(insn.imm);
    };
    case 'Ev': return (cpu, insn) => {
      const v = readE(cpu, insn, insn.osize >> 3);
      if (insn.osize === 32) cpu.push32(v);
      else cpu.push16(v);
    };
    default: return unknownShape(form);
  }
};

const pop: SemanticFor = (form) => {
  const s = shape(form);
  if (s in SEGMENT_OPERANDS) {
    const seg = SEGMENT_OPERANDS[s];
    return (cpu, insn) => {
      const size = insn.osize >> 3;
      loadSegment(cpu, seg, cpu.peekStack(size, 0) & 0xffff);
      cpu.adjustEsp(size);
    };
  }
  switch (s) {
    case 'Zv': return popReg;
    // POP Ev: ESP is incremented before the destination address is computed.
    case 'Ev': return (cpu, insn) => {
      const size = insn.osize >> 3;
      const v = cpu.peekStack(size, 0);
      const oldEsp = cpu.regs[4];
      cpu.adjustEsp(size);
      try {
        writeE(cpu, insn, size, v);
      } catch (e) {
        cpu.regs[4] = oldEsp;
        throw e;
      }
    };
    default: return unknownShape(form);
  }
};

/** PUSHA: every store is checked before the first one. */
const pusha: SemanticFor = () => (cpu, insn) => {
  const size = insn.osize >> 3;
  const top = cpu.stackPointer();
  const low = cpu.stack32 ? (top - 8 * size) >>> 0 : (top - 8 * size) & 0xffff;
  cpu.probeWrite(SS, low, 8 * size);
  const esp = cpu.regs[4];
  for (let i = 0; i < 8; i++) {
    const v = i === 4 ? esp : cpu.regs[i];
    const at = (low + (7 - i) * size) >>> 0;
    if (size === 4) cpu.write32(SS, at, v);
    else cpu.write16(SS, at, v);
  }
  if (cpu.stack32) cpu.regs[4] = low;
  else cpu.regs16[8] = low;
};

/** POPA: all eight reads before any register changes; the ESP slot is skipped. */
const popa: SemanticFor = () => {
  const values = [0, 0, 0, 0, 0, 0, 0, 0];
  return (cpu, insn) => {
    const size = insn.osize >> 3;
    for (let i = 0; i < 8; i++) values[7 - i] = cpu.peekStack(size, i * size);
    for (let i = 0; i < 8; i++) if (i !== 4) cpu.setReg(size, i, values[i]);
    cpu.adjustEsp(8 * size);
  };
};

const pushf: SemanticFor = () => (cpu, insn) => {
  const f = cpu.getEflags() & ~(VM | RF);
  if (insn.osize === 32) cpu.push32(f);
  else cpu.push16(f);
};

/** POPF: what may change depends on CPL and IOPL (mergeFlags). */
const popf: SemanticFor = () => (cpu, insn) => {
  const size = insn.osize >> 3;
  const v = cpu.peekStack(size, 0) >>> 0;
  const current = cpu.getEflags();
  const writable = size === 4 ? EFLAGS_WRITABLE & ~RF : EFLAGS_WRITABLE & 0xffff;
  const cpl = cpu.cr0 & CR0_PE ? cpu.cpl : 0;
  cpu.adjustEsp(size);
  cpu.flagsBase = mergeFlags(cpu, current, v, cpl, writable) | EFLAGS_FIXED_ONE;
  cpu.lazyKind = LAZY_NONE;
  cpu.updateAlignmentCheck();
  cpu.breakLoop = true;
};

/** ENTER Iw, Ib: frame size in imm, nesting level (mod 32) in imm2. */
const enter: SemanticFor = () => (cpu, insn) => {
  const size = insn.osize >> 3;
  const frameBytes = insn.imm;
  const level = insn.imm2 & 31;
  const big = cpu.stack32;
  const wrap = big ? 0xffffffff : 0xffff;
  let sp = cpu.stackPointer();
  let bp = big ? cpu.regs[5] >>> 0 : cpu.regs16[10];
  sp = ((sp - size) & wrap) >>> 0;
  cpu.writeMem(size, SS, sp, cpu.getReg(size, 5));
  const frameTemp = sp;
  if (level > 0) {
    for (let i = 1; i < level; i++) {
      bp = ((bp - size) & wrap) >>> 0;
      const v = cpu.readMem(size, SS, bp);
      sp = ((sp - size) & wrap) >>> 0;
      cpu.writeMem(size, SS, sp, v);
    }
    sp = ((sp - size) & wrap) >>> 0;
    cpu.writeMem(size, SS, sp, frameTemp);
  }
  sp = ((sp - frameBytes) & wrap) >>> 0;
  cpu.setReg(size, 5, frameTemp);
  if (big) cpu.regs[4] = sp;
  else cpu.regs16[8] = sp;
};

/** LEAVE: eSP = eBP, then pop eBP. */
const leave: SemanticFor = () => (cpu, insn) => {
  const size = insn.osize >> 3;
  const bp = cpu.stack32 ? cpu.regs[5] >>> 0 : cpu.regs16[10];
  const v = size === 4 ? cpu.read32(SS, bp) : cpu.read16(SS, bp);
  if (cpu.stack32) cpu.regs[4] = bp + size;
  else cpu.regs16[8] = bp + size;
  cpu.setReg(size, 5, v);
};

export const STACK: SemanticFamily = { push, pop, pusha, popa, pushf, popf, enter, leave };
