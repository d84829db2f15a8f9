// The complete one-byte opcode map (the dispatch table in dispatch.ts sends
// the hottest opcodes to specialised handlers first). Simple instructions are
// handled inline; everything else calls the semantic modules.

import type { Cpu } from './cpu.ts';
import { VEC_BR, VEC_OF, VEC_UD } from './exceptions.ts';
import { AF, CF, DF, EFLAGS_FIXED_ONE, IF, IOPL, LAZY_NONE, PF, RF, SF, VM, ZF, EFLAGS_WRITABLE } from './flags.ts';
import { alu, dec, inc, maskTo, neg, setLogic, signExtend } from './alu.ts';
import { shiftRotate } from './shifts.ts';
import { div, idiv, imulTruncated, imulWide, mul } from './muldiv.ts';
import { decodeEA, loadE, memoryOperand, storeE, writeE } from './modrm.ts';
import { stringInstruction } from './string-ops.ts';
import { checkIoPermission, portIn, portOut } from './io-ops.ts';
import { aad, aam, asciiAdjust, daa, das } from './bcd.ts';
import { loadSegment } from './segmentation.ts';
import { farCall, farJump, farReturn } from './far-transfer.ts';
import { deliverInterrupt, iret, mergeFlags } from './interrupts.ts';
import { executeTwoByte } from './execute-0f.ts';
import { escape, fwait } from './x87/dispatch.ts';

const ES = 0, CS = 1, SS = 2, DS = 3, FS = 4, GS = 5;
const CR0_PE = 1;

/** Operand size in bytes for the "v" forms. */
function osize(cpu: Cpu): number {
  return cpu.opSize32 ? 4 : 2;
}

/** Immediate of `size` bytes (32-bit immediates come back signed). */
function fetchImm(cpu: Cpu, size: number): number {
  return size === 4 ? cpu.fetch32() : size === 2 ? cpu.fetch16() : cpu.fetch8();
}

/** Near jump target: masked to 16 bits for 16-bit operand size, limit-checked against CS. */
export function jumpTo(cpu: Cpu, target: number): void {
  const t = cpu.opSize32 ? target >>> 0 : target & 0xffff;
  if (t > cpu.segLimit[CS]) cpu.gp(0);
  cpu.eip = t;
}

/** Rejects instructions that need CPL 0 (in protected mode). */
export function requireCpl0(cpu: Cpu): void {
  if (cpu.cpl !== 0 && (cpu.cr0 & CR0_PE)) cpu.gp(0);
}

