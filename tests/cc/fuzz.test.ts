// Fuzzing: no input may make the compiler throw anything but a CompileError
// with diagnostics. Deterministic: a seeded PRNG drives every mutation.
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import { compileToAssembly, CompileError } from '../../cc/driver.ts';
import { listPrograms } from './program-spec.ts';

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCAB = [
  'int', 'char', 'short', 'long', 'unsigned', 'signed', 'void', 'struct', 'union', 'enum', 'typedef', 'static',
  'extern', 'const', 'if', 'else', 'while', 'for', 'do', 'switch', 'case', 'default', 'break', 'continue',
  'return', 'goto', 'sizeof', 'asm', 'x', 'y', 'main', 'f', 's', 'p', '0', '1', '42', '0x10', "'a'", '"str"',
  '(', ')', '{', '}', '[', ']', ';', ',', '.', '->', '*', '&', '+', '-', '!', '~', '/', '%', '<<', '>>', '<',
  '>', '<=', '>=', '==', '!=', '^', '|', '&&', '||', '?', ':', '=', '+=', '++', '--', '...', '#', '##',
  '#define', '#if', '#endif', '#include', '\n', 'float', '1.5', 'va_list', 'NULL',
];

/** Compile and classify: 'ok', or 'error' when a proper CompileError came back. Anything else fails the test. */
function outcome(text: string): 'ok' | 'error' {
  try {
    // Warnings are collected (not printed) and must be well formed too.
    compileToAssembly([{ name: 'fuzz.c', text }], { warnings: { sink: (d) => expect(d.split('\n')[0]).toMatch(/^fuzz\.c:\d+:\d+: warning: .+ \[-W[a-z-]+=?\]$/) } });
    return 'ok';
  } catch (e) {
    if (!(e instanceof CompileError)) throw new Error(`non-CompileError for input:\n${text.slice(0, 400)}\n${(e as Error).stack}`);
    expect(e.diagnostics.length).toBeGreaterThan(0);
    for (const d of e.diagnostics) expect(d).toMatch(/error: \S/);
    // The driver turns stray exceptions into an "internal compiler error"; that is still a bug.
    const internal = e.diagnostics.find((d) => d.includes('internal compiler error') || d.includes('too deeply nested to compile'));
    if (internal) throw new Error(`compiler bug for input:\n${text.slice(0, 400)}\n${internal}`);
    return 'error';
  }
}

function mutate(src: string, rnd: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  let s = src;
  const n = 1 + Math.floor(rnd() * 4);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(rnd() * (s.length + 1));
    const len = 1 + Math.floor(rnd() * 12);
    switch (Math.floor(rnd() * 6)) {
      case 0: s = s.slice(0, at) + s.slice(at + len); break;                       // delete
      case 1: s = s.slice(0, at) + ' ' + pick(VOCAB) + ' ' + s.slice(at); break;   // insert a token
      case 2: s = s.slice(0, at) + s.slice(at, at + len).repeat(2) + s.slice(at + len); break; // duplicate
      case 3: s = s.slice(0, at); break;                                           // truncate
      case 4: { const j = Math.floor(rnd() * s.length); s = s.slice(0, at) + s.slice(j, j + len) + s.slice(at); break; } // copy
      default: s = s.slice(0, at) + String.fromCharCode(Math.floor(rnd() * 128)) + s.slice(at + 1); // replace a char
    }
  }
  return s;
}

const programs = listPrograms().map((f) => fs.readFileSync(f, 'utf8'))
  // Quoted includes are resolved relative to the real file; drop them so the fuzz input stands alone.
  .map((t) => t.replace(/#include "[^"]*"\n/g, ''));

describe('fuzz: the compiler only ever fails with a CompileError', () => {
  it('survives thousands of mutated valid programs', () => {
    const rnd = prng(12345);
    let errors = 0;
    for (let i = 0; i < 2500; i++) {
      const src = programs[i % programs.length]!;
      if (outcome(mutate(src, rnd)) === 'error') errors++;
    }
    expect(errors).toBeGreaterThan(500); // the mutations really do break programs
  }, 120_000);

  it('survives random token streams', () => {
    const rnd = prng(777);
    for (let i = 0; i < 1500; i++) {
      const n = 1 + Math.floor(rnd() * 60);
      const toks: string[] = [];
      for (let k = 0; k < n; k++) toks.push(VOCAB[Math.floor(rnd() * VOCAB.length)]!);
      outcome(toks.join(' '));
    }
  }, 120_000);

  it('survives random token streams inside a function body', () => {
    const rnd = prng(4242);
    for (let i = 0; i < 1500; i++) {
      const n = 1 + Math.floor(rnd() * 40);
      const toks: string[] = [];
      for (let k = 0; k < n; k++) toks.push(VOCAB[Math.floor(rnd() * VOCAB.length)]!);
      outcome(`int x, y, *p; struct s { int a; } s; int f(int a) { return a; }\nint main(void) {\n${toks.join(' ')}\n}\n`);
    }
  }, 120_000);

  it('guards deep nesting instead of overflowing the stack', () => {
    const deep = [
      `int main(void) { return ${'('.repeat(20000)}1${')'.repeat(20000)}; }`,
      `int main(void) { ${'{'.repeat(20000)} ${'}'.repeat(20000)} return 0; }`,
      `int main(void) { return ${Array(20000).fill('1').join(' + ')}; }`,
      `int main(void) { int x; x = ${Array(5000).fill('x').join(' = ')}; return 0; }`,
      `int main(void) { return ${'-'.repeat(20000)}1; }`,
      `int ${'*'.repeat(20000)}p;`,
      `int main(void) { ${'if (1) '.repeat(20000)} return 0; }`,
      `int x = ${'1 ? '.repeat(5000)}1${' : 0'.repeat(5000)};`,
      `#define A(x) x\nint v = ${'A('.repeat(3000)}1${')'.repeat(3000)};`,
      `#if ${'('.repeat(20000)}1${')'.repeat(20000)}\n#endif`,
      `int a[1] = ${'{'.repeat(20000)}1${'}'.repeat(20000)};`,
      `int f(int (${'*'.repeat(10) + '('.repeat(5000)}x${')'.repeat(5000)}));`,
    ];
    for (const src of deep) outcome(src);
  }, 120_000);
});
