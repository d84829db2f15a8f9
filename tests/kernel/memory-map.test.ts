// The shell's `mem` map: who owns each physical page after boot.
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Machine } from '../../src/machine/machine.ts';
import { FIXTURES, nativeSystemModules } from './golden.ts';

const native = path.join(FIXTURES, 'native');
const kernel = new Uint8Array(fs.readFileSync(path.join(native, 'kernel.elf')));
const hello = new Uint8Array(fs.readFileSync(path.join(native, 'user', 'hello.elf')));
const system = nativeSystemModules();

function mem(memoryMiB: number): { counts: Record<string, number>; map: string } {
  const m = new Machine({ memoryMiB });
  let out = '';
  m.onSerialOutput((b) => { out += String.fromCharCode(b); });
  m.boot(kernel, [...system, { data: hello, string: 'hello' }], '-- mem');
  m.runUntilExit({ maxVirtualSeconds: 5 });
  const counts: Record<string, number> = {};
  const summary = out.split('\n').find((l) => l.startsWith('R reserved'))!;
  for (const [, code, n] of summary.matchAll(/(\S) [a-z ]+? (\d+)/g)) counts[code!] = Number(n);
  const map = out.split('\n').filter((l) => /^0x[0-9a-f]{8} /.test(l)).map((l) => l.slice(11)).join('');
  return { counts, map };
}

describe('physical memory map', () => {
  const { counts, map } = mem(32);

  it('every page below 1 MiB is reserved, then comes the kernel image', () => {
    expect(counts['R']).toBe(256);
    expect(map.slice(0, 256)).toBe('R'.repeat(256));
    expect(map[256]).toBe('K');
  });

  it('each kernel stack has one unmapped guard page inside the image', () => {
    expect(counts['G']).toBe(1 + 64);     // the boot stack's and one per process slot
    const image = map.slice(256, map.lastIndexOf('K') + 1);
    expect(image.replace(/[KG]/g, '')).toBe('');
  });

  it('the modules keep their pages and the kernel map takes 1 directory + 8 tables on 32 MiB', () => {
    const pages = (b: Uint8Array) => Math.ceil(b.length / 4096);
    expect(counts['M']).toBe(pages(hello) + system.reduce((n, m) => n + pages(m.data), 0));
    expect(counts['T']).toBe(9);
    // While `mem` runs, init, the shell and the shell's child (forked to run mem) own pages.
    expect(counts['U']).toBeGreaterThan(0);
    expect(counts['P']).toBeGreaterThan(0);
  });

  it('the counts add up to all of RAM', () => {
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(32 * 256);
  });
});