/** Executes one-byte opcode `op` (already fetched, prefixes decoded). */
export function execute(cpu: Cpu, op: number): void {
  switch (op) {
    // ALU ops 00-3F: the form is in the low three bits.
    case 0x00: case 0x01: case 0x02: case 0x03: case 0x04: case 0x05:
    case 0x08: case 0x09: case 0x0a: case 0x0b: case 0x0c: case 0x0d:
    case 0x10: case 0x11: case 0x12: case 0x13: case 0x14: case 0x15:
    case 0x18: case 0x19: case 0x1a: case 0x1b: case 0x1c: case 0x1d:
    case 0x20: case 0x21: case 0x22: case 0x23: case 0x24: case 0x25:
    case 0x28: case 0x29: case 0x2a: case 0x2b: case 0x2c: case 0x2d:
    case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35:
    case 0x38: case 0x39: case 0x3a: case 0x3b: case 0x3c: case 0x3d:
      aluForm(cpu, op);
      return;

    case 0x06: cpu.pushOp(cpu.segSel[ES]); return;
    case 0x0e: cpu.pushOp(cpu.segSel[CS]); return;
    case 0x16: cpu.pushOp(cpu.segSel[SS]); return;
    case 0x1e: cpu.pushOp(cpu.segSel[DS]); return;
    case 0x07: popSegment(cpu, ES); return;
    case 0x17: popSegment(cpu, SS); return;
    case 0x1f: popSegment(cpu, DS); return;
    case 0x0f: executeTwoByte(cpu, cpu.fetch8()); return;

    case 0x27: daa(cpu); return;
    case 0x2f: das(cpu); return;
    case 0x37: asciiAdjust(cpu, true); return;
    case 0x3f: asciiAdjust(cpu, false); return;

    case 0x40: case 0x41: case 0x42: case 0x43: case 0x44: case 0x45: case 0x46: case 0x47: {
      const r = op & 7, size = osize(cpu);
      cpu.setReg(size, r, inc(cpu, size, cpu.getReg(size, r)));
      return;
    }
    case 0x48: case 0x49: case 0x4a: case 0x4b: case 0x4c: case 0x4d: case 0x4e: case 0x4f: {
      const r = op & 7, size = osize(cpu);
      cpu.setReg(size, r, dec(cpu, size, cpu.getReg(size, r)));
      return;
    }
    case 0x50: case 0x51: case 0x52: case 0x53: case 0x54: case 0x55: case 0x56: case 0x57:
      if (cpu.opSize32) cpu.push32(cpu.regs[op & 7]);
      else cpu.push16(cpu.regs16[(op & 7) << 1]);
      return;
    case 0x58: case 0x59: case 0x5a: case 0x5b: case 0x5c: case 0x5d: case 0x5e: case 0x5f:
      if (cpu.opSize32) { const v = cpu.pop32(); cpu.regs[op & 7] = v; }
      else { const v = cpu.pop16(); cpu.regs16[(op & 7) << 1] = v; }
      return;

    case 0x60: pusha(cpu); return;
    case 0x61: popa(cpu); return;
    case 0x62: bound(cpu); return;
    case 0x63: arpl(cpu); return;
    case 0x68: cpu.pushOp(fetchImm(cpu, osize(cpu))); return;
    case 0x6a: cpu.pushOp(cpu.fetch8s()); return;
    case 0x69: case 0x6b: {
      const size = osize(cpu);
      const m = cpu.fetch8();
      const a = loadE(cpu, m, size);
      const b = op === 0x6b ? cpu.fetch8s() : fetchImm(cpu, size);
      cpu.setReg(size, (m >> 3) & 7, imulTruncated(cpu, size, a, b));
      return;
    }
    case 0x6c: case 0x6d: case 0x6e: case 0x6f:
      stringInstruction(cpu, op);
      return;

    case 0x70: case 0x71: case 0x72: case 0x73: case 0x74: case 0x75: case 0x76: case 0x77:
    case 0x78: case 0x79: case 0x7a: case 0x7b: case 0x7c: case 0x7d: case 0x7e: case 0x7f: {
      const rel = cpu.fetch8s();
      if (cpu.testCondition(op & 15)) jumpTo(cpu, cpu.eip + rel);
      return;
    }

    case 0x80: case 0x81: case 0x82: case 0x83: {
      const size = op & 1 ? osize(cpu) : 1;
      const m = cpu.fetch8();
      const kind = (m >> 3) & 7;
      const a = loadE(cpu, m, size);
      const b = op === 0x83 ? maskTo(size, cpu.fetch8s()) : fetchImm(cpu, size);
      const r = alu(cpu, kind, size, a, b);
      if (kind !== 7) storeE(cpu, m, size, r);
      return;
    }
    case 0x84: case 0x85: {
      const size = op & 1 ? osize(cpu) : 1;
      const m = cpu.fetch8();
      const a = loadE(cpu, m, size);
      setLogic(cpu, size, maskTo(size, a & cpu.getReg(size, (m >> 3) & 7)));
      return;
    }
    case 0x86: case 0x87: {
      const size = op & 1 ? osize(cpu) : 1;
      const m = cpu.fetch8();
      const r = (m >> 3) & 7;
      const a = loadE(cpu, m, size);
      const b = cpu.getReg(size, r);
      storeE(cpu, m, size, b);
      cpu.setReg(size, r, a);
      return;
    }
    case 0x88: {
      const m = cpu.fetch8();
      writeE(cpu, m, 1, cpu.getReg8((m >> 3) & 7));
      return;
    }
    case 0x89: {
      const m = cpu.fetch8();
      if (cpu.opSize32) {
        const v = cpu.regs[(m >> 3) & 7];
        if (m >= 0xc0) cpu.regs[m & 7] = v;
        else {
          const a = decodeEA(cpu, m);
          cpu.write32(cpu.eaSeg, a, v);
        }
      } else {
        writeE(cpu, m, 2, cpu.regs16[((m >> 3) & 7) << 1]);
      }
      return;
    }
    case 0x8a: {
      const m = cpu.fetch8();
      cpu.setReg8((m >> 3) & 7, loadE(cpu, m, 1));
      return;
    }
    case 0x8b: {
      const m = cpu.fetch8();
      if (cpu.opSize32) {
        if (m >= 0xc0) cpu.regs[(m >> 3) & 7] = cpu.regs[m & 7];
        else {
          const a = decodeEA(cpu, m);
          cpu.regs[(m >> 3) & 7] = cpu.read32(cpu.eaSeg, a);
        }
      } else {
        cpu.regs16[((m >> 3) & 7) << 1] = loadE(cpu, m, 2);
      }
      return;
    }
    case 0x8c: {
      const m = cpu.fetch8();
      const sreg = (m >> 3) & 7;
      if (sreg > 5) cpu.fault(VEC_UD, 0);
      const sel = cpu.segSel[sreg];
      if (m >= 0xc0) cpu.setReg(osize(cpu), m & 7, sel);
      else {
        const a = decodeEA(cpu, m);
        cpu.write16(cpu.eaSeg, a, sel);
      }
      return;
    }
    case 0x8d: {
      const m = cpu.fetch8();
      const a = memoryOperand(cpu, m);
      if (cpu.opSize32) cpu.regs[(m >> 3) & 7] = a;
      else cpu.regs16[((m >> 3) & 7) << 1] = a;
      return;
    }
    case 0x8e: {
      const m = cpu.fetch8();
      const sreg = (m >> 3) & 7;
      if (sreg === CS || sreg > 5) cpu.fault(VEC_UD, 0);
      loadSegment(cpu, sreg, loadE(cpu, m, 2));
      return;
    }
    case 0x8f: popToE(cpu); return;

    case 0x90: // NOP (F3 90 is PAUSE: also nothing to do)
      return;
    case 0x91: case 0x92: case 0x93: case 0x94: case 0x95: case 0x96: case 0x97: {
      const size = osize(cpu), r = op & 7;
      const t = cpu.getReg(size, r);
      cpu.setReg(size, r, cpu.getReg(size, 0));
      cpu.setReg(size, 0, t);
      return;
    }
    case 0x98:
      if (cpu.opSize32) cpu.regs[0] = (cpu.regs16[0] << 16) >> 16;
      else cpu.regs16[0] = (cpu.regs8[0] << 24) >> 24;
      return;
    case 0x99:
      if (cpu.opSize32) cpu.regs[2] = cpu.regs[0] >> 31;
      else cpu.regs16[4] = (cpu.regs16[0] << 16) >> 31;
      return;
    case 0x9a: {
      const off = fetchImm(cpu, osize(cpu)) >>> 0;
      const sel = cpu.fetch16();
      farCall(cpu, sel, off);
      return;
    }
    case 0x9b: fwait(cpu); return;
    case 0x9c: pushf(cpu); return;
    case 0x9d: popf(cpu); return;
    case 0x9e: { // SAHF
      cpu.materializeFlags();
      const mask = SF | ZF | AF | PF | CF;
      cpu.flagsBase = (cpu.flagsBase & ~mask) | (cpu.regs8[1] & mask);
      return;
    }
    case 0x9f: // LAHF
      cpu.regs8[1] = (cpu.getEflags() & 0xd5) | 2;
      return;

    case 0xa0: case 0xa1: {
      const size = op & 1 ? osize(cpu) : 1;
      const off = cpu.addrSize32 ? cpu.fetch32() >>> 0 : cpu.fetch16();
      cpu.setReg(size, 0, cpu.readMem(size, cpu.segOverride >= 0 ? cpu.segOverride : DS, off));
      return;
    }
    case 0xa2: case 0xa3: {
      const size = op & 1 ? osize(cpu) : 1;
      const off = cpu.addrSize32 ? cpu.fetch32() >>> 0 : cpu.fetch16();
      cpu.writeMem(size, cpu.segOverride >= 0 ? cpu.segOverride : DS, off, cpu.getReg(size, 0));
      return;
    }
    case 0xa4: case 0xa5: case 0xa6: case 0xa7: case 0xaa: case 0xab:
    case 0xac: case 0xad: case 0xae: case 0xaf:
      stringInstruction(cpu, op);
      return;
    case 0xa8: setLogic(cpu, 1, cpu.regs8[0] & cpu.fetch8()); return;
    case 0xa9: {
      const size = osize(cpu);
      setLogic(cpu, size, maskTo(size, cpu.getReg(size, 0) & fetchImm(cpu, size)));
      return;
    }

    case 0xb0: case 0xb1: case 0xb2: case 0xb3: case 0xb4: case 0xb5: case 0xb6: case 0xb7:
      cpu.setReg8(op & 7, cpu.fetch8());
      return;
    case 0xb8: case 0xb9: case 0xba: case 0xbb: case 0xbc: case 0xbd: case 0xbe: case 0xbf:
      if (cpu.opSize32) cpu.regs[op & 7] = cpu.fetch32();
      else cpu.regs16[(op & 7) << 1] = cpu.fetch16();
      return;

    case 0xc0: case 0xc1: case 0xd0: case 0xd1: case 0xd2: case 0xd3: {
      const size = op & 1 ? osize(cpu) : 1;
      const m = cpu.fetch8();
      const a = loadE(cpu, m, size);
      const count = (op < 0xd0 ? cpu.fetch8() : op < 0xd2 ? 1 : cpu.regs8[4]) & 31;
      if (count === 0) return;
      storeE(cpu, m, size, shiftRotate(cpu, (m >> 3) & 7, size, a, count));
      return;
    }
    case 0xc2: case 0xc3: {
      const pop = op === 0xc2 ? cpu.fetch16() : 0;
      const size = osize(cpu);
      const target = cpu.peekStack(size, 0);
      jumpTo(cpu, target);
      cpu.adjustEsp(size + pop);
      return;
    }
    case 0xc4: loadFarPointer(cpu, ES); return;
    case 0xc5: loadFarPointer(cpu, DS); return;
    case 0xc6: case 0xc7: {
      const size = op & 1 ? osize(cpu) : 1;
      const m = cpu.fetch8();
      if ((m & 0x38) !== 0) cpu.fault(VEC_UD, 0);
      if (m >= 0xc0) cpu.setReg(size, m & 7, fetchImm(cpu, size));
      else {
        const a = decodeEA(cpu, m);
        cpu.writeMem(size, cpu.eaSeg, a, fetchImm(cpu, size));
      }
      return;
    }
    case 0xc8: enter(cpu); return;
    case 0xc9: { // LEAVE
      const size = osize(cpu);
      const bp = cpu.stack32 ? cpu.regs[5] >>> 0 : cpu.regs16[10];
      const v = size === 4 ? cpu.read32(SS, bp) : cpu.read16(SS, bp);
      if (cpu.stack32) cpu.regs[4] = bp + size;
      else cpu.regs16[8] = bp + size;
      cpu.setReg(size, 5, v);
      return;
    }
    case 0xca: farReturn(cpu, cpu.fetch16()); return;
    case 0xcb: farReturn(cpu, 0); return;
    case 0xcc: deliverInterrupt(cpu, 3, -1, true, false); return;
    case 0xcd: deliverInterrupt(cpu, cpu.fetch8(), -1, true, false); return;
    case 0xce:
      if (cpu.getOF()) deliverInterrupt(cpu, VEC_OF, -1, true, false);
      return;
    case 0xcf: iret(cpu); return;

    case 0xd4: aam(cpu, cpu.fetch8()); return;
    case 0xd5: aad(cpu, cpu.fetch8()); return;
    case 0xd6: cpu.regs8[0] = cpu.getCF() ? 0xff : 0; return; // SALC (undocumented, present on the 486)
    case 0xd7: { // XLAT
      const base = cpu.addrSize32 ? (cpu.regs[3] + cpu.regs8[0]) >>> 0 : (cpu.regs16[6] + cpu.regs8[0]) & 0xffff;
      cpu.regs8[0] = cpu.read8(cpu.segOverride >= 0 ? cpu.segOverride : DS, base);
      return;
    }
    case 0xd8: case 0xd9: case 0xda: case 0xdb: case 0xdc: case 0xdd: case 0xde: case 0xdf:
      escape(cpu, op); // the x87 (x87/dispatch.ts); CR0.EM or TS raise #NM
      return;

    case 0xe0: case 0xe1: case 0xe2: {
      const rel = cpu.fetch8s();
      let count: number;
      if (cpu.addrSize32) count = cpu.regs[1] = cpu.regs[1] - 1;
      else count = cpu.regs16[2] = cpu.regs16[2] - 1;
      let take = count !== 0;
      if (op === 0xe0) take = take && cpu.getZF() === 0;
      else if (op === 0xe1) take = take && cpu.getZF() !== 0;
      if (take) jumpTo(cpu, cpu.eip + rel);
      return;
    }
    case 0xe3: {
      const rel = cpu.fetch8s();
      const count = cpu.addrSize32 ? cpu.regs[1] : cpu.regs16[2];
      if (count === 0) jumpTo(cpu, cpu.eip + rel);
      return;
    }
    case 0xe4: case 0xe5: case 0xec: case 0xed: {
      const size = op & 1 ? osize(cpu) : 1;
      const port = op < 0xe8 ? cpu.fetch8() : cpu.regs16[4];
      checkIoPermission(cpu, port, size);
      cpu.setReg(size, 0, portIn(cpu, port, size));
      cpu.breakLoop = true;
      return;
    }
    case 0xe6: case 0xe7: case 0xee: case 0xef: {
      const size = op & 1 ? osize(cpu) : 1;
      const port = op < 0xe8 ? cpu.fetch8() : cpu.regs16[4];
      checkIoPermission(cpu, port, size);
      portOut(cpu, port, size, cpu.getReg(size, 0));
      cpu.breakLoop = true;
      return;
    }
    case 0xe8: {
      const rel = fetchImm(cpu, osize(cpu));
      const ret = cpu.eip;
      const target = cpu.opSize32 ? (ret + rel) >>> 0 : (ret + rel) & 0xffff;
      if (target > cpu.segLimit[CS]) cpu.gp(0);
      cpu.pushOp(ret);
      cpu.eip = target;
      return;
    }
    case 0xe9: {
      const rel = fetchImm(cpu, osize(cpu));
      jumpTo(cpu, cpu.eip + rel);
      return;
    }
    case 0xea: {
      const off = fetchImm(cpu, osize(cpu)) >>> 0;
      const sel = cpu.fetch16();
      farJump(cpu, sel, off);
      return;
    }
    case 0xeb: {
      const rel = cpu.fetch8s();
      jumpTo(cpu, cpu.eip + rel);
      return;
    }

    case 0xf1: // ICEBP: a #DB trap without the gate DPL check
      deliverInterrupt(cpu, 1, -1, false, true);
      return;
    case 0xf4:
      requireCpl0(cpu);
      cpu.halted = true;
      cpu.breakLoop = true;
      return;
    case 0xf5: cpu.materializeFlags(); cpu.flagsBase ^= CF; return;
    case 0xf6: case 0xf7: group3(cpu, op); return;
    case 0xf8: cpu.materializeFlags(); cpu.flagsBase &= ~CF; return;
    case 0xf9: cpu.materializeFlags(); cpu.flagsBase |= CF; return;
    case 0xfa:
      checkIopl(cpu);
      cpu.flagsBase &= ~IF;
      return;
    case 0xfb:
      checkIopl(cpu);
      if (!(cpu.flagsBase & IF)) cpu.irqInhibit = true;
      cpu.flagsBase |= IF;
      cpu.breakLoop = true;
      return;
    case 0xfc: cpu.flagsBase &= ~DF; return;
    case 0xfd: cpu.flagsBase |= DF; return;
    case 0xfe: {
      const m = cpu.fetch8();
      const sub3 = (m >> 3) & 7;
      if (sub3 > 1) cpu.fault(VEC_UD, 0);
      const a = loadE(cpu, m, 1);
      storeE(cpu, m, 1, sub3 === 0 ? inc(cpu, 1, a) : dec(cpu, 1, a));
      return;
    }
    case 0xff: group5(cpu); return;

    default:
      cpu.fault(VEC_UD, 0);
  }
}

