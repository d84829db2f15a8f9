// String instructions (MOVS CMPS STOS LODS SCAS INS OUTS) with REP/REPE/REPNE.
// Each iteration commits ESI/EDI/ECX only after its memory accesses, so a
// fault leaves the registers describing the completed iterations and the
// restarted instruction carries on from there.

import type { Cpu } from './cpu.ts';
import { DF } from './flags.ts';
import { sub } from './alu.ts';
import { checkIoPermission, portIn, portOut } from './io-ops.ts';

const ES = 0;
const DS = 3;
/** Iterations per execution before yielding (EIP stays on the instruction) so interrupts get in. */
const CHUNK = 4096;

function sourceIndex(cpu: Cpu): number {
  return cpu.addrSize32 ? cpu.regs[6] >>> 0 : cpu.regs16[12];
}

function destIndex(cpu: Cpu): number {
  return cpu.addrSize32 ? cpu.regs[7] >>> 0 : cpu.regs16[14];
}

function advanceSource(cpu: Cpu, delta: number): void {
  if (cpu.addrSize32) cpu.regs[6] += delta;
  else cpu.regs16[12] += delta;
}

function advanceDest(cpu: Cpu, delta: number): void {
  if (cpu.addrSize32) cpu.regs[7] += delta;
  else cpu.regs16[14] += delta;
}

/** One iteration of string opcode `op` (0xA4..0xAF or 0x6C..0x6F). */
function iterate(cpu: Cpu, op: number, size: number, delta: number, srcSeg: number): void {
  switch (op & 0xfe) {
    case 0xa4: { // MOVS
      const v = cpu.readMem(size, srcSeg, sourceIndex(cpu));
      cpu.writeMem(size, ES, destIndex(cpu), v);
      advanceSource(cpu, delta);
      advanceDest(cpu, delta);
      return;
    }
    case 0xa6: { // CMPS: flags from [ESI] - [EDI]
      const a = cpu.readMem(size, srcSeg, sourceIndex(cpu));
      const b = cpu.readMem(size, ES, destIndex(cpu));
      sub(cpu, size, a, b);
      advanceSource(cpu, delta);
      advanceDest(cpu, delta);
      return;
    }
    case 0xaa: // STOS
      cpu.writeMem(size, ES, destIndex(cpu), cpu.getReg(size, 0));
      advanceDest(cpu, delta);
      return;
    case 0xac: // LODS
      cpu.setReg(size, 0, cpu.readMem(size, srcSeg, sourceIndex(cpu)));
      advanceSource(cpu, delta);
      return;
    case 0xae: // SCAS: flags from accumulator - [EDI]
      sub(cpu, size, cpu.getReg(size, 0), cpu.readMem(size, ES, destIndex(cpu)));
      advanceDest(cpu, delta);
      return;
    case 0x6c: { // INS: check the destination before reading the port (port reads have side effects)
      const di = destIndex(cpu);
      cpu.probeWrite(ES, di, size);
      cpu.writeMem(size, ES, di, portIn(cpu, cpu.regs16[4], size));
      advanceDest(cpu, delta);
      return;
    }
    default: { // OUTS
      const v = cpu.readMem(size, srcSeg, sourceIndex(cpu));
      portOut(cpu, cpu.regs16[4], size, v);
      advanceSource(cpu, delta);
    }
  }
}

export function stringInstruction(cpu: Cpu, op: number): void {
  const size = (op & 1) === 0 ? 1 : cpu.opSize32 ? 4 : 2;
  const delta = cpu.flagsBase & DF ? -size : size;
  const srcSeg = cpu.segOverride >= 0 ? cpu.segOverride : DS;
  const io = op < 0x70;
  if (io) {
    checkIoPermission(cpu, cpu.regs16[4], size);
    cpu.breakLoop = true;
  }
  if (cpu.repPrefix === 0) {
    iterate(cpu, op, size, delta, srcSeg);
    return;
  }
  const compares = (op & 0xf6) === 0xa6; // CMPS, SCAS look at ZF
  const stopOnZero = cpu.repPrefix === 2; // REPNE stops when equal
  let count = cpu.addrSize32 ? cpu.regs[1] >>> 0 : cpu.regs16[2];
  let n = 0;
  while (count !== 0) {
    iterate(cpu, op, size, delta, srcSeg);
    count = count - 1;
    if (cpu.addrSize32) cpu.regs[1] = count;
    else cpu.regs16[2] = count;
    if (compares && (cpu.getZF() !== 0) === stopOnZero) return;
    if (++n === CHUNK && count !== 0) {
      cpu.eip = cpu.startEip;
      cpu.breakLoop = true;
      return;
    }
  }
}
