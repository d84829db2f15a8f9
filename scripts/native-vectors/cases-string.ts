// CMPS and SCAS, alone and with REPE/REPNE, both directions: the string
// compares set flags like CMP and stop on ZF, so the count, the pointers and
// the flags of the last compare are all checked. The strings live in the
// data window: ESI walks its lower half, EDI its upper half.

import { DF } from './flags.ts';
import { DATA_WINDOW, MEM, WINDOW_BYTES, osize, writeReg, type Size } from './encode.ts';
import type { Rng } from './rng.ts';
import type { CaseList } from './vector-case.ts';

const EAX = 0;
const ECX = 1;
const ESI = 6;
const EDI = 7;
const HALF = WINDOW_BYTES / 2;
const PTR: Record<Size, string> = { 8: 'BYTE PTR', 16: 'WORD PTR', 32: 'DWORD PTR' };
const ACC: Record<Size, string> = { 8: 'al', 16: 'ax', 32: 'eax' };

type Rep = '' | 'repz' | 'repnz';

function stringCase(list: CaseList, rng: Rng, op: 'cmps' | 'scas', size: Size, rep: Rep): void {
  const unit = size / 8;
  const slots = HALF / unit;
  const down = rng.bool();
  // With REP the count runs up to the whole half-window (and sometimes 0,
  // which must leave everything alone); without REP, ECX is just a register.
  const count = rep ? rng.below(slots + 1) : 0;
  const state = list.state(EAX, ECX, ESI, EDI, MEM);
  list.randomWindow(state);
  const mem = state.mem!;
  // Make long equal runs likely: the upper half copies the lower (CMPS) or
  // repeats the accumulator (SCAS), then a few bytes are disturbed.
  const acc = rng.interesting(size);
  for (let i = 0; i < HALF; i++) {
    mem[HALF + i] = op === 'cmps' ? mem[i]! : (acc >>> (8 * (i % unit))) & 0xff;
  }
  for (let k = rng.below(3); k > 0; k--) mem[HALF + rng.below(HALF)] ^= 1 << rng.below(8);
  const first = rep ? (down ? slots - 1 - rng.below(slots - Math.max(count, 1) + 1) : rng.below(slots - Math.max(count, 1) + 1)) : rng.below(slots);
  writeReg(state.regs, size, EAX, acc);
  if (rep) writeReg(state.regs, 32, ECX, count);
  writeReg(state.regs, 32, ESI, DATA_WINDOW + first * unit);
  writeReg(state.regs, 32, EDI, DATA_WINDOW + HALF + first * unit);
  const opcode = (op === 'cmps' ? 0xa6 : 0xae) + (size === 8 ? 0 : 1);
  const repByte = rep === 'repz' ? [0xf3] : rep === 'repnz' ? [0xf2] : [];
  const operands = op === 'cmps'
    ? `${PTR[size]} ds:[esi],${PTR[size]} es:[edi]`
    : `${ACC[size]},${PTR[size]} es:[edi]`;
  list.add({
    group: `${rep ? `${rep}-` : ''}${op}${size}`,
    text: `${rep ? `${rep} ` : ''}${op} ${operands}`,
    bytes: [...repByte, ...osize(size), opcode],
    ...state, flags: list.flags(rng.bool() ? 1 : 0) | (down ? DF : 0), undefFlags: 0, undefRegs: 0,
  });
}

export function stringCases(list: CaseList, rng: Rng): void {
  for (const op of ['cmps', 'scas'] as const) {
    for (const size of [8, 16, 32] as const) {
      for (const rep of ['', 'repz', 'repnz'] as const) {
        for (let i = 0; i < 300; i++) stringCase(list, rng, op, size, rep);
      }
    }
  }
}
