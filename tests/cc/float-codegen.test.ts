// Code generation for float and double: the x87 sequences a 486 can run
// (no FCOMI/FCMOV), conversions, the ABI, and how floating programs are linked.
import { describe, it, expect } from 'vitest';
import * as path from 'node:path';
import { buildExecutable, programUnits } from '../../cc/driver.ts';
import { readElf } from '../../src/isa/elf-read.ts';
import { AT, TAG, dieName, indexDies, readDebugInfo, type DwarfDie } from '../../src/debug/dwarf/reader.ts';
import { compile, instructions } from './helpers.ts';

const STDIO = '#include <stdio.h>\n';

describe('floating-point code generation', () => {
  it('compares with FUCOMPP and the status word, never FCOMI', () => {
    const ins = instructions(compile('int lt(double a, double b) { return a < b; }'));
    expect(ins.join('\n')).not.toMatch(/fcomi|fucomi|fcmov/);
    // a < b is tested as b > a: ST0 = b, ST1 = a, so a NaN (C3 C2 C0 all set) is false.
    expect(ins.slice(ins.indexOf('fld qword [ebp+8]'))).toEqual(expect.arrayContaining(['fld qword [ebp+16]', 'fucompp', 'fnstsw ax', 'test ah, 0x45', 'sete al']));
    const ge = instructions(compile('int ge(double a, double b) { return a >= b; }'));
    expect(ge).toEqual(expect.arrayContaining(['fxch st1', 'fucompp', 'fnstsw ax', 'test ah, 0x05']));
    const eq = instructions(compile('int eq(double a, double b) { return a == b; }'));
    expect(eq).toEqual(expect.arrayContaining(['and ah, 0x45', 'cmp ah, 0x40', 'sete al']));
    const ne = instructions(compile('int ne(double a, double b) { return a != b; }'));
    expect(ne).toEqual(expect.arrayContaining(['cmp ah, 0x40', 'setne al']));
  });

  it('truncates toward zero with a temporary rounding control', () => {
    const ins = instructions(compile('int f(double d) { return d; }'));
    const at = ins.indexOf('fnstcw word [esp]');
    expect(ins.slice(at, at + 9)).toEqual(['fnstcw word [esp]', 'mov ax, word [esp]', 'or ah, 0x0c', 'mov word [esp+2], ax',
      'fldcw word [esp+2]', 'fistp qword [esp+4]', 'fldcw word [esp]', 'mov eax, dword [esp+4]', 'add esp, 12']);
    expect(compile('unsigned long long f(double d) { return d; }')).toContain('call __fixunsdfdi');
  });

  it('loads unsigned int as a 64-bit integer and corrects unsigned long long by 2^64', () => {
    const u = instructions(compile('double f(unsigned u) { return u; }'));
    expect(u).toEqual(expect.arrayContaining(['push 0', 'push eax', 'fild qword [esp]']));
    const ull = compile('double f(unsigned long long u) { return u; }');
    expect(ull).toMatch(/test edx, edx\n\s+jns (\.Lc\d+)\n\s+fadd qword \[__s0_fc\d+\]/);
    expect(ull).toMatch(/__s0_fc\d+:.*\n\s+db 0, 0, 0, 0, 0, 0, 240, 67/); // 2^64
  });

  it('passes floats as doubles to variadic functions and pops an unused result', () => {
    const ins = instructions(compile('int v(int n, ...);\nfloat g(void);\nvoid f(float x) { v(1, x); g(); }'));
    const call = ins.indexOf('call v');
    expect(ins.slice(call - 4, call + 3)).toEqual(['fld dword [ebp+8]', 'sub esp, 8', 'fstp qword [esp]', 'push dword 1', 'call v', 'add esp, 12', 'call g']);
    expect(ins.slice(ins.indexOf('call g'), ins.indexOf('call g') + 2)).toEqual(['call g', 'fstp st0']);
  });

  it('rounds a float result when it is stored, keeps doubles as they are', () => {
    expect(instructions(compile('float g;\nvoid f(double d) { g = d; }'))).toEqual(expect.arrayContaining(['fstp dword [g]', 'fld dword [g]']));
    expect(instructions(compile('double g;\nvoid f(double d) { g = d; }'))).toContain('fst qword [g]');
  });

  it('keeps constants in .rodata as doubles, 0 and 1 as FLDZ and FLD1, NaN positive', () => {
    const asm = compile('double f(void) { return 0.0 + 1.0 * 2.5; }\ndouble z(void) { return 0.0; }\ndouble o(void) { return 1; }\ndouble n(void) { return 0.0 / 0.0; }');
    expect(asm).toContain('fldz');
    expect(asm).toContain('fld1');
    expect(asm).toMatch(/; 2\.5\n\s+db 0, 0, 0, 0, 0, 0, 4, 64/);
    expect(asm).toMatch(/; NaN\n\s+db 0, 0, 0, 0, 0, 0, 248, 127/);
  });

  it('sends printf with a floating argument to the runtime, other printfs to the kernel', () => {
    const asm = compile(`${STDIO}void f(double d, int i) { printf("%f\\n", d); printf("%d\\n", i); }`);
    expect(asm).toContain('call __printf_float');
    expect(asm).toContain('call printf');
  });

  it('links the x87 start-up and runtime only into programs that use floating point', () => {
    const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'programs');
    const intOnly = programUnits([path.join(dir, 'basic', 'hello.c')], { kind: 'user' });
    expect(intOnly.entry).toBe('_start');
    expect(intOnly.units.map((u) => u.text).join('\n')).not.toMatch(/^\s*f(ld|stp|ninit|ldcw)\b/m);
    const fp = programUnits([path.join(dir, 'float', 'basic-arith.c')], { kind: 'user' });
    expect(fp.entry).toBe('__fp_start');
    expect(fp.units.some((u) => u.name.endsWith('fpstart.s'))).toBe(true);
    expect(fp.units.some((u) => u.name.endsWith('strtod.c') || u.name.endsWith('strtod.s'))).toBe(true);
  });

  it('describes float and double to the debugger as DW_ATE_float base types', () => {
    const file = path.join(path.dirname(new URL(import.meta.url).pathname), 'programs', 'float', 'global-init.c');
    const elf = readElf(buildExecutable([file], { kind: 'user' }).elf);
    const units = readDebugInfo(elf);
    const index = indexDies(units);
    const unit = units.find((u) => dieName(u.root)?.endsWith('float/global-init.c'))!;
    const typeOf = (name: string): DwarfDie => {
      const v = unit.root.children.find((d) => d.tag === TAG.variable && dieName(d) === name)!;
      return index.get((v.attrs.get(AT.type) as { ref: number }).ref)!;
    };
    for (const [name, type, size] of [['g', 'double', 8], ['gf', 'float', 4]] as const) {
      const t = typeOf(name);
      expect(t.tag).toBe(TAG.base_type);
      expect(dieName(t)).toBe(type);
      expect(t.attrs.get(AT.byte_size)).toBe(size);
      expect(t.attrs.get(AT.encoding)).toBe(0x04); // DW_ATE_float
    }
  });
});
