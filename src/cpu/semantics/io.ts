// Port I/O on decoded operands: IN and OUT (port in imm8 or DX) and the
// string forms INS/OUTS (string.ts). Every I/O ends the inner loop: a device
// may have raised an interrupt.

import { checkIoPermission, portIn, portOut } from '../io-ops.ts';
import type { SemanticFamily, SemanticFor } from './types.ts';

function io(output: boolean): SemanticFor {
  return (form) => {
    const kinds = form.operands;
    const byte = kinds.includes('AL');
    const fromDx = kinds.includes('DX');
    return (cpu, insn) => {
      const size = byte ? 1 : insn.osize >> 3;
      const port = fromDx ? cpu.regs16[4] : insn.imm;
      checkIoPermission(cpu, port, size);
      if (output) portOut(cpu, port, size, cpu.getReg(size, 0));
      else cpu.setReg(size, 0, portIn(cpu, port, size));
      cpu.breakLoop = true;
    };
  };
}

export const IO: SemanticFamily = { in: io(false), out: io(true) };
