// Segment registers on decoded operands: MOV to and from them, and the far
// pointer loads LES LDS LSS LFS LGS. Descriptor checks are in segmentation.ts.

import type { Cpu } from '../cpu.ts';
import type { Insn } from '../../isa/decoder.ts';
import { VEC_UD } from '../exceptions.ts';
import { loadSegment } from '../segmentation.ts';
import { effectiveAddress, readE } from '../interp/operands.ts';
import type { Semantic, SemanticFamily, SemanticFor } from './types.ts';

const ES = 0, CS = 1, SS = 2, DS = 3, FS = 4, GS = 5;

/** MOV Sw, Esw: CS cannot be loaded this way. */
export const loadSegmentFromE: Semantic = (cpu, insn) => {
  if (insn.reg === CS) cpu.fault(VEC_UD, 0);
  loadSegment(cpu, insn.reg, readE(cpu, insn, 2));
};

/** MOV Esw, Sw: a register gets the selector at the operand size, memory a word. */
export const storeSegmentToE: Semantic = (cpu, insn) => {
  const sel = cpu.segSel[insn.reg];
  if (insn.mod === 3) cpu.setReg(insn.osize >> 3, insn.rm, sel);
  else cpu.write16(insn.seg, effectiveAddress(cpu, insn), sel);
};

/** The offset and selector of a far pointer in memory (Mp): offset of the operand size, then the selector. */
export function readFarPointer(cpu: Cpu, insn: Insn): { off: number; sel: number } {
  const size = insn.osize >> 3;
  const a = effectiveAddress(cpu, insn);
  farPointer.off = cpu.readMem(size, insn.seg, a);
  farPointer.sel = cpu.read16(insn.seg, (a + size) >>> 0);
  return farPointer;
}

const farPointer = { off: 0, sel: 0 };

/** LDS/LES/LSS/LFS/LGS Gv, Mp: the selector is loaded (and checked) before Gv changes. */
function loadFar(seg: number): SemanticFor {
  return () => (cpu, insn) => {
    const p = readFarPointer(cpu, insn);
    const off = p.off;
    loadSegment(cpu, seg, p.sel);
    cpu.setReg(insn.osize >> 3, insn.reg, off);
  };
}

export const SEGMENT: SemanticFamily = {
  les: loadFar(ES), lds: loadFar(DS), lss: loadFar(SS), lfs: loadFar(FS), lgs: loadFar(GS),
};
