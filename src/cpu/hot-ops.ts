// Specialised handlers for the opcodes compiled code executes most (32-bit
// operand size). Each falls back to the general decoder for other sizes, so
// the semantics stay defined in one place per instruction family.

import type { Cpu } from './cpu.ts';
import { AF, CF, LAZY_ADD, LAZY_DEC, LAZY_INC, LAZY_RESULT, LAZY_SUB, OF } from './flags.ts';
import { decodeEA } from './modrm.ts';
import { execute, jumpTo } from './execute.ts';
import { executeTwoByte } from './execute-0f.ts';
import { imulTruncated } from './muldiv.ts';
import { VEC_UD } from './exceptions.ts';
import { shiftRotate } from './shifts.ts';

const CS = 1;
const SS = 2;

/** Dword ADD OR ADC SBB AND SUB XOR CMP (by group-1 index) with lazy flags. */
export function alu32(cpu: Cpu, kind: number, a: number, b: number): number {
  let r: number;
  switch (kind) {
    case 0: r = (a + b) | 0; cpu.lazyKind = LAZY_ADD; break;
    case 2: r = (a + b + cpu.getCF()) | 0; cpu.lazyKind = LAZY_ADD; break;
    case 3: r = (a - b - cpu.getCF()) | 0; cpu.lazyKind = LAZY_SUB; break;
    case 5: case 7: r = (a - b) | 0; cpu.lazyKind = LAZY_SUB; break;
    default:
      r = kind === 1 ? a | b : kind === 4 ? a & b : a ^ b;
      cpu.flagsBase &= ~(CF | OF | AF);
      cpu.lazyKind = LAZY_RESULT;
      cpu.lazyTop = 31;
      cpu.lazyRes = r;
      return r;
  }
  cpu.lazyTop = 31;
  cpu.lazyDst = a;
  cpu.lazySrc = b;
  cpu.lazyRes = r;
  return r;
}

/** 01 09 11 19 21 29 31 39: op Ev, Gv */
export function aluEvGv(cpu: Cpu, op: number): void {
  if (!cpu.opSize32) return execute(cpu, op);
  const m = cpu.fetch8();
  const kind = (op >> 3) & 7;
  const regs = cpu.regs;
  const g = regs[(m >> 3) & 7];
  if (m >= 0xc0) {
    const r = alu32(cpu, kind, regs[m & 7], g);
    if (kind !== 7) regs[m & 7] = r;
    return;
  }
  const a = decodeEA(cpu, m);
  const seg = cpu.eaSeg;
  if (kind !== 7) {
    const i = cpu.dwordIndexForUpdate(seg, a);
    if (i >= 0) {
      const ram32 = cpu.ram32;
      ram32[i] = alu32(cpu, kind, ram32[i], g);
      return;
    }
    cpu.snapshotFlags();
  }
  const r = alu32(cpu, kind, cpu.read32(seg, a), g);
  if (kind !== 7) cpu.write32(seg, a, r);
}

/** 03 0B 13 1B 23 2B 33 3B: op Gv, Ev */
export function aluGvEv(cpu: Cpu, op: number): void {
  if (!cpu.opSize32) return execute(cpu, op);
  const m = cpu.fetch8();
  const kind = (op >> 3) & 7;
  const regs = cpu.regs;
  let b: number;
  if (m >= 0xc0) b = regs[m & 7];
  else {
    const a = decodeEA(cpu, m);
    b = cpu.read32(cpu.eaSeg, a);
  }
  const g = (m >> 3) & 7;
  const r = alu32(cpu, kind, regs[g], b);
  if (kind !== 7) regs[g] = r;
}

/** 05 0D 15 1D 25 2D 35 3D: op eAX, Iv */
export function aluEaxImm(cpu: Cpu, op: number): void {
  if (!cpu.opSize32) return execute(cpu, op);
  const kind = (op >> 3) & 7;
  const r = alu32(cpu, kind, cpu.regs[0], cpu.fetch32());
  if (kind !== 7) cpu.regs[0] = r;
}

