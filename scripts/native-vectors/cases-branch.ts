// Flag and count consumers that branch: Jcc (rel8 and rel32) over every
// status-flag combination, JECXZ/JCXZ and LOOP/LOOPE/LOOPNE (also with the
// 67h prefix, which makes them use CX) over edge counts.
//
// Every branch jumps 3 bytes forward. For the native run a 3-byte
// `lea ebp,[ebp+1]` and the harness's RET follow it, so EBP tells whether
// the branch was taken; the generator then records the expected next EIP
// and puts EBP back (see resolveBranches). The text says "$+n" for the
// target, which check-encodings turns into objdump's absolute address.

import { AF, CF, OF, PF, SF, ZF } from './flags.ts';
import { imm, writeReg } from './encode.ts';
import type { NativeResult } from './native-run.ts';
import type { Rng } from './rng.ts';
import type { CaseList, VectorCase } from './vector-case.ts';

const SKIP = 3;
const MARKER = [0x8d, 0x6d, 0x01]; // lea ebp,[ebp+1]: no flags touched
const EBP = 5;
const ECX = 1;
const CONDITIONS = ['o', 'no', 'b', 'ae', 'e', 'ne', 'be', 'a', 's', 'ns', 'p', 'np', 'l', 'ge', 'le', 'g'];
const STATUS_BITS = [CF, PF, AF, ZF, SF, OF];

function everyFlagCombination(): number[] {
  const out: number[] = [];
  for (let m = 0; m < 64; m++) out.push(STATUS_BITS.reduce((f, bit, i) => (m & (1 << i) ? f | bit : f), 0));
  return out;
}

function branch(list: CaseList, group: string, text: string, bytes: number[], regs: number[], flags: number): void {
  list.add({
    group, text: `${text} $+${bytes.length + SKIP}`, bytes, nativeTail: MARKER, regs, mem: null,
    flags, undefFlags: 0, undefRegs: 0,
  });
}

const COUNTS = [0, 1, 2, 0xffff, 0x10000, 0x10001, 0xffffffff, 0x80000000];

export function branchCases(list: CaseList, rng: Rng): void {
  for (const [cc, name] of CONDITIONS.entries()) {
    for (const flags of everyFlagCombination()) {
      branch(list, 'jcc-rel8', `j${name}`, [0x70 + cc, SKIP], list.regs(), flags);
      branch(list, 'jcc-rel32', `j${name}`, [0x0f, 0x80 + cc, ...imm(SKIP, 4)], list.regs(), flags);
    }
  }
  const counted: Array<[string, number]> = [['jecxz', 0xe3], ['loop', 0xe2], ['loope', 0xe1], ['loopne', 0xe0]];
  for (const [op, opcode] of counted) {
    for (const addr16 of [false, true]) {
      const values = [...COUNTS, ...COUNTS.map((c) => (c ^ 0xabcd0000) >>> 0)];
      for (let i = 0; i < 40; i++) values.push(rng.below(2) ? rng.u32() : rng.below(3) | (rng.u32() & 0xffff0000));
      for (const count of values) {
        for (const zf of [0, ZF]) {
          const regs = list.regs(ECX);
          writeReg(regs, 32, ECX, count);
          const name = addr16 ? (op === 'jecxz' ? 'jcxz' : `addr16 ${op}`) : op;
          branch(list, `${addr16 ? `${op}-a16` : op}`, name, [...(addr16 ? [0x67] : []), opcode, SKIP], regs, (list.flags() & ~ZF) | zf);
        }
      }
    }
  }
}

/** Turns the native outcome of each branch case into its expected next
 *  EIP, and undoes the marker's effect on EBP. */
export function resolveBranches(cases: VectorCase[], results: NativeResult[]): void {
  cases.forEach((c, i) => {
    if (!c.nativeTail) return;
    const r = results[i]!;
    const notTaken = r.regs[EBP] === ((c.regs[EBP]! + 1) >>> 0);
    if (!notTaken && r.regs[EBP] !== c.regs[EBP]) throw new Error(`${c.group} "${c.text}": EBP changed unexpectedly`);
    r.regs[EBP] = c.regs[EBP]!;
    c.next = c.bytes.length + (notTaken ? 0 : SKIP);
  });
}
