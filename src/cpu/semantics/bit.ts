// Bit instructions on decoded operands: BT BTS BTR BTC (register and
// immediate offsets), BSF BSR, SETcc, SALC.

import type { Cpu } from '../cpu.ts';
import { CF, ZF } from '../flags.ts';
import { maskTo } from '../alu.ts';
import { effectiveAddress, loadE, readE, storeE, writeE } from '../interp/operands.ts';
import { shape, unknownShape, type SemanticFamily, type SemanticFor } from './types.ts';

const BT = 0, BTS = 1, BTR = 2, BTC = 3;

/** Applies op to bit `bit` of v and sets CF to the old bit. */
function applyBitOp(cpu: Cpu, op: number, v: number, bit: number): number {
  const mask = 1 << bit;
  cpu.materializeFlags();
  cpu.flagsBase = (cpu.flagsBase & ~CF) | ((v & mask) !== 0 ? CF : 0);
  return op === BTS ? v | mask : op === BTR ? v & ~mask : op === BTC ? v ^ mask : v;
}

function bitTest(op: number): SemanticFor {
  return (form) => {
    const s = shape(form);
    if (s === 'Ev,Ib') {
      // The offset is taken modulo the operand width.
      return (cpu, insn) => {
        const size = insn.osize >> 3;
        const v = loadE(cpu, insn, size);
        const r = applyBitOp(cpu, op, v, insn.imm & (size * 8 - 1));
        if (op !== BT) storeE(cpu, insn, size, maskTo(size, r));
      };
    }
    if (s !== 'Ev,Gv') return unknownShape(form);
    // With a memory operand the signed bit offset in Gv may reach outside the operand.
    return (cpu, insn) => {
      const size = insn.osize >> 3;
      const bits = size * 8;
      const offset = cpu.getReg(size, insn.reg);
      if (insn.mod === 3) {
        const v = applyBitOp(cpu, op, cpu.getReg(size, insn.rm), offset & (bits - 1));
        if (op !== BT) cpu.setReg(size, insn.rm, maskTo(size, v));
        return;
      }
      const signed = size === 4 ? offset | 0 : (offset << 16) >> 16;
      const base = effectiveAddress(cpu, insn);
      const displacement = Math.floor(signed / bits) * size;
      const addr = insn.asize === 32 ? (base + displacement) >>> 0 : (base + displacement) & 0xffff;
      const v = cpu.readMem(size, insn.seg, addr);
      cpu.snapshotFlags();
      const r = applyBitOp(cpu, op, v, signed & (bits - 1));
      if (op !== BT) cpu.writeMem(size, insn.seg, addr, maskTo(size, r));
    };
  };
}

/** BSF / BSR: ZF=1 and the destination unchanged when the source is zero. */
function bitScan(reverse: boolean): SemanticFor {
  return () => (cpu, insn) => {
    const size = insn.osize >> 3;
    const v = readE(cpu, insn, size) >>> 0;
    cpu.materializeFlags();
    if (v === 0) {
      cpu.flagsBase |= ZF;
      return;
    }
    cpu.flagsBase &= ~ZF;
    cpu.setReg(size, insn.reg, reverse ? 31 - Math.clz32(v) : 31 - Math.clz32(v & -v));
  };
}

export const BIT: SemanticFamily = {
  bt: bitTest(BT), bts: bitTest(BTS), btr: bitTest(BTR), btc: bitTest(BTC),
  bsf: bitScan(false), bsr: bitScan(true),
  setcc: () => (cpu, insn) => writeE(cpu, insn, 1, cpu.testCondition(insn.opcode & 15) ? 1 : 0),
  // SALC (undocumented, present on the 486): AL = CF ? FF : 0.
  salc: () => (cpu) => { cpu.regs8[0] = cpu.getCF() ? 0xff : 0; },
};