/** 81 / 83: group 1 Ev, Iv / Ev, Ib (sign-extended) */
export function group1Ev(cpu: Cpu, op: number): void {
  if (!cpu.opSize32) return execute(cpu, op);
  const m = cpu.fetch8();
  const kind = (m >> 3) & 7;
  if (m >= 0xc0) {
    const b = op === 0x83 ? cpu.fetch8s() : cpu.fetch32();
    const r = alu32(cpu, kind, cpu.regs[m & 7], b);
    if (kind !== 7) cpu.regs[m & 7] = r;
    return;
  }
  const a = decodeEA(cpu, m);
  const seg = cpu.eaSeg;
  const b = op === 0x83 ? cpu.fetch8s() : cpu.fetch32();
  if (kind !== 7) {
    const i = cpu.dwordIndexForUpdate(seg, a);
    if (i >= 0) {
      const ram32 = cpu.ram32;
      ram32[i] = alu32(cpu, kind, ram32[i], b);
      return;
    }
    cpu.snapshotFlags();
  }
  const r = alu32(cpu, kind, cpu.read32(seg, a), b);
  if (kind !== 7) cpu.write32(seg, a, r);
}

/** 85: TEST Ev, Gv */
export function testEvGv(cpu: Cpu, op: number): void {
  if (!cpu.opSize32) return execute(cpu, op);
  const m = cpu.fetch8();
  let a: number;
  if (m >= 0xc0) a = cpu.regs[m & 7];
  else {
    const addr = decodeEA(cpu, m);
    a = cpu.read32(cpu.eaSeg, addr);
  }
  alu32(cpu, 4, a, cpu.regs[(m >> 3) & 7]);
}

/** 40-47: INC r32 */
export function incReg(cpu: Cpu, op: number): void {
  if (!cpu.opSize32) return execute(cpu, op);
  const cf = cpu.getCF();
  const r = op & 7;
  const a = cpu.regs[r];
  const v = (a + 1) | 0;
  cpu.flagsBase = (cpu.flagsBase & ~CF) | cf;
  cpu.lazyKind = LAZY_INC;
  cpu.lazyTop = 31;
  cpu.lazyDst = a;
  cpu.lazySrc = 1;
  cpu.lazyRes = v;
  cpu.regs[r] = v;
}

/** 48-4F: DEC r32 */
export function decReg(cpu: Cpu, op: number): void {
  if (!cpu.opSize32) return execute(cpu, op);
  const cf = cpu.getCF();
  const r = op & 7;
  const a = cpu.regs[r];
  const v = (a - 1) | 0;
  cpu.flagsBase = (cpu.flagsBase & ~CF) | cf;
  cpu.lazyKind = LAZY_DEC;
  cpu.lazyTop = 31;
  cpu.lazyDst = a;
  cpu.lazySrc = 1;
  cpu.lazyRes = v;
  cpu.regs[r] = v;
}

/** 50-57: PUSH r32 */
export function pushReg(cpu: Cpu, op: number): void {
  if (!cpu.opSize32) return execute(cpu, op);
  cpu.push32(cpu.regs[op & 7]);
}

/** 58-5F: POP r32 */
export function popReg(cpu: Cpu, op: number): void {
  if (!cpu.opSize32) return execute(cpu, op);
  const v = cpu.pop32();
  cpu.regs[op & 7] = v;
}

/** 70-7F: Jcc rel8 */
export function jccShort(cpu: Cpu, op: number): void {
  const rel = cpu.fetch8s();
  if (cpu.testCondition(op & 15)) jumpTo(cpu, cpu.eip + rel);
}

