import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildExecutable, CompileError, programUnits, syscallWrapperUnit, compileToAssembly } from '../../cc/driver.ts';
import { parseSyscallHeader, syscallWrappers } from '../../cc/syscalls.ts';
import { parseCcArgs, runCcCommand } from '../../cc/cli-support.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-driver-'));
const put = (name: string, text: string) => { const p = path.join(tmp, name); fs.writeFileSync(p, text); return p; };

describe('syscall wrappers', () => {
  it('reads SYS_ numbers and skips SYS_COUNT', () => {
    expect(parseSyscallHeader('#define SYS_exit 1\n#define  SYS_write   3 /* c */\n#define SYS_COUNT 4\n'))
      .toEqual([{ name: 'exit', number: 1 }, { name: 'write', number: 3 }]);
  });
  it('generates the documented wrapper shape', () => {
    expect(syscallWrappers([{ name: 'getpid', number: 8 }])).toContain(
      'global getpid\ngetpid:\nglobal __sys_getpid\n__sys_getpid:\n    .cfi_startproc\n    push ebx\n    .cfi_def_cfa_offset 8\n' +
      '    .cfi_offset ebx, -8\n    mov eax, 8\n    lea ebx, [esp+8]\n    int 0x80\n    pop ebx\n    .cfi_def_cfa_offset 4\n' +
      '    .cfi_restore ebx\n    ret\n    .cfi_endproc\n');
  });
  it('sets errno when a call fails', () => {
    expect(syscallWrappers([{ name: 'write', number: 3 }])).toContain(
      '    pop ebx\n    .cfi_def_cfa_offset 4\n    .cfi_restore ebx\n    cmp eax, -1\n    jne .ok\n    mov dword [errno], 9 ; EBADF\n.ok:\n    ret\n');
  });
  it('flushes stdout before the kernel prints, and keeps only __sys_ names for omitted calls', () => {
    const text = syscallWrappers([{ name: 'printf', number: 7 }, { name: 'exit', number: 1 }], new Set(['exit']));
    expect(text).toContain('printf:\n    call __stdio_flush_stdout\n    jmp __sys_printf\n');
    expect(text).toContain('__sys_exit:');
    expect(text).not.toMatch(/^exit:/m);
  });
  it('covers every syscall in cc/include/syscall.h', () => {
    const text = syscallWrapperUnit().text;
    const header = fs.readFileSync(path.join(import.meta.dirname, '../../cc/include/syscall.h'), 'utf8');
    const defs = parseSyscallHeader(header);
    const names = defs.map((d) => d.name);
    // The console and memory calls, and the process calls of the multi-process kernel.
    for (const n of ['exit', 'read', 'write', 'putchar', 'getchar', 'puts', 'printf', 'getpid', 'ticks', 'sleep_ticks', 'sbrk', 'peek', 'poke',
      'fork', 'execv', 'waitpid', 'getppid', 'kill', 'pipe', 'dup', 'dup2', 'close', 'setpgid', 'getpgrp', 'tcsetpgrp', 'signal',
      'procinfo', 'kdump', 'limit', 'halt', 'bootcmd'])
      expect(names).toContain(n);
    // Every syscall has its raw entry __sys_<name>; the runtime's exit replaces the plain exit wrapper.
    for (const d of defs) expect(text).toMatch(new RegExp(`\\n__sys_${d.name}:\\n(.*\\n){0,5}?    mov eax, ${d.number}\\n`));
    expect(text).not.toContain('COUNT');
    // sleep(seconds) is POSIX, in the runtime over sleep_ticks: not a syscall wrapper.
    expect(text).not.toContain('\nsleep:\n');
  });
  it('rejects a header without numbers', () => {
    expect(() => parseSyscallHeader('nothing')).toThrow(CompileError);
  });
});

