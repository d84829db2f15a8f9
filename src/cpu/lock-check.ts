// LOCK is only valid on read-modify-write instructions with a memory
// destination; anything else raises #UD.

import type { Cpu } from './cpu.ts';
import type { Insn } from '../isa/decoder.ts';
import { VEC_UD } from './exceptions.ts';

/** Semantic ids that may take LOCK (CMP and BT only read: they may not). */
const LOCKABLE = new Set(['add', 'or', 'adc', 'sbb', 'and', 'sub', 'xor', 'not', 'neg', 'inc', 'dec', 'xchg',
  'bts', 'btr', 'btc', 'cmpxchg', 'xadd']);

/** Whether LOCK is allowed on this instruction: a lockable id whose E operand (the destination) is memory. */
export function lockAllowed(insn: Insn): boolean {
  const form = insn.form;
  return insn.mod !== 3 && insn.modrm >= 0 && LOCKABLE.has(form.sem) && form.operands[0]?.[0] === 'E';
}

export function checkLockPrefix(cpu: Cpu, insn: Insn): void {
  if (!lockAllowed(insn)) cpu.fault(VEC_UD, 0);
}