/** 89: MOV Ev, Gv */
export function movEvGv(cpu: Cpu, op: number): void {
  if (!cpu.opSize32) return execute(cpu, op);
  const m = cpu.fetch8();
  const v = cpu.regs[(m >> 3) & 7];
  if (m >= 0xc0) {
    cpu.regs[m & 7] = v;
    return;
  }
  if ((m & 0xc7) === 0x45 && cpu.addrSize32) {
    // [ebp+disp8]: how compiled code writes its locals.
    const a = (cpu.regs[5] + cpu.fetch8s()) >>> 0;
    cpu.write32(cpu.segOverride >= 0 ? cpu.segOverride : SS, a, v);
    return;
  }
  const a = decodeEA(cpu, m);
  cpu.write32(cpu.eaSeg, a, v);
}

/** 8B: MOV Gv, Ev */
export function movGvEv(cpu: Cpu, op: number): void {
  if (!cpu.opSize32) return execute(cpu, op);
  const m = cpu.fetch8();
  if (m >= 0xc0) {
    cpu.regs[(m >> 3) & 7] = cpu.regs[m & 7];
    return;
  }
  if ((m & 0xc7) === 0x45 && cpu.addrSize32) {
    // [ebp+disp8]: how compiled code reads its locals and arguments.
    const a = (cpu.regs[5] + cpu.fetch8s()) >>> 0;
    cpu.regs[(m >> 3) & 7] = cpu.read32(cpu.segOverride >= 0 ? cpu.segOverride : SS, a);
    return;
  }
  const a = decodeEA(cpu, m);
  cpu.regs[(m >> 3) & 7] = cpu.read32(cpu.eaSeg, a);
}

/** 8D: LEA Gv, M */
export function lea(cpu: Cpu, op: number): void {
  if (!cpu.opSize32) return execute(cpu, op);
  const m = cpu.fetch8();
  if (m >= 0xc0) cpu.fault(VEC_UD, 0); // LEA needs a memory operand
  cpu.regs[(m >> 3) & 7] = decodeEA(cpu, m);
}

/** B8-BF: MOV r32, imm32 */
export function movRegImm(cpu: Cpu, op: number): void {
  if (!cpu.opSize32) return execute(cpu, op);
  cpu.regs[op & 7] = cpu.fetch32();
}

/** E8: CALL rel32 */
export function callRel(cpu: Cpu, op: number): void {
  if (!cpu.opSize32) return execute(cpu, op);
  const rel = cpu.fetch32();
  const ret = cpu.eip;
  const target = (ret + rel) >>> 0;
  if (target > cpu.segLimit[CS]) cpu.gp(0);
  cpu.push32(ret);
  cpu.eip = target;
}

/** C3: RET */
export function retNear(cpu: Cpu, op: number): void {
  if (!cpu.opSize32) return execute(cpu, op);
  const target = cpu.peekStack(4, 0) >>> 0;
  if (target > cpu.segLimit[CS]) cpu.gp(0);
  cpu.eip = target;
  cpu.adjustEsp(4);
}

/** EB: JMP rel8 */
export function jmpShort(cpu: Cpu, _op: number): void {
  const rel = cpu.fetch8s();
  jumpTo(cpu, cpu.eip + rel);
}

/** 88: MOV Eb, Gb */
export function movEbGb(cpu: Cpu, _op: number): void {
  const m = cpu.fetch8();
  const v = cpu.getReg8((m >> 3) & 7);
  if (m >= 0xc0) {
    cpu.setReg8(m & 7, v);
    return;
  }
  const a = decodeEA(cpu, m);
  cpu.write8(cpu.eaSeg, a, v);
}

/** 8A: MOV Gb, Eb */
export function movGbEb(cpu: Cpu, _op: number): void {
  const m = cpu.fetch8();
  let v: number;
  if (m >= 0xc0) v = cpu.getReg8(m & 7);
  else {
    const a = decodeEA(cpu, m);
    v = cpu.read8(cpu.eaSeg, a);
  }
  cpu.setReg8((m >> 3) & 7, v);
}

