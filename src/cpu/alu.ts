// Arithmetic and logic semantics. Each function takes operands already read,
// records lazy flags on the cpu and returns the result masked to `size` bytes.

import type { Cpu } from './cpu.ts';
import { AF, CF, LAZY_ADD, LAZY_DEC, LAZY_INC, LAZY_RESULT, LAZY_SUB, OF } from './flags.ts';

/** Sign-bit index for an operand size in bytes. */
export function topBit(size: number): number {
  return size * 8 - 1;
}

export function maskTo(size: number, v: number): number {
  return size === 4 ? v | 0 : size === 2 ? v & 0xffff : v & 0xff;
}

export function signExtend(size: number, v: number): number {
  return size === 4 ? v | 0 : size === 2 ? (v << 16) >> 16 : (v << 24) >> 24;
}

function setAdd(cpu: Cpu, size: number, a: number, b: number, r: number): number {
  cpu.lazyKind = LAZY_ADD;
  cpu.lazyTop = size * 8 - 1;
  cpu.lazyDst = a;
  cpu.lazySrc = b;
  cpu.lazyRes = r;
  return r;
}

function setSub(cpu: Cpu, size: number, a: number, b: number, r: number): number {
  cpu.lazyKind = LAZY_SUB;
  cpu.lazyTop = size * 8 - 1;
  cpu.lazyDst = a;
  cpu.lazySrc = b;
  cpu.lazyRes = r;
  return r;
}

/** Logic result: CF=OF=0; AF is undefined and cleared, as Intel parts do. */
export function setLogic(cpu: Cpu, size: number, r: number): number {
  cpu.flagsBase &= ~(CF | OF | AF);
  cpu.lazyKind = LAZY_RESULT;
  cpu.lazyTop = size * 8 - 1;
  cpu.lazyRes = r;
  return r;
}

export function add(cpu: Cpu, size: number, a: number, b: number): number {
  return setAdd(cpu, size, a, b, maskTo(size, a + b));
}

export function adc(cpu: Cpu, size: number, a: number, b: number): number {
  return setAdd(cpu, size, a, b, maskTo(size, a + b + cpu.getCF()));
}

export function sub(cpu: Cpu, size: number, a: number, b: number): number {
  return setSub(cpu, size, a, b, maskTo(size, a - b));
}

export function sbb(cpu: Cpu, size: number, a: number, b: number): number {
  return setSub(cpu, size, a, b, maskTo(size, a - b - cpu.getCF()));
}

/** The eight group-1 operations by their ModRM reg field: ADD OR ADC SBB AND SUB XOR CMP. */
export function alu(cpu: Cpu, op: number, size: number, a: number, b: number): number {
  switch (op) {
    case 0: return add(cpu, size, a, b);
    case 1: return setLogic(cpu, size, maskTo(size, a | b));
    case 2: return adc(cpu, size, a, b);
    case 3: return sbb(cpu, size, a, b);
    case 4: return setLogic(cpu, size, maskTo(size, a & b));
    case 5: return sub(cpu, size, a, b);
    case 6: return setLogic(cpu, size, maskTo(size, a ^ b));
    default: sub(cpu, size, a, b); return a;
  }
}

export function inc(cpu: Cpu, size: number, a: number): number {
  const cf = cpu.getCF();
  cpu.flagsBase = (cpu.flagsBase & ~CF) | cf;
  cpu.lazyKind = LAZY_INC;
  cpu.lazyTop = size * 8 - 1;
  cpu.lazyDst = a;
  cpu.lazySrc = 1;
  return (cpu.lazyRes = maskTo(size, a + 1));
}

export function dec(cpu: Cpu, size: number, a: number): number {
  const cf = cpu.getCF();
  cpu.flagsBase = (cpu.flagsBase & ~CF) | cf;
  cpu.lazyKind = LAZY_DEC;
  cpu.lazyTop = size * 8 - 1;
  cpu.lazyDst = a;
  cpu.lazySrc = 1;
  return (cpu.lazyRes = maskTo(size, a - 1));
}

export function neg(cpu: Cpu, size: number, a: number): number {
  return setSub(cpu, size, 0, a, maskTo(size, -a));
}
