// Robustness: random input must give an AsmError (assembler) or "(bad)"/a decoded
// instruction (disassembler) — never another exception.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AsmError, assemble } from '../../src/isa/assembler.ts';
import { disassembleOne } from '../../src/isa/disassembler.ts';

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCAB = ['mov', 'add', 'jmp', 'push', 'lea', 'db', 'dd', 'times', 'align', 'equ', 'section', '.text', '.bss',
  'eax', 'al', 'ax', 'esp', 'cr0', 'ds', 'fs', 'byte', 'dword', 'PTR', 'far', 'short', '[', ']', ',', ':', '+', '-',
  '*', '/', '%', '(', ')', '<<', '~', '$', '$$', '0', '1', '4', '0x10', '-1', '300', '0xffffffff', "'a'", '"str"',
  'lbl', '.loc', 'x:', 'rep', 'lock', 'o16', 'a16', '%line', 'global', 'resb', 'int', 'ret', 'retf', 'es:', 'bits'];

describe('assembler on random input', () => {
  it('throws only AsmError', () => {
    const rand = rng(42);
    let ok = 0, errors = 0;
    for (let i = 0; i < 1500; i++) {
      const lines: string[] = ['_start:'];
      const n = 1 + Math.floor(rand() * 6);
      for (let l = 0; l < n; l++) {
        const words = 1 + Math.floor(rand() * 7);
        lines.push(Array.from({ length: words }, () => VOCAB[Math.floor(rand() * VOCAB.length)]).join(rand() < 0.5 ? ' ' : ''));
      }
      try {
        assemble([{ name: 'fuzz.s', text: lines.join('\n') }], { base: 0x1000 });
        ok++;
      } catch (e) {
        if (!(e instanceof AsmError)) throw new Error(`non-AsmError for ${JSON.stringify(lines)}: ${(e as Error).stack}`);
        for (const d of e.diagnostics) expect(d).toMatch(/^fuzz\.s(:\d+:\d+)?: error: /);
        errors++;
      }
    }
    expect(errors).toBeGreaterThan(0);
    expect(ok).toBeGreaterThan(0);
  });
});

describe('assembler on mutated real programs', () => {
  it('throws only AsmError', () => {
    const dir = fileURLToPath(new URL('./fixtures/program-user/', import.meta.url));
    const units = ['00-crt0.s', '01-heap.s', '02-syscalls.s'].map((f) => ({ name: f, text: readFileSync(dir + f, 'utf8') }));
    const rand = rng(99);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
    const junk = ['', ',', '[', ']', ':', '+', 'eax', '.L1', '$', '0x', "'", '"', 'dword', 'far', ';', 'times', 'section .bss', '%line'];
    let errors = 0;
    for (let i = 0; i < 150; i++) {
      const mutated = units.map((u) => ({ ...u }));
      const u = pick(mutated);
      const lines = u.text.split('\n');
      for (let k = 0; k < 1 + Math.floor(rand() * 3); k++) {
        const at = Math.floor(rand() * lines.length);
        const line = lines[at];
        const col = Math.floor(rand() * (line.length + 1));
        const r = rand();
        if (r < 0.3) lines[at] = line.slice(0, col) + pick(junk) + line.slice(col);
        else if (r < 0.5) lines[at] = line.slice(0, col) + line.slice(col + 1 + Math.floor(rand() * 5));
        else if (r < 0.7) lines.splice(at, 0, pick(lines));
        else if (r < 0.85) lines.splice(at, 1);
        else lines[at] = line.replace(/\w+/, pick(junk));
      }
      u.text = lines.join('\n');
      try {
        assemble(mutated, { base: 0x40000000 });
      } catch (e) {
        if (!(e instanceof AsmError)) throw new Error(`non-AsmError: ${(e as Error).stack}`);
        errors++;
      }
    }
    expect(errors).toBeGreaterThan(20);
  });
});

describe('disassembler on random bytes', () => {
  it('always returns a decoded instruction of 1..15 bytes', () => {
    const rand = rng(7);
    const buf = new Uint8Array(4096);
    for (let i = 0; i < buf.length; i++) buf[i] = Math.floor(rand() * 256);
    for (let bits of [32, 16] as const) {
      let off = 0, count = 0;
      while (off < buf.length) {
        const d = disassembleOne(buf, off, 0x1000 + off, { bits });
        expect(d.length).toBeGreaterThanOrEqual(1);
        expect(d.length).toBeLessThanOrEqual(15);
        off += d.length;
        count++;
      }
      expect(count).toBeGreaterThan(500);
      bits = bits === 32 ? 16 : 32;
    }
  });
});