/** C7: MOV Ev, Iv (only /0 is defined) */
export function movEvImm(cpu: Cpu, op: number): void {
  if (!cpu.opSize32) return execute(cpu, op);
  const m = cpu.fetch8();
  if ((m & 0x38) !== 0) cpu.fault(VEC_UD, 0);
  if (m >= 0xc0) {
    cpu.regs[m & 7] = cpu.fetch32();
    return;
  }
  const a = decodeEA(cpu, m);
  cpu.write32(cpu.eaSeg, a, cpu.fetch32());
}

/** A1 / A3: MOV eAX, moffs / MOV moffs, eAX */
export function movEaxMoffs(cpu: Cpu, op: number): void {
  if (!cpu.opSize32 || !cpu.addrSize32) return execute(cpu, op);
  const off = cpu.fetch32() >>> 0;
  const seg = cpu.segOverride >= 0 ? cpu.segOverride : 3;
  if (op === 0xa1) cpu.regs[0] = cpu.read32(seg, off);
  else cpu.write32(seg, off, cpu.regs[0]);
}

/** C1 / D1 / D3: group 2 on a dword (by imm8, 1, CL) */
export function shiftEv(cpu: Cpu, op: number): void {
  if (!cpu.opSize32) return execute(cpu, op);
  const m = cpu.fetch8();
  if (m >= 0xc0) {
    const count = (op === 0xc1 ? cpu.fetch8() : op === 0xd1 ? 1 : cpu.regs8[4]) & 31;
    if (count !== 0) cpu.regs[m & 7] = shiftRotate(cpu, (m >> 3) & 7, 4, cpu.regs[m & 7], count);
    return;
  }
  const a = decodeEA(cpu, m);
  const seg = cpu.eaSeg;
  const v = cpu.read32(seg, a);
  const count = (op === 0xc1 ? cpu.fetch8() : op === 0xd1 ? 1 : cpu.regs8[4]) & 31;
  cpu.snapshotFlags();
  if (count !== 0) cpu.write32(seg, a, shiftRotate(cpu, (m >> 3) & 7, 4, v, count));
}

/** E9: JMP rel32 */
export function jmpNear(cpu: Cpu, op: number): void {
  if (!cpu.opSize32) return execute(cpu, op);
  const rel = cpu.fetch32();
  jumpTo(cpu, cpu.eip + rel);
}

/** 0F: the two-byte map, with conditional near jumps, MOVZX/MOVSX and IMUL handled here. */
export function twoByte(cpu: Cpu, _op: number): void {
  const op = cpu.fetch8();
  if (cpu.opSize32) {
    if ((op & 0xf0) === 0x80) {
      const rel = cpu.fetch32();
      if (cpu.testCondition(op & 15)) jumpTo(cpu, cpu.eip + rel);
      return;
    }
    if (op === 0xb6 || op === 0xbe) {
      const m = cpu.fetch8();
      let v: number;
      if (m >= 0xc0) v = cpu.getReg8(m & 7);
      else {
        const a = decodeEA(cpu, m);
        v = cpu.read8(cpu.eaSeg, a);
      }
      cpu.regs[(m >> 3) & 7] = op === 0xb6 ? v : (v << 24) >> 24;
      return;
    }
    if (op === 0xb7 || op === 0xbf) {
      const m = cpu.fetch8();
      let v: number;
      if (m >= 0xc0) v = cpu.regs16[(m & 7) << 1];
      else {
        const a = decodeEA(cpu, m);
        v = cpu.read16(cpu.eaSeg, a);
      }
      cpu.regs[(m >> 3) & 7] = op === 0xb7 ? v : (v << 16) >> 16;
      return;
    }
    if (op === 0xaf) {
      const m = cpu.fetch8();
      let b: number;
      if (m >= 0xc0) b = cpu.regs[m & 7];
      else {
        const a = decodeEA(cpu, m);
        b = cpu.read32(cpu.eaSeg, a);
      }
      const g = (m >> 3) & 7;
      cpu.regs[g] = imulTruncated(cpu, 4, cpu.regs[g], b);
      return;
    }
  }
  executeTwoByte(cpu, op);
}
