// The two-byte (0F xx) opcode map of the 486. Everything not listed is #UD
// (including CMOVcc, RDTSC and the other Pentium additions).

import type { Cpu } from './cpu.ts';
import { VEC_UD } from './exceptions.ts';
import { imulTruncated } from './muldiv.ts';
import { shld, shrd } from './shifts.ts';
import { loadE, storeE, writeE } from './modrm.ts';
import { loadSegment } from './segmentation.ts';
import { jumpTo, loadFarPointer, requireCpl0 } from './execute.ts';
import { bitScan, bitTestImmediate, bitTestRegister, bswap, cmpxchg, xadd } from './bit-ops.ts';
import { clts, cpuid, group6, group7, larLsl, moveControlRegister, moveDebugRegister } from './system-ops.ts';

const SS = 2, FS = 4, GS = 5;

/** Executes two-byte opcode 0F `op` (the second byte already fetched). */
export function executeTwoByte(cpu: Cpu, op: number): void {
  switch (op) {
    case 0x00: group6(cpu); return;
    case 0x01: group7(cpu); return;
    case 0x02: larLsl(cpu, false); return;
    case 0x03: larLsl(cpu, true); return;
    case 0x06: clts(cpu); return;
    case 0x08: case 0x09: requireCpl0(cpu); return; // INVD, WBINVD: no caches to manage
    case 0x0b: cpu.fault(VEC_UD, 0); return;         // UD2
    case 0x20: moveControlRegister(cpu, false); return;
    case 0x21: moveDebugRegister(cpu, false); return;
    case 0x22: moveControlRegister(cpu, true); return;
    case 0x23: moveDebugRegister(cpu, true); return;

    case 0x80: case 0x81: case 0x82: case 0x83: case 0x84: case 0x85: case 0x86: case 0x87:
    case 0x88: case 0x89: case 0x8a: case 0x8b: case 0x8c: case 0x8d: case 0x8e: case 0x8f: {
      const rel = cpu.opSize32 ? cpu.fetch32() : (cpu.fetch16() << 16) >> 16;
      if (cpu.testCondition(op & 15)) jumpTo(cpu, cpu.eip + rel);
      return;
    }
    case 0x90: case 0x91: case 0x92: case 0x93: case 0x94: case 0x95: case 0x96: case 0x97:
    case 0x98: case 0x99: case 0x9a: case 0x9b: case 0x9c: case 0x9d: case 0x9e: case 0x9f: {
      const m = cpu.fetch8();
      writeE(cpu, m, 1, cpu.testCondition(op & 15) ? 1 : 0);
      return;
    }

    case 0xa0: cpu.pushOp(cpu.segSel[FS]); return;
    case 0xa8: cpu.pushOp(cpu.segSel[GS]); return;
    case 0xa1: case 0xa9: {
      const size = cpu.opSize32 ? 4 : 2;
      loadSegment(cpu, op === 0xa1 ? FS : GS, cpu.peekStack(size, 0) & 0xffff);
      cpu.adjustEsp(size);
      return;
    }
    case 0xa2: cpuid(cpu); return;
    case 0xa3: bitTestRegister(cpu, 0); return;
    case 0xab: bitTestRegister(cpu, 1); return;
    case 0xb3: bitTestRegister(cpu, 2); return;
    case 0xbb: bitTestRegister(cpu, 3); return;
    case 0xba: {
      const m = cpu.fetch8();
      const kind = (m >> 3) & 7;
      if (kind < 4) cpu.fault(VEC_UD, 0);
      bitTestImmediate(cpu, m, kind - 4);
      return;
    }
    case 0xa4: case 0xa5: case 0xac: case 0xad: {
      const size = cpu.opSize32 ? 4 : 2;
      const m = cpu.fetch8();
      const d = loadE(cpu, m, size);
      const s = cpu.getReg(size, (m >> 3) & 7);
      const count = ((op & 1) === 0 ? cpu.fetch8() : cpu.regs8[4]) & 31;
      if (count === 0) return;
      storeE(cpu, m, size, op < 0xa8 ? shld(cpu, size, d, s, count) : shrd(cpu, size, d, s, count));
      return;
    }
    case 0xaf: {
      const size = cpu.opSize32 ? 4 : 2;
      const m = cpu.fetch8();
      const b = loadE(cpu, m, size);
      const r = (m >> 3) & 7;
      cpu.setReg(size, r, imulTruncated(cpu, size, cpu.getReg(size, r), b));
      return;
    }
    case 0xb0: cmpxchg(cpu, true); return;
    case 0xb1: cmpxchg(cpu, false); return;
    case 0xb2: loadFarPointer(cpu, SS); return;
    case 0xb4: loadFarPointer(cpu, FS); return;
    case 0xb5: loadFarPointer(cpu, GS); return;
    case 0xb6: case 0xb7: case 0xbe: case 0xbf: {
      const size = cpu.opSize32 ? 4 : 2;
      const m = cpu.fetch8();
      const wordSource = (op & 1) !== 0;
      let v = loadE(cpu, m, wordSource ? 2 : 1);
      if (op >= 0xbe) v = wordSource ? (v << 16) >> 16 : (v << 24) >> 24;
      cpu.setReg(size, (m >> 3) & 7, v);
      return;
    }
    case 0xbc: bitScan(cpu, false); return;
    case 0xbd: bitScan(cpu, true); return;
    case 0xc0: xadd(cpu, true); return;
    case 0xc1: xadd(cpu, false); return;
    case 0xc8: case 0xc9: case 0xca: case 0xcb: case 0xcc: case 0xcd: case 0xce: case 0xcf:
      bswap(cpu, op & 7);
      return;
    default:
      cpu.fault(VEC_UD, 0);
  }
}
