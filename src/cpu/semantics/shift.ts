// Shifts and rotates on decoded operands: group 2 (by 1, CL or imm8) and
// SHLD/SHRD. The count is masked to 5 bits; a zero count writes nothing and
// changes no flag. The bit arithmetic is in shifts.ts.

import type { Cpu } from '../cpu.ts';
import type { Insn } from '../../isa/decoder.ts';
import { shiftRotate, shld, shrd } from '../shifts.ts';
import { effectiveAddress, loadE, storeE } from '../interp/operands.ts';
import { shape, unknownShape, type SemanticFamily, type SemanticFor } from './types.ts';

/** Where the count comes from: 0 imm8, 1 the constant 1, 2 CL. */
function countOf(cpu: Cpu, insn: Insn, from: number): number {
  return (from === 0 ? insn.imm : from === 1 ? 1 : cpu.regs8[4]) & 31;
}

function group2(op: number): SemanticFor {
  return (form) => {
    const [dest, src] = form.operands;
    if ((dest !== 'Eb' && dest !== 'Ev') || (src !== 'Ib' && src !== 'one' && src !== 'CL')) return unknownShape(form);
    const byte = dest === 'Eb';
    const from = src === 'Ib' ? 0 : src === 'one' ? 1 : 2;
    return (cpu, insn) => {
      const size = byte ? 1 : insn.osize >> 3;
      const count = countOf(cpu, insn, from);
      if (insn.mod === 3) {
        if (count !== 0) cpu.setReg(size, insn.rm, shiftRotate(cpu, op, size, cpu.getReg(size, insn.rm), count));
        return;
      }
      // Memory: read (and fault) even for a zero count, as the 486 does.
      const off = effectiveAddress(cpu, insn);
      const a = cpu.readMem(size, insn.seg, off);
      if (count === 0) return;
      cpu.snapshotFlags();
      cpu.writeMem(size, insn.seg, off, shiftRotate(cpu, op, size, a, count));
    };
  };
}

/** SHLD/SHRD Ev, Gv, Ib/CL. */
function double(left: boolean): SemanticFor {
  return (form) => {
    const s = shape(form);
    if (s !== 'Ev,Gv,Ib' && s !== 'Ev,Gv,CL') return unknownShape(form);
    const byCl = s === 'Ev,Gv,CL';
    return (cpu, insn) => {
      const size = insn.osize >> 3;
      const d = loadE(cpu, insn, size);
      const src = cpu.getReg(size, insn.reg);
      const count = (byCl ? cpu.regs8[4] : insn.imm) & 31;
      if (count === 0) return;
      storeE(cpu, insn, size, left ? shld(cpu, size, d, src, count) : shrd(cpu, size, d, src, count));
    };
  };
}

export const SHIFT: SemanticFamily = {
  rol: group2(0), ror: group2(1), rcl: group2(2), rcr: group2(3), shl: group2(4), shr: group2(5), sar: group2(7),
  shld: double(true), shrd: double(false),
};
