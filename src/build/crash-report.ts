// The host's line after the kernel's kill report: the kernel knows the
// faulting eip, the host knows the program's symbols and line table, so
// `ringside run` can say where it happened (`#PF in main at hello.c:4`), and
// that a fault in the guard page below the user stack is a stack overflow.
import { readElf } from '../isa/elf-read.ts';
import { SymbolTable } from '../debug/symbols.ts';

/** kernel/vm.h: the user stack is 4 pages below USER_TOP, the guard page under it. */
export const USER_TOP = 0x40400000;
export const USER_STACK_BOTTOM = USER_TOP - 4 * 4096;
export const USER_GUARD_PAGE = USER_STACK_BOTTOM - 4096;

/** What the kernel's `kill` trace line says about the fault. */
export interface KillInfo {
  reason: string;
  vector: number | null;
  cr2: number | null;
  eip: number | null;
}

const MNEMONICS: Record<number, string> = {
  0: '#DE', 1: '#DB', 3: '#BP', 4: '#OF', 5: '#BR', 6: '#UD', 7: '#NM', 8: '#DF', 10: '#TS', 11: '#NP',
  12: '#SS', 13: '#GP', 14: '#PF', 16: '#MF', 17: '#AC', 19: '#XM',
};

const hex = (v: number) => `0x${(v >>> 0).toString(16)}`;

/**
 * One line naming the function and source line of the faulting eip, or null
 * when the kill was not a fault at a known eip (a time limit, Ctrl-C).
 */
export function describeCrash(elf: Uint8Array, kill: KillInfo): string | null {
  if (kill.eip === null || kill.vector === null) return null;
  const symbols = new SymbolTable(readElf(elf));
  const fn = symbols.lookup(kill.eip)?.name ?? `eip ${hex(kill.eip)}`;
  const line = symbols.formatSourceLine(kill.eip);
  const where = `${fn}${line ? ` at ${line}` : ''}`;
  const cr2 = kill.cr2 ?? 0;
  if (kill.vector === 14 && cr2 >= USER_GUARD_PAGE && cr2 < USER_STACK_BOTTOM)
    return `stack overflow in ${where} (#PF at ${hex(cr2)}, the guard page below the stack)`;
  if (kill.vector === 0x80) return `${kill.reason} in ${where}`;
  return `${MNEMONICS[kill.vector] ?? `vector ${kill.vector}`} in ${where}`;
}