function aluForm(cpu: Cpu, op: number): void {
  const kind = (op >> 3) & 7;
  const form = op & 7;
  const size = form & 1 ? osize(cpu) : 1;
  if (form >= 4) {
    const r = alu(cpu, kind, size, cpu.getReg(size, 0), fetchImm(cpu, size));
    if (kind !== 7) cpu.setReg(size, 0, r);
    return;
  }
  const m = cpu.fetch8();
  const reg = (m >> 3) & 7;
  if (size === 4 && m >= 0xc0) {
    // Register-register dword form: the common case in compiled code.
    const regs = cpu.regs;
    const e = m & 7;
    if (form < 2) {
      const r = alu(cpu, kind, 4, regs[e], regs[reg]);
      if (kind !== 7) regs[e] = r;
    } else {
      const r = alu(cpu, kind, 4, regs[reg], regs[e]);
      if (kind !== 7) regs[reg] = r;
    }
    return;
  }
  if (form < 2) {
    const a = loadE(cpu, m, size);
    const r = alu(cpu, kind, size, a, cpu.getReg(size, reg));
    if (kind !== 7) storeE(cpu, m, size, r);
  } else {
    const b = loadE(cpu, m, size);
    const r = alu(cpu, kind, size, cpu.getReg(size, reg), b);
    if (kind !== 7) cpu.setReg(size, reg, r);
  }
}

