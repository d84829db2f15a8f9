import { describe, it, expect } from 'vitest';
import type { Expr, Program, Stmt } from '../../cc/ast.ts';
import { Diagnostics } from '../../cc/diagnostics.ts';
import { parseProgram } from '../../cc/parser.ts';
import { preprocess } from '../../cc/preprocess.ts';
import { typeName, type Type } from '../../cc/types.ts';

function parse(text: string): Program {
  const diags = new Diagnostics();
  const prog = parseProgram(preprocess({ name: 't.c', text }, {}, diags), { prefix: '0' }, diags);
  expect(diags.messages).toEqual([]);
  return prog;
}

/** The type of `return EXPR;` in a function body (after C's conversions to the return type are undone). */
function returnExpr(decls: string, expr: string): Expr {
  const prog = parse(`${decls}\nvoid *f(void) { ${expr}; return 0; }`);
  const body = prog.funcs[0]!.body as Extract<Stmt, { k: 'block' }>;
  return (body.body[0] as Extract<Stmt, { k: 'expr' }>).e;
}
const typeOf = (decls: string, expr: string) => typeName(returnExpr(decls, expr).type);

describe('parser: types of expressions', () => {
  it('applies integer promotions and the usual arithmetic conversions', () => {
    expect(typeOf('char c; short s;', 'c + s')).toBe('int');
    expect(typeOf('unsigned u; int i;', 'u + i')).toBe('unsigned int');
    expect(typeOf('unsigned char b;', 'b << 1')).toBe('int');
    expect(typeOf('unsigned u;', 'u >> 1')).toBe('unsigned int');
    expect(typeOf('unsigned u; int i;', 'u < i')).toBe('int');
    expect(typeOf('char c;', '-c')).toBe('int');
  });
  it('types pointer arithmetic', () => {
    expect(typeOf('int *p;', 'p + 1')).toBe('int *');
    expect(typeOf('int *p, *q;', 'p - q')).toBe('int');
    expect(typeOf('int a[3];', '&a[1]')).toBe('int *');
    expect(typeOf('int a[2][3];', 'a[1]')).toBe('int[3]');
    expect(typeOf('char *s;', '*s')).toBe('char');
  });
  it('resolves declarators inside out', () => {
    expect(typeOf('int (*fp)(int, char);', 'fp')).toBe('int (*)(int, char)');
    expect(typeOf('int *ap[4];', 'ap')).toBe('int *[4]');
    expect(typeOf('int (*pa)[4];', 'pa')).toBe('int (*)[4]');
    expect(typeOf('typedef int T; T *x;', 'x')).toBe('int *');
  });
  it('folds sizeof, enums and constant arithmetic to numbers', () => {
    const e = returnExpr('struct s { char c; int i; }; enum { A = 3, B };', 'sizeof(struct s) * B + (A << 2)');
    expect(e.k).toBe('num');
    expect((e as Extract<Expr, { k: 'num' }>).value).toBe(8 * 4 + 12);
  });
});

