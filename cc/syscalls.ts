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

/**
 * The errno a failing call (result -1) leaves, per syscall. The kernel returns
 * -1 without a reason, so each call gets the POSIX code that names its usual
 * failure; docs/KERNEL.md lists the mapping. Calls not listed leave errno alone.
 */
export const ERRNO_ON_FAILURE: Readonly<Record<string, { code: number; name: string }>> = {
  read: { code: 9, name: 'EBADF' },
  write: { code: 9, name: 'EBADF' },
  close: { code: 9, name: 'EBADF' },
  dup: { code: 9, name: 'EBADF' },
  dup2: { code: 9, name: 'EBADF' },
  pipe: { code: 24, name: 'EMFILE' },
  fork: { code: 11, name: 'EAGAIN' },
  execv: { code: 2, name: 'ENOENT' },
  waitpid: { code: 10, name: 'ECHILD' },
  kill: { code: 3, name: 'ESRCH' },
  sbrk: { code: 12, name: 'ENOMEM' },
  setpgid: { code: 3, name: 'ESRCH' },
  tcsetpgrp: { code: 25, name: 'ENOTTY' },
  signal: { code: 22, name: 'EINVAL' },
  halt: { code: 1, name: 'EPERM' },
};

/**
 * Console calls that share stdio's buffers: stdout's pending bytes go out
 * before the kernel prints (so printf and fputs(stdout) keep their order), and
 * getchar first takes what stdin's buffer (or ungetc) already holds, and
 * EOF once stdin has seen its end (-2 from the hook: read the console); the
 * runtime's stdio.c defines the hooks.
 */
const HOOKS: Readonly<Record<string, string[]>> = {
  printf: ['    call __stdio_flush_stdout'],
  puts: ['    call __stdio_flush_stdout'],
  putchar: ['    call __stdio_flush_stdout'],
  getchar: ['    call __stdio_take_stdin', '    cmp eax, -2', '    jne .buffered'],
};

/**
 * One wrapper per syscall: EAX = number, EBX = address of the caller's argument
 * block. `__sys_<name>` is always there (the runtime's exit calls __sys_exit);
 * the C name is left out for the names in `omit` (the program or the runtime
 * defines them).
 */
export function syscallWrappers(defs: SyscallDef[], omit: ReadonlySet<string> = new Set()): string {
  const out = ['; generated from cc/include/syscall.h: one wrapper per syscall', 'section .text', 'extern errno'];
  const hooked = defs.filter((d) => HOOKS[d.name] && !omit.has(d.name));
  if (hooked.some((d) => d.name !== 'getchar')) out.push('extern __stdio_flush_stdout');
  if (hooked.some((d) => d.name === 'getchar')) out.push('extern __stdio_take_stdin');
  for (const d of defs) {
    const raw = `__sys_${d.name}`;
    const plain = !omit.has(d.name) && !HOOKS[d.name];
    out.push('');
    if (plain) out.push(`global ${asmSymbol(d.name)}`, `${asmSymbol(d.name)}:`);
    out.push(
      `global ${raw}`,
      `${raw}:`,
      // CFI (for gdb's bt from inside the system call): EBX is saved below the return address.
      '    .cfi_startproc',
      '    push ebx',
      '    .cfi_def_cfa_offset 8',
      '    .cfi_offset ebx, -8',
      `    mov eax, ${d.number}`,
      '    lea ebx, [esp+8]',
      '    int 0x80',
      '    pop ebx',
      '    .cfi_def_cfa_offset 4',
      '    .cfi_restore ebx',
    );
    const err = ERRNO_ON_FAILURE[d.name];
    if (err) out.push('    cmp eax, -1', '    jne .ok', `    mov dword [errno], ${err.code} ; ${err.name}`, '.ok:');
    out.push('    ret', '    .cfi_endproc');
    const hook = HOOKS[d.name];
    if (hook && !omit.has(d.name)) {
      out.push('', `global ${asmSymbol(d.name)}`, `${asmSymbol(d.name)}:`, ...hook, `    jmp ${raw}`);
      if (d.name === 'getchar') out.push('.buffered:', '    ret');
    }
  }
  return out.join('\n') + '\n';
}