describe('buildExecutable', () => {
  it('builds a user program with crt0, wrappers and libc at 0x40000000', () => {
    const c = put('hello.c', '#include <stdio.h>\n#include <string.h>\nint main(void) { printf("%d\\n", (int)strlen("abc")); return 0; }\n');
    const { elf, image } = buildExecutable([c], { kind: 'user' });
    expect([...elf.slice(0, 4)]).toEqual([0x7f, 0x45, 0x4c, 0x46]);
    const sym = new Map(image.symbols.map((s) => [s.name, s.value]));
    expect(image.entry).toBe(sym.get('_start'));
    expect(image.entry).toBe(0x40000000); // crt0 comes first
    for (const n of ['main', 'printf', 'strlen', 'malloc', 'exit']) expect(sym.has(n)).toBe(true);
  });

  it("lets the program's own definitions replace runtime functions and syscall wrappers", () => {
    const c = put('own.c', 'int strlen(const char *s) { return 0; }\nint puts(const char *s) { return 0; }\nint main(void) { return strlen("x"); }\n');
    const { units } = programUnits([c], { kind: 'user' });
    const all = units.map((u) => u.text).join('\n');
    expect(all.match(/^strlen:/gm)).toHaveLength(1);
    expect(all.match(/^puts:/gm)).toHaveLength(1);
    expect(all).toMatch(/^strcmp:/m); // the rest of the runtime stays
    expect(() => buildExecutable([c], { kind: 'user' })).not.toThrow();
  });

  it('leaves crt0 out when an assembly file defines _start', () => {
    const s = put('own.s', 'section .text\nglobal _start\n_start:\n    push 0\n    call exit\n');
    const { units } = programUnits([s], { kind: 'user' });
    expect(units.some((u) => u.name.endsWith('crt0.s'))).toBe(false);
    expect(units.some((u) => u.name === 'syscalls.s')).toBe(true);
    const { image } = buildExecutable([s], { kind: 'user' });
    expect(image.symbols.find((x) => x.name === 'write')).toBeDefined();
  });

  it('builds a kernel from only the given files at 0x00100000, with syscall.h on the include path', () => {
    const entry = put('entry.s', 'section .text\nglobal _start\n_start:\n    call kmain\n.hang:\n    jmp .hang\n');
    const c = put('kmain.c', '#include <syscall.h>\nint table[SYS_COUNT];\nint kmain(void) { return SYS_write; }\n');
    const { units, base } = programUnits([entry, c], { kind: 'kernel' });
    expect(base).toBe(0x00100000);
    expect(units.map((u) => path.basename(u.name))).toEqual(['entry.s', 'kmain.s']); // order kept
    const { image } = buildExecutable([entry, c], { kind: 'kernel' });
    expect(image.symbols.find((x) => x.name === 'printf')).toBeUndefined();
    expect(image.sections[0]!.addr).toBe(0x00100000);
    expect(image.entry).toBe(0x00100000);
  });

  it('reports C errors, assembler errors and unknown files as CompileError', () => {
    expect(() => buildExecutable([put('bad.c', 'int main(void) { return x; }\n')], { kind: 'user' })).toThrow(/'x' undeclared/);
    expect(() => buildExecutable([put('bad.s', 'section .text\nglobal _start\n_start:\n    frobnicate eax\n')], { kind: 'user' })).toThrow(CompileError);
    expect(() => buildExecutable([put('x.txt', '')], { kind: 'user' })).toThrow(/unknown file type/);
    expect(() => buildExecutable([path.join(tmp, 'missing.c')], { kind: 'user' })).toThrow(/cannot read/);
  });

  it('compiles several units in one call and reports errors from all of them', () => {
    try {
      compileToAssembly([{ name: 'a.c', text: 'int f(void) { return y; }' }, { name: 'b.c', text: 'int g(void) { return z; }' }]);
      expect.unreachable();
    } catch (e) {
      expect((e as CompileError).diagnostics.map((d) => d.split(':')[0])).toEqual(['a.c', 'b.c']);
    }
  });
});

describe('cc command support', () => {
  it('parses options', () => {
    expect(parseCcArgs(['a.c', '-o', 'out', '-Iinc', '-I', 'x', '-DN=3', '-DF', '-S'])).toEqual({
      files: ['a.c'], output: 'out', includePaths: ['inc', 'x'], defines: { N: '3', F: '1' }, assembleOnly: true,
    });
    expect(parseCcArgs(['-q'])).toBe("unknown option '-q'");
  });
  it('writes an executable, assembly, or preprocessed text', () => {
    const c = put('p.c', '#define V 4\nint main(void) { return V; }\n');
    const out = path.join(tmp, 'p.elf');
    expect(runCcCommand(parseCcArgs([c, '-o', out]))).toMatchObject({ exitCode: 0, written: [out] });
    expect(fs.readFileSync(out).subarray(1, 4).toString()).toBe('ELF');
    const s = runCcCommand(parseCcArgs([c, '-S']));
    expect(s.exitCode).toBe(0);
    expect(fs.readFileSync(path.join(tmp, 'p.s'), 'utf8')).toContain('main:');
    expect(runCcCommand(parseCcArgs([c, '-E'])).stdout).toContain('return 4;');
  });
  it('returns diagnostics and a non-zero exit code on errors', () => {
    const r = runCcCommand(parseCcArgs([put('e.c', 'int main(void) { return q; }\n')]));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain("e.c:1:25: error: 'q' undeclared");
    expect(runCcCommand(parseCcArgs([])).stderr).toBe('cc: no input files\n');
  });
});
