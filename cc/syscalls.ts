// Generates the user-side syscall wrappers from cc/include/syscall.h, the one
// shared definition of syscall numbers.
import { asmSymbol } from './asm-names.ts';
import { CompileError } from './diagnostics.ts';

export interface SyscallDef { name: string; number: number }

/** Read `#define SYS_<name> <number>` lines; SYS_COUNT is the table size, not a call. */
export function parseSyscallHeader(text: string): SyscallDef[] {
  const defs: SyscallDef[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*#\s*define\s+SYS_([A-Za-z_][A-Za-z0-9_]*)\s+(0x[0-9a-fA-F]+|\d+)\b/.exec(line);
    if (!m || m[1] === 'COUNT') continue;
    defs.push({ name: m[1]!, number: Number(m[2]) });
  }
  if (defs.length === 0) throw new CompileError(['error: syscall.h defines no SYS_<name> numbers']);
  return defs;
}

/** One wrapper per syscall: EAX = number, EBX = address of the caller's argument block. */
export function syscallWrappers(defs: SyscallDef[]): string {
  const out = ['; generated from cc/include/syscall.h: one wrapper per syscall', 'section .text'];
  for (const d of defs) {
    out.push(
      '',
      `global ${asmSymbol(d.name)}`,
      `${asmSymbol(d.name)}:`,
      '    push ebx',
      `    mov eax, ${d.number}`,
      '    lea ebx, [esp+8]',
      '    int 0x80',
      '    pop ebx',
      '    ret',
    );
  }
  return out.join('\n') + '\n';
}