/** CLI/STI: allowed when CPL <= IOPL (always in real mode). */
function checkIopl(cpu: Cpu): void {
  if ((cpu.cr0 & CR0_PE) && cpu.cpl > ((cpu.flagsBase & IOPL) >>> 12)) cpu.gp(0);
}

function popSegment(cpu: Cpu, seg: number): void {
  const size = osize(cpu);
  const v = cpu.peekStack(size, 0) & 0xffff;
  loadSegment(cpu, seg, v);
  cpu.adjustEsp(size);
}

/** POP Ev: ESP is incremented before the destination address is computed. */
function popToE(cpu: Cpu): void {
  const size = osize(cpu);
  const m = cpu.fetch8();
  if ((m & 0x38) !== 0) cpu.fault(VEC_UD, 0);
  const v = cpu.peekStack(size, 0);
  const oldEsp = cpu.regs[4];
  cpu.adjustEsp(size);
  try {
    writeE(cpu, m, size, v);
  } catch (e) {
    cpu.regs[4] = oldEsp;
    throw e;
  }
}

function pusha(cpu: Cpu): void {
  const size = osize(cpu);
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
}

function popa(cpu: Cpu): void {
  const size = osize(cpu);
  const values = [0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < 8; i++) values[7 - i] = cpu.peekStack(size, i * size);
  for (let i = 0; i < 8; i++) if (i !== 4) cpu.setReg(size, i, values[i]);
  cpu.adjustEsp(8 * size);
}