describe('parser: 64-bit integers', () => {
  it('spells long long in any order and keeps long at 32 bits', () => {
    expect(typeOf('long long int a;', 'a')).toBe('long long int');
    expect(typeOf('int long unsigned long a;', 'a')).toBe('long long unsigned int');
    expect(typeOf('signed long long a;', 'a')).toBe('long long int');
    expect(typeOf('long a;', 'a')).toBe('long int');
  });
  it('converts to long long over unsigned int, and to unsigned long long over everything', () => {
    expect(typeOf('long long a; unsigned u;', 'a + u')).toBe('long long int');
    expect(typeOf('long long a; unsigned long long b;', 'a * b')).toBe('long long unsigned int');
    expect(typeOf('unsigned long long b; char c;', 'c - b')).toBe('long long unsigned int');
    expect(typeOf('long long a; int i;', 'i << a')).toBe('int');
    expect(typeOf('long long a; int i;', 'a >> i')).toBe('long long int');
    expect(typeOf('long long a;', 'a < 1')).toBe('int');
    expect(typeOf('long long a;', '-a')).toBe('long long int');
    expect(typeOf('int c; long long a;', 'c ? 1u : a')).toBe('long long int');
  });
  it('gives constants the C type their value and suffix call for', () => {
    expect(typeOf('', '2147483648')).toBe('long long int');
    expect(typeOf('', '0x80000000')).toBe('unsigned int');
    expect(typeOf('', '0x100000000')).toBe('long long int');
    expect(typeOf('', '0xffffffffffffffff')).toBe('long long unsigned int');
    expect(typeOf('', '1ULL')).toBe('long long unsigned int');
  });
  it('folds 64-bit constant expressions exactly', () => {
    const e = returnExpr('', '(0x123456789abcdefLL * 16 + 0xf) >> 4') as Extract<Expr, { k: 'num' }>;
    expect(e.wide).toBe(0x123456789abcdefn);
    const m = returnExpr('', '-9223372036854775807LL - 1') as Extract<Expr, { k: 'num' }>;
    expect(m.wide).toBe(-(2n ** 63n));
    const u = returnExpr('', '0ULL - 1') as Extract<Expr, { k: 'num' }>;
    expect(u.wide).toBe(2n ** 64n - 1n);
    const narrowed = returnExpr('', '(int)0x1234567800000005LL') as Extract<Expr, { k: 'num' }>;
    expect([narrowed.value, narrowed.wide]).toEqual([5, undefined]);
  });
  it('aligns long long to 4 inside structs, as the i386 System V ABI does', () => {
    const prog = parse('struct s { char c; long long x; int i; } v;');
    const t = prog.globals[0]!.type as Extract<Type, { kind: 'struct' }>;
    expect(t.members.map((m) => m.offset)).toEqual([0, 4, 12]);
    expect(t.size).toBe(16);
  });
});

describe('parser: declarations', () => {
  const struct = (text: string, tag: string, kw = 'struct'): Extract<Type, { kind: 'struct' }> => {
    const prog = parse(`${text}\n${kw} ${tag} *probe;`);
    const g = prog.globals.find((v) => v.name === 'probe')!;
    return (g.type as Extract<Type, { kind: 'ptr' }>).base as Extract<Type, { kind: 'struct' }>;
  };
  it('lays out struct members with natural alignment', () => {
    const s = struct('struct s { char a; short b; char c; int d; char e[3]; };', 's');
    expect(s.members.map((m) => [m.name, m.offset])).toEqual([['a', 0], ['b', 2], ['c', 4], ['d', 8], ['e', 12]]);
    expect(s.size).toBe(16);
    expect(s.align).toBe(4);
  });
  it('lays out unions at offset 0 with the largest size', () => {
    const u = struct('union u { char c[5]; short s; };', 'u', 'union');
    expect(u.isUnion).toBe(true);
    expect(u.members.every((m) => m.offset === 0)).toBe(true);
    expect(u.size).toBe(6);
  });
  it('completes a forward-declared struct in place', () => {
    const s = struct('struct n; struct n *p; struct n { int v; struct n *next; };', 'n');
    expect(s.complete).toBe(true);
    expect(s.size).toBe(8);
  });
  it('gives statics unit-prefixed names and keeps externs', () => {
    const prog = parse('static int hidden;\nint shown;\nextern int elsewhere;\nstatic void f(void) {}\nint g(void) { static int n; return n + elsewhere; }');
    const names = Object.fromEntries(prog.globals.map((v) => [v.name, [v.asmName, v.isDefined]]));
    expect(names).toEqual({ hidden: ['__s0_hidden', true], shown: ['shown', true], elsewhere: ['elsewhere', false], n: ['__s0_g_n_1', true] });
    expect(prog.funcs.map((f) => f.asmName)).toEqual(['__s0_f', 'g']);
  });
  it('deduces array sizes from initializers', () => {
    const prog = parse('int a[] = {1, 2, 3};\nchar s[] = "four";\nint d[] = { [9] = 1 };');
    expect(prog.globals.map((v) => typeName(v.type))).toEqual(['int[3]', 'char[5]', 'int[10]']);
  });
});
