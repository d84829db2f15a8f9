import { describe, it, expect } from 'vitest';
import { compileToAssembly } from '../../cc/driver.ts';
import { assemble } from '../../src/isa/assembler.ts';
import { compile, instructions } from './helpers.ts';

describe('code generation', () => {
  it('emits a cdecl frame and the return value in EAX', () => {
    const ins = instructions(compile('int seven(void) { return 7; }'));
    expect(ins).toEqual(['section .text', 'global seven', 'seven:', 'push ebp', 'mov ebp, esp', 'mov eax, 7',
      'jmp .Lreturn', '.Lreturn:', 'mov esp, ebp', 'pop ebp', 'ret']);
  });

  it('reads parameters above the return address, narrow ones at their slot', () => {
    const asm = compile('int f(char c, int x) { return c + x; }');
    expect(asm).toContain('movsx eax, byte [ebp+8]');
    expect(asm).toContain('mov ecx, dword [ebp+12]');
  });

  it('pushes arguments right to left and pops them after the call', () => {
    const ins = instructions(compile('int g(int a, int b);\nint f(void) { return g(1, 2); }'));
    const i = ins.indexOf('call g');
    expect(ins.slice(i - 2, i + 2)).toEqual(['push dword 2', 'push dword 1', 'call g', 'add esp, 8']);
    const computed = instructions(compile('int g(int a, char c);\nint f(int x, char c) { return g(x + 1, c); }'));
    const j = computed.indexOf('call g');
    expect(computed.slice(j - 5, j + 1)).toEqual(['movsx eax, byte [ebp+12]', 'push eax', 'mov eax, dword [ebp+8]', 'add eax, 1', 'push eax', 'call g']);
  });

  it('stores to scalar variables directly', () => {
    const asm = compile('char g;\nint f(void) { int x; short s; x = 5; s = 2; g = 1; return x + s; }');
    expect(asm).toContain('mov dword [ebp-4], eax');
    expect(asm).toContain('mov word [ebp-6], ax');
    expect(asm).toContain('mov byte [g], al');
  });

  it('uses unsigned instructions for unsigned operands', () => {
    const u = compile('unsigned f(unsigned a, unsigned b) { return a / b + (a >> b) + (a < b); }');
    expect(u).toContain('div ecx');
    expect(u).toContain('shr eax, cl');
    expect(u).toContain('setb al');
    const s = compile('int f(int a, int b) { return a / b + (a >> b) + (a < b); }');
    expect(s).toContain('idiv ecx');
    expect(s).toContain('sar eax, cl');
    expect(s).toContain('setl al');
  });

  it('scales pointer arithmetic by the element size', () => {
    expect(compile('int *f(int *p, int i) { return p + i; }')).toMatch(/mov ecx, dword \[ebp\+12\]\n\s+shl ecx, 2\n\s+add eax, ecx/);
    expect(compile('struct s { int a, b, c; };\nstruct s *f(struct s *p, int i) { return p + i; }')).toMatch(/mov ecx, 12\n\s+imul eax, ecx/);
    expect(compile('int f(int *p, int *q) { return q - p; }')).toMatch(/sub eax, ecx\n\s+mov ecx, 4\n\s+cdq\n\s+idiv ecx/);
  });

  it('branches on comparisons directly, with signed or unsigned condition codes', () => {
    const s = instructions(compile('int f(int a, int b) { if (a < b) return 1; return 0; }'));
    expect(s.slice(s.indexOf('cmp eax, ecx'), s.indexOf('cmp eax, ecx') + 2)).toEqual(['cmp eax, ecx', 'jge .Lc1']);
    const u = instructions(compile('int f(unsigned a, unsigned b) { while (a <= b && !(a == 3)) a++; return a; }'));
    // `while` exits (to its break label .L1) when a > b or a == 3.
    expect(u).toContain('ja .L1');
    expect(u).toContain('je .L1');
  });

  it('short-circuits || in conditions without materializing a value', () => {
    const ins = instructions(compile('int f(int a) { if (a == 1 || a == 2) return 1; return 0; }'));
    expect(ins.filter((l) => l.startsWith('set'))).toEqual([]);
    expect(ins).toEqual(expect.arrayContaining(['je .Lc3', 'jne .Lc1']));
  });

  it('marks source lines with %line', () => {
    const asm = compile('int f(void) {\n  int x = 1;\n  return x;\n}\n', 'src/a.c');
    expect(asm).toContain('%line 2+0 src/a.c');
    expect(asm).toContain('%line 3+0 src/a.c');
  });

  it('emits globals into .data/.bss with their C names and relocations', () => {
    const asm = compile('int n = 5;\nint zero;\nint *p = &n;\nchar *s = "hi";\nstatic int hidden = 1;\n');
    expect(asm).toMatch(/section \.data\nglobal n\nn:\n\s+db 5, 0, 0, 0/);
    expect(asm).toMatch(/global p\np:\n\s+dd n\n/);
    expect(asm).toMatch(/s:\n\s+dd __s0_str0\n/);
    expect(asm).toMatch(/section \.bss\nglobal zero\nzero:\n\s+resb 4/);
    expect(asm).toContain('__s0_hidden:');
    expect(asm).not.toContain('global __s0_hidden');
  });

  it('writes long zero runs in initialized data with times', () => {
    expect(compile('int big[100] = {1, 2};\n')).toMatch(/big:\n\s+db 1, 0, 0, 0, 2\n\s+times 395 db 0\n/);
  });

  it('declares referenced but undefined symbols extern', () => {
    expect(compile('int ext(void);\nint f(void) { return ext(); }')).toMatch(/^extern ext$/m);
  });

  it('escapes C names that are assembler words', () => {
    const asm = compile('int abs(int x) { return x < 0 ? -x : x; }\nint add;\nint f(void) { return abs(add); }');
    expect(asm).toContain('global $abs\n$abs:');
    expect(asm).toContain('call $abs');
    expect(asm).toContain('push dword [$add]');
    expect(compile('int str(void) { return 0; }\nint (*fp)(void) = str;\n')).toMatch(/fp:\n\s+dd \(\$str\)\n/);
  });

  it('gives statics and strings per-unit names so units can be assembled together', () => {
    const src = 'static int count;\nstatic int bump(void) { return ++count; }\nchar *name(void) { return "x"; }\n';
    const units = compileToAssembly([
      { name: 'a.c', text: src.replace('name', 'name_a') + 'int main(void) { return bump(); }\nasm("global _start\\n_start: jmp main");' },
      { name: 'b.c', text: src.replace('name', 'name_b') },
    ]);
    expect(units[0]!.text).toContain('__s0_count');
    expect(units[1]!.text).toContain('__s1_count');
    expect(units[1]!.text).toContain('__s1_str0');
    const image = assemble(units, { base: 0x40000000, entry: '_start' });
    const names = image.symbols.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['__s0_bump', '__s1_bump', 'main', 'name_a', 'name_b']));
  });

  it('copies structs for assignment, arguments and results', () => {
    const asm = compile('struct s { int a, b, c; };\nstruct s make(struct s x) { struct s y; y = x; return y; }');
    expect(asm).toContain('rep movsb');
    expect(asm).toContain('mov ecx, 12');
  });

  it('passes asm() text through verbatim', () => {
    expect(compile('void f(void) { asm("cli\\nhlt"); }')).toMatch(/cli\n\s+hlt/);
  });

  it('makes main return 0 when it falls off the end', () => {
    expect(instructions(compile('int main(void) { }'))).toContain('xor eax, eax');
  });

  it('keeps long long in EDX:EAX: loads, stores, carries, arguments and results', () => {
    const ins = instructions(compile('long long g(long long a, int b);\nlong long f(long long x) { long long y = x + 1; return g(y, 2); }'));
    expect(ins).toContain('mov edx, dword [ebp+8+4]');
    expect(ins).toEqual(expect.arrayContaining(['add eax, 1', 'adc edx, 0']));
    expect(ins).toContain('mov dword [ebp-8+4], edx');
    const call = ins.indexOf('call g');
    expect(ins.slice(call - 5, call + 2)).toEqual(['push dword 2', 'mov edx, dword [ebp-8+4]', 'mov eax, dword [ebp-8]', 'push edx', 'push eax', 'call g', 'add esp, 12']);
  });

  it('uses immediates for each half of a constant 64-bit operand', () => {
    const ins = instructions(compile('long long f(long long x) { return (x + 0x100000001LL) & -2LL; }'));
    expect(ins).toEqual(expect.arrayContaining(['add eax, 1', 'adc edx, 1', 'and eax, -2', 'and edx, -1']));
    expect(ins).not.toContain('push edx');
  });

  it('calls the runtime helpers for 64-bit division and declares them extern', () => {
    const asm = compile('long long f(long long a, long long b) { return a / b; }\nunsigned long long g(unsigned long long a, unsigned long long b) { return a % b; }');
    expect(asm).toMatch(/^extern __divdi3$/m);
    expect(asm).toMatch(/^extern __umoddi3$/m);
    expect(instructions(asm)).toContain('call __divdi3');
  });

  it('shifts 64-bit values with SHLD/SHRD and moves halves for counts of 32 or more', () => {
    const ins = instructions(compile('long long f(long long a, int n) { return (a << 3) + (a >> 40) + (a << n); }'));
    expect(ins).toContain('shld edx, eax, 3');
    expect(ins).toContain('sar eax, 8');
    expect(ins).toContain('shld edx, eax, cl');
    expect(ins).toContain('test cl, 32');
    const u = instructions(compile('unsigned long long f(unsigned long long a) { return a >> 63; }'));
    expect(u).toEqual(expect.arrayContaining(['mov eax, edx', 'shr eax, 31', 'xor edx, edx']));
  });

  it('jumps on 64-bit comparisons: high halves decide, then the low halves unsigned', () => {
    const ins = instructions(compile('int f(long long a) { if (a < 0x100000005LL) return 1; return 0; }'));
    const at = ins.indexOf('cmp edx, 1');
    expect(ins.slice(at, at + 5)).toEqual(['cmp edx, 1', expect.stringMatching(/^jl /), expect.stringMatching(/^jg /), 'cmp eax, 5', expect.stringMatching(/^jae /)]);
    expect(ins).not.toContain('setl al');
  });

  it('widens to 64 bits by the source signedness', () => {
    expect(instructions(compile('long long f(int i) { return i; }'))).toContain('cdq');
    expect(instructions(compile('long long f(unsigned i) { return i; }'))).toContain('xor edx, edx');
  });

  it('folds constant expressions', () => {
    const ins = instructions(compile('int f(void) { return (3 * 4 + 1) << 2 | (1 ? 0 : 9) || !5; }'));
    expect(ins).toContain('mov eax, 1');
    expect(ins.filter((l) => /^(imul|shl|or)/.test(l))).toEqual([]);
  });
});