function bound(cpu: Cpu): void {
  const size = osize(cpu);
  const m = cpu.fetch8();
  const a = memoryOperand(cpu, m);
  const seg = cpu.eaSeg;
  const lower = signExtend(size, cpu.readMem(size, seg, a));
  const upper = signExtend(size, cpu.readMem(size, seg, (a + size) >>> 0));
  const v = signExtend(size, cpu.getReg(size, (m >> 3) & 7));
  if (v < lower || v > upper) cpu.fault(VEC_BR, 0);
}

function arpl(cpu: Cpu): void {
  if (!(cpu.cr0 & CR0_PE)) cpu.fault(VEC_UD, 0);
  const m = cpu.fetch8();
  const dest = loadE(cpu, m, 2);
  const src = cpu.getReg16((m >> 3) & 7);
  cpu.materializeFlags();
  if ((dest & 3) < (src & 3)) {
    storeE(cpu, m, 2, (dest & ~3) | (src & 3));
    cpu.flagsBase |= ZF;
  } else {
    cpu.flagsBase &= ~ZF;
  }
}

function pushf(cpu: Cpu): void {
  const f = cpu.getEflags() & ~(VM | RF);
  if (cpu.opSize32) cpu.push32(f);
  else cpu.push16(f);
}

function popf(cpu: Cpu): void {
  const size = osize(cpu);
  const v = cpu.peekStack(size, 0) >>> 0;
  const current = cpu.getEflags();
  const writable = size === 4 ? EFLAGS_WRITABLE & ~RF : EFLAGS_WRITABLE & 0xffff;
  const cpl = cpu.cr0 & CR0_PE ? cpu.cpl : 0;
  cpu.adjustEsp(size);
  cpu.flagsBase = mergeFlags(cpu, current, v, cpl, writable) | EFLAGS_FIXED_ONE;
  cpu.lazyKind = LAZY_NONE;
  cpu.updateAlignmentCheck();
  cpu.breakLoop = true;
}

