// Effective addresses and prefixes: LEA over random ModRM/SIB forms with
// 32- and 16-bit addressing (it computes the address without touching
// memory, so any register values work), and memory-operand arithmetic
// behind segment-override and LOCK prefixes.

import {
  ESP, MEM, asmText, imm, operandRegs, osize, regName, rmBytes, rmText, signedDisp, writeReg, writeRm,
  type Size,
} from './encode.ts';
import type { Rng } from './rng.ts';
import type { CaseList } from './vector-case.ts';

interface Address {
  bytes: number[];
  text: string;
}

/** A random 32-bit-addressing memory operand (ModRM with mod 0-2, SIB,
 *  displacements). ESP is never the base: the native harness owns it. */
function address32(rng: Rng, reg: number): Address {
  const mod = rng.below(3);
  // r/m 100 selects a SIB byte; take it half the time.
  const rm = rng.bool() ? ESP : rng.pick([0, 1, 2, 3, 5, 6, 7]);
  const disp8 = rng.u32() & 0xff;
  const disp32 = rng.below(4) === 0 ? rng.u32() : (rng.below(0x2000) - 0x1000) >>> 0;
  const dispBytes = mod === 1 ? [disp8] : mod === 2 ? imm(disp32, 4) : [];
  const dispText = mod === 1 ? signedDisp(disp8, 8) : mod === 2 ? signedDisp(disp32, 32) : '';
  const head = (mod << 6) | (reg << 3);
  if (rm === 5 && mod === 0) return { bytes: [head | 5, ...imm(disp32, 4)], text: `ds:${'0x' + disp32.toString(16)}` };
  if (rm !== ESP) return { bytes: [head | rm, ...dispBytes], text: `[${regName(32, rm)}${dispText}]` };
  const scale = rng.below(4);
  const index = rng.below(8);
  const base = rng.pick([0, 1, 2, 3, 5, 6, 7]);
  const sib = (scale << 6) | (index << 3) | base;
  const indexText = `${index === ESP ? 'eiz' : regName(32, index)}*${1 << scale}`;
  if (base === 5 && mod === 0) {
    return { bytes: [head | 4, sib, ...imm(disp32, 4)], text: `[${indexText}${signedDisp(disp32, 32)}]` };
  }
  return { bytes: [head | 4, sib, ...dispBytes], text: `[${regName(32, base)}+${indexText}${dispText}]` };
}

const MODES16 = ['bx+si', 'bx+di', 'bp+si', 'bp+di', 'si', 'di', 'bp', 'bx'];

/** A random 16-bit-addressing memory operand (the 67h prefix). */
function address16(rng: Rng, reg: number): Address {
  const mod = rng.below(3);
  const rm = rng.below(8);
  const disp8 = rng.u32() & 0xff;
  const disp16 = rng.u32() & 0xffff;
  const head = (mod << 6) | (reg << 3) | rm;
  if (rm === 6 && mod === 0) return { bytes: [head, ...imm(disp16, 2)], text: `ds:0x${disp16.toString(16)}` };
  if (mod === 0) return { bytes: [head], text: `[${MODES16[rm]}]` };
  if (mod === 1) return { bytes: [head, disp8], text: `[${MODES16[rm]}${signedDisp(disp8, 8)}]` };
  return { bytes: [head, ...imm(disp16, 2)], text: `[${MODES16[rm]}${signedDisp(disp16, 16)}]` };
}

function leaCases(list: CaseList, rng: Rng): void {
  const forms: Array<{ group: string; size: Size; a16: boolean }> = [
    { group: 'lea32', size: 32, a16: false },
    { group: 'lea16', size: 16, a16: false },
    { group: 'lea32-a16', size: 32, a16: true },
    { group: 'lea16-a16', size: 16, a16: true },
  ];
  for (const { group, size, a16 } of forms) {
    for (let i = 0; i < 1500; i++) {
      const dst = rng.pick(operandRegs(size));
      const ea = a16 ? address16(rng, dst) : address32(rng, dst);
      list.add({
        group, text: asmText('lea', regName(size, dst), ea.text),
        bytes: [...(a16 ? [0x67] : []), ...osize(size), 0x8d, ...ea.bytes],
        ...list.state(0, 1, 2, 3, 5, 6, 7), flags: list.flags(), undefFlags: 0, undefRegs: 0,
      });
    }
  }
}

const LOCKABLE = ['add', 'or', 'adc', 'sbb', 'and', 'sub', 'xor'];
const SEGMENTS: Array<[number, string]> = [[0x26, 'es'], [0x36, 'ss'], [0x3e, 'ds']];

/** `op [mem], reg` behind a LOCK or segment-override prefix; CS (read-only
 *  on a real system) only overrides CMP, which does not write. */
function prefixedCases(list: CaseList, rng: Rng): void {
  for (const [opIndex, op] of [...LOCKABLE, 'cmp'].entries()) {
    for (const size of [8, 16, 32] as const) {
      for (let i = 0; i < 240; i++) {
        const w = size === 8 ? 0 : 1;
        const reg = rng.pick(operandRegs(size));
        const state = list.state(MEM, reg & (size === 8 ? 3 : 7));
        writeRm(state, size, MEM, rng.interesting(size));
        writeReg(state.regs, size, reg, rng.interesting(size));
        const lock = op !== 'cmp' && i % 2 === 0;
        const [segPrefix, seg] = lock ? [0, 'ds'] : rng.pick(op === 'cmp' ? [...SEGMENTS, [0x2e, 'cs'] as [number, string]] : SEGMENTS);
        const prefix = lock ? [0xf0] : [segPrefix];
        list.add({
          group: lock ? 'lock-prefix' : 'segment-prefix',
          text: `${lock ? 'lock ' : ''}${asmText(op, rmText(size, MEM, seg), regName(size, reg))}`,
          bytes: [...prefix, ...osize(size), opIndex * 8 + w, ...rmBytes(reg, MEM)],
          ...state, flags: list.flags(rng.bool() ? 1 : 0), undefFlags: op === 'and' || op === 'or' || op === 'xor' ? 0x10 : 0, undefRegs: 0,
        });
      }
    }
  }
  // LOCK XADD / CMPXCHG / INC / NEG, the other read-modify-write forms.
  for (let i = 0; i < 800; i++) {
    const size = rng.pick([8, 16, 32] as const);
    const w = size === 8 ? 0 : 1;
    const reg = rng.pick(operandRegs(size));
    const state = list.state(MEM, 0, reg & (size === 8 ? 3 : 7));
    writeRm(state, size, MEM, rng.interesting(size));
    writeReg(state.regs, size, reg, rng.interesting(size));
    const forms: Array<[number[], string]> = [
      [[0x0f, 0xc0 + w, ...rmBytes(reg, MEM)], asmText('xadd', rmText(size, MEM), regName(size, reg))],
      [[0x0f, 0xb0 + w, ...rmBytes(reg, MEM)], asmText('cmpxchg', rmText(size, MEM), regName(size, reg))],
      [[0xfe + w, ...rmBytes(0, MEM)], asmText('inc', rmText(size, MEM))],
      [[0xf6 + w, ...rmBytes(3, MEM)], asmText('neg', rmText(size, MEM))],
    ];
    const [body, text] = rng.pick(forms);
    list.add({
      group: 'lock-prefix', text: `lock ${text}`, bytes: [0xf0, ...osize(size), ...body],
      ...state, flags: list.flags(rng.bool() ? 1 : 0), undefFlags: 0, undefRegs: 0,
    });
  }
}

export function addressingCases(list: CaseList, rng: Rng): void {
  leaCases(list, rng);
  prefixedCases(list, rng);
}
