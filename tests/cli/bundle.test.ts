import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBundle, BundleError } from '../../src/build/bundle.ts';
import { readElf } from '../../src/isa/elf-read.ts';

const KERNEL = `section .text
global _start
mb: dd 0x1BADB002, 3, -(0x1BADB002 + 3)
_start:
  cli
  hlt
`;
const program = (value: number) => `section .text
global _start
_start:
  mov eax, ${value}
  ret
`;

function tree(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'ringside-bundle-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), `${text}; ${root}\n`);
  }
  return { root, cacheDir: join(root, 'cache') };
}

describe('bundled kernel and programs', { timeout: 60_000 }, () => {
  it('builds the kernel and one program per user source, attacks included, sorted by name', () => {
    const t = tree({
      'kernel/k.s': KERNEL,
      'kernel/user/zeta.s': program(1),
      'kernel/user/alpha.s': program(2),
      'kernel/user/attacks/evil.s': program(3),
      'kernel/user/notes.txt': 'not a program',
    });
    const b = buildBundle(t);
    expect(readElf(b.kernel).entry).toBeGreaterThanOrEqual(0x100000);
    expect(b.programs.map((p) => p.name)).toEqual(['alpha', 'evil', 'zeta']);
    expect(b.programs.find((p) => p.name === 'evil')!.source).toBe(join('kernel', 'user', 'attacks', 'evil.s'));
    expect(readElf(b.programs[0]!.elf).entry).toBe(0x40000000);
    expect(b.failures).toEqual([]);
  });

  it('caches on disk and in memory, keyed by the inputs', () => {
    const t = tree({ 'kernel/k.s': KERNEL, 'kernel/user/p.s': program(1) });
    const first = buildBundle(t);
    // (Each test tree's kernel differs by a comment naming the tree, so nothing comes from earlier tests.)
    expect(readdirSync(t.cacheDir).filter((f) => f.endsWith('.elf')).length).toBe(2);
    const again = buildBundle(t);
    expect(again.programs[0]!.elf).toBe(first.programs[0]!.elf); // the same object: memory cache
    writeFileSync(join(t.root, 'kernel/user/p.s'), program(2));
    const changed = buildBundle(t);
    expect(changed.programs[0]!.elf).not.toEqual(first.programs[0]!.elf);
    expect(changed.kernel).toBe(first.kernel); // the kernel's inputs did not change
    expect(readdirSync(t.cacheDir).filter((f) => f.endsWith('.elf')).length).toBe(3);
  });

  it('leaves out a program that does not build and reports it', () => {
    const t = tree({ 'kernel/k.s': KERNEL, 'kernel/user/good.s': program(1), 'kernel/user/bad.s': 'section .text\nfrob\n' });
    const b = buildBundle(t);
    expect(b.programs.map((p) => p.name)).toEqual(['good']);
    expect(b.failures).toHaveLength(1);
    expect(b.failures[0]!.name).toBe('bad');
    expect(b.failures[0]!.diagnostics.join('\n')).toMatch(/bad\.s:2:\d+: error/);
  });

  it('fails clearly without kernel sources, with a broken kernel, or with two programs of one name', () => {
    expect(() => buildBundle(tree({ 'kernel/user/p.s': program(1) }))).toThrow(/no kernel sources/);
    const broken = tree({ 'kernel/k.s': 'section .text\nglobal _start\n_start: frob\n' });
    let err: unknown;
    try { buildBundle(broken); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(BundleError);
    expect((err as BundleError).diagnostics[0]).toBe('the bundled kernel does not build:');
    expect((err as BundleError).diagnostics[1]).toMatch(/k\.s:3:\d+: error/);
    const twins = tree({ 'kernel/k.s': KERNEL, 'kernel/user/p.s': program(1), 'kernel/user/attacks/p.s': program(2) });
    expect(() => buildBundle(twins)).toThrow(/two bundled programs are named "p"/);
  });
});