/** LDS/LES/LSS/LFS/LGS: offset into Gv, selector into the segment register. */
export function loadFarPointer(cpu: Cpu, seg: number): void {
  const size = osize(cpu);
  const m = cpu.fetch8();
  const a = memoryOperand(cpu, m);
  const off = cpu.readMem(size, cpu.eaSeg, a);
  const sel = cpu.read16(cpu.eaSeg, (a + size) >>> 0);
  loadSegment(cpu, seg, sel);
  cpu.setReg(size, (m >> 3) & 7, off);
}

function enter(cpu: Cpu): void {
  const size = osize(cpu);
  const frameBytes = cpu.fetch16();
  const level = cpu.fetch8() & 31;
  const big = cpu.stack32;
  const wrap = (v: number) => (big ? v >>> 0 : v & 0xffff);
  let sp = cpu.stackPointer();
  let bp = big ? cpu.regs[5] >>> 0 : cpu.regs16[10];
  sp = wrap(sp - size);
  cpu.writeMem(size, SS, sp, cpu.getReg(size, 5));
  const frameTemp = sp;
  if (level > 0) {
    for (let i = 1; i < level; i++) {
      bp = wrap(bp - size);
      const v = cpu.readMem(size, SS, bp);
      sp = wrap(sp - size);
      cpu.writeMem(size, SS, sp, v);
    }
    sp = wrap(sp - size);
    cpu.writeMem(size, SS, sp, frameTemp);
  }
  sp = wrap(sp - frameBytes);
  cpu.setReg(size, 5, frameTemp);
  if (big) cpu.regs[4] = sp;
  else cpu.regs16[8] = sp;
}

