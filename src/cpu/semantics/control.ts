// Control transfer on decoded operands: Jcc JMP CALL RET (near and far),
// LOOP/LOOPcc/JCXZ, INT n/INT3/INT1/INTO, IRET, BOUND, HLT. Near targets are
// masked to the operand size and checked against the CS limit; far transfers,
// interrupts and IRET are in far-transfer.ts and interrupts.ts.

import type { Cpu } from '../cpu.ts';
import { VEC_BR, VEC_OF } from '../exceptions.ts';
import { signExtend } from '../alu.ts';
import { farCall, farJump, farReturn } from '../far-transfer.ts';
import { deliverInterrupt, iret } from '../interrupts.ts';
import { effectiveAddress, readE } from '../interp/operands.ts';
import { readFarPointer } from './segment.ts';
import { shape, unknownShape, type Semantic, type SemanticFamily, type SemanticFor } from './types.ts';

const CS = 1;
const CR0_PE = 1;

/** Near jump: the target wraps to the operand size and must lie inside CS. */
export function jumpNear(cpu: Cpu, osize: number, target: number): void {
  const t = osize === 32 ? target >>> 0 : target & 0xffff;
  if (t > cpu.segLimit[CS]) cpu.gp(0);
  cpu.eip = t;
}

/** Rejects instructions that need CPL 0 (in protected mode). */
export function requireCpl0(cpu: Cpu): void {
  if (cpu.cpl !== 0 && (cpu.cr0 & CR0_PE)) cpu.gp(0);
}

/** Jcc: the condition is the low nibble of the opcode (70-7F, 0F 80-8F). */
export const jccRel: Semantic = (cpu, insn) => {
  if (cpu.testCondition(insn.opcode & 15)) jumpNear(cpu, insn.osize, cpu.eip + insn.rel);
};

/** JMP Jb / Jv. */
export const jmpRel: Semantic = (cpu, insn) => jumpNear(cpu, insn.osize, cpu.eip + insn.rel);

const jmp: SemanticFor = (form) => {
  switch (shape(form)) {
    case 'Jb': case 'Jv': return jmpRel;
    case 'Ev': return (cpu, insn) => jumpNear(cpu, insn.osize, readE(cpu, insn, insn.osize >> 3));
    case 'Ap': return (cpu, insn) => farJump(cpu, insn.imm2, insn.imm);
    case 'Mp': return (cpu, insn) => {
      const p = readFarPointer(cpu, insn);
      farJump(cpu, p.sel, insn.osize === 32 ? p.off >>> 0 : p.off);
    };
    default: return unknownShape(form);
  }
};

/** CALL near: the target is checked before the return address is pushed. */
function callNear(cpu: Cpu, osize: number, target: number): void {
  const t = osize === 32 ? target >>> 0 : target & 0xffff;
  if (t > cpu.segLimit[CS]) cpu.gp(0);
  if (osize === 32) cpu.push32(cpu.eip);
  else cpu.push16(cpu.eip);
  cpu.eip = t;
}

/** E8: CALL Jv. */
export const callRel: Semantic = (cpu, insn) => callNear(cpu, insn.osize, cpu.eip + insn.rel);

const call: SemanticFor = (form) => {
  switch (shape(form)) {
    case 'Jv': return callRel;
    case 'Ev': return (cpu, insn) => callNear(cpu, insn.osize, readE(cpu, insn, insn.osize >> 3));
    case 'Ap': return (cpu, insn) => farCall(cpu, insn.imm2, insn.imm);
    case 'Mp': return (cpu, insn) => {
      const p = readFarPointer(cpu, insn);
      farCall(cpu, p.sel, insn.osize === 32 ? p.off >>> 0 : p.off);
    };
    default: return unknownShape(form);
  }
};

/** C3 / C2 Iw: RET [Iw]; ESP moves only after the target passed the limit check (imm is 0 without Iw). */
export const retNear: Semantic = (cpu, insn) => {
  const size = insn.osize >> 3;
  jumpNear(cpu, insn.osize, cpu.peekStack(size, 0));
  cpu.adjustEsp(size + insn.imm);
};

const ret: SemanticFor = () => retNear;

const retf: SemanticFor = (form) => {
  const withImm = shape(form) === 'Iw';
  return (cpu, insn) => farReturn(cpu, withImm ? insn.imm : 0);
};

/** LOOP/LOOPE/LOOPNE: eCX (by address size) counts down; zf: -1 any, 1 needs ZF, 0 needs !ZF. */
function loop(zf: number): SemanticFor {
  return () => (cpu, insn) => {
    let count: number;
    if (insn.asize === 32) count = cpu.regs[1] = cpu.regs[1] - 1;
    else count = cpu.regs16[2] = cpu.regs16[2] - 1;
    let take = count !== 0;
    if (zf === 1) take = take && cpu.getZF() !== 0;
    else if (zf === 0) take = take && cpu.getZF() === 0;
    if (take) jumpNear(cpu, insn.osize, cpu.eip + insn.rel);
  };
}

/** JCXZ/JECXZ: the count register is chosen by the address size. */
const jcxz: SemanticFor = () => (cpu, insn) => {
  const count = insn.asize === 32 ? cpu.regs[1] : cpu.regs16[2];
  if (count === 0) jumpNear(cpu, insn.osize, cpu.eip + insn.rel);
};

/** BOUND Gv, Ma: signed bounds at [m] and [m + size]. */
const bound: SemanticFor = () => (cpu, insn) => {
  const size = insn.osize >> 3;
  const a = effectiveAddress(cpu, insn);
  const lower = signExtend(size, cpu.readMem(size, insn.seg, a));
  const upper = signExtend(size, cpu.readMem(size, insn.seg, (a + size) >>> 0));
  const v = signExtend(size, cpu.getReg(size, insn.reg));
  if (v < lower || v > upper) cpu.fault(VEC_BR, 0);
};

const hlt: SemanticFor = () => (cpu) => {
  requireCpl0(cpu);
  cpu.halted = true;
  cpu.breakLoop = true;
};

const int: Semantic = (cpu, insn) => deliverInterrupt(cpu, insn.imm, -1, true, false);

export const CONTROL: SemanticFamily = {
  jcc: () => jccRel, jmp, call, ret, retf, loop: loop(-1), loope: loop(1), loopne: loop(0), jcxz, jecxz: jcxz, bound, hlt,
  int: () => int,
  int3: () => (cpu) => deliverInterrupt(cpu, 3, -1, true, false),
  // ICEBP: a #DB trap without the gate DPL check.
  int1: () => (cpu) => deliverInterrupt(cpu, 1, -1, false, true),
  into: () => (cpu) => {
    if (cpu.getOF()) deliverInterrupt(cpu, VEC_OF, -1, true, false);
  },
  iret: () => (cpu) => iret(cpu),
};