function group3(cpu: Cpu, op: number): void {
  const size = op & 1 ? osize(cpu) : 1;
  const m = cpu.fetch8();
  const kind = (m >> 3) & 7;
  const a = loadE(cpu, m, size);
  switch (kind) {
    case 0: case 1: // TEST (/1 is an undocumented alias)
      setLogic(cpu, size, maskTo(size, a & fetchImm(cpu, size)));
      return;
    case 2: storeE(cpu, m, size, maskTo(size, ~a)); return;
    case 3: storeE(cpu, m, size, neg(cpu, size, a)); return;
    case 4: mul(cpu, size, a); return;
    case 5: imulWide(cpu, size, a); return;
    case 6: div(cpu, size, a); return;
    default: idiv(cpu, size, a); return;
  }
}

function group5(cpu: Cpu): void {
  const m = cpu.fetch8();
  const kind = (m >> 3) & 7;
  const size = osize(cpu);
  switch (kind) {
    case 0: case 1: {
      const a = loadE(cpu, m, size);
      storeE(cpu, m, size, kind === 0 ? inc(cpu, size, a) : dec(cpu, size, a));
      return;
    }
    case 2: { // CALL near indirect
      const target = loadE(cpu, m, size);
      const t = cpu.opSize32 ? target >>> 0 : target & 0xffff;
      if (t > cpu.segLimit[CS]) cpu.gp(0);
      cpu.pushOp(cpu.eip);
      cpu.eip = t;
      return;
    }
    case 3: case 5: { // CALL/JMP far through memory
      const a = memoryOperand(cpu, m);
      const off = cpu.readMem(size, cpu.eaSeg, a);
      const sel = cpu.read16(cpu.eaSeg, (a + size) >>> 0);
      const offset = size === 4 ? off >>> 0 : off;
      if (kind === 3) farCall(cpu, sel, offset);
      else farJump(cpu, sel, offset);
      return;
    }
    case 4: jumpTo(cpu, loadE(cpu, m, size)); return;
    case 6: cpu.pushOp(loadE(cpu, m, size)); return;
    default: cpu.fault(VEC_UD, 0);
  }
}
