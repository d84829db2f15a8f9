// The kernel's ELF loader refuses every malformed image with a clear message
// (status 126) and the shell carries on. The images are the fixture hello.elf
// with one field broken each, booted on ringside's Machine.
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Machine } from '../../src/machine/machine.ts';
import { FIXTURES, nativeSystemModules } from './golden.ts';

const native = path.join(FIXTURES, 'native');
const kernel = new Uint8Array(fs.readFileSync(path.join(native, 'kernel.elf')));
const hello = new Uint8Array(fs.readFileSync(path.join(native, 'user', 'hello.elf')));
const system = nativeSystemModules();

function boot(bad: Uint8Array, commands: string): { console: string; exit: number | null } {
  const m = new Machine({ memoryMiB: 32 });
  let out = '';
  m.onSerialOutput((b) => { out += String.fromCharCode(b); });
  m.boot(kernel, [...system, { data: bad, string: 'bad' }, { data: hello, string: 'hello' }], `-- ${commands}`);
  const r = m.runUntilExit({ maxVirtualSeconds: 5 });
  return { console: out, exit: r.exitValue };
}

/** hello.elf with a change applied to a copy. */
function patched(change: (v: DataView, firstLoad: number) => void): Uint8Array {
  const copy = hello.slice();
  const v = new DataView(copy.buffer);
  const phoff = v.getUint32(28, true);
  let firstLoad = -1;
  for (let i = 0; i < v.getUint16(44, true); i++) {
    if (v.getUint32(phoff + 32 * i, true) === 1) { firstLoad = phoff + 32 * i; break; }
  }
  change(v, firstLoad);
  return copy;
}

const cases: [string, Uint8Array, string][] = [
  ['too small', hello.slice(0, 20), 'file too small for an ELF header'],
  ['bad magic', patched((v) => v.setUint8(1, 0x45 + 1)), 'not an ELF file (bad magic)'],
  ['64-bit', patched((v) => v.setUint8(4, 2)), 'not a 32-bit ELF file (class 2'],
  ['big-endian', patched((v) => v.setUint8(5, 2)), 'not a little-endian ELF file'],
  ['relocatable', patched((v) => v.setUint16(16, 1, true)), 'not an executable (e_type 1'],
  ['x86-64', patched((v) => v.setUint16(18, 62, true)), 'not an i386 program (e_machine 62'],
  ['headers past the end', patched((v) => v.setUint32(28, 0x7ffffff0, true)), 'program headers outside the file'],
  ['kernel address', patched((v, ph) => v.setUint32(ph + 8, 0x00100000, true)), 'segment outside the user window 0x40000000-0x403fb000: segment 0'],
  ['over the stack', patched((v, ph) => v.setUint32(ph + 20, 0x00400000, true)), 'segment outside the user window'],
  ['wraps around', patched((v, ph) => { v.setUint32(ph + 8, 0x403fa000, true); v.setUint32(ph + 20, 0xfffff000, true); }), 'segment outside the user window'],
  ['memsz < filesz', patched((v, ph) => v.setUint32(ph + 20, 1, true)), 'memsz smaller than filesz in segment 0'],
  ['bytes past the end', patched((v, ph) => v.setUint32(ph + 4, 0xfffffff0, true)), 'file bytes outside the image in segment 0'],
  ['entry outside', patched((v) => v.setUint32(24, 0x40300000, true)), 'entry point outside every loadable segment'],
  ['no loadable segment', patched((v, ph) => v.setUint32(ph, 0, true)), 'entry point outside every loadable segment'],
];

describe('the ELF loader refuses bad images', () => {
  for (const [name, image, message] of cases) {
    it(name, () => {
      const r = boot(image, 'run bad; echo still here');
      expect(r.console).toContain(`execv: bad: ${message}`);
      expect(r.console).not.toContain('no such program');
      expect(r.console.endsWith('still here\n')).toBe(true);
      const alone = boot(image, 'run bad');
      expect(alone.exit).toBe(126);
    });
  }

  it('an intact image still runs (the patching itself is sound)', () => {
    const r = boot(patched(() => {}), 'run bad');
    expect(r.console).toBe('Hello from ring 3!\n');
    expect(r.exit).toBe(0);
  });

  // The shell takes at most 32 commands on one line.
  it('a refused image leaks no memory: 30 refusals, then mem reports as many free pages as before', () => {
    const bad = patched((v, ph) => v.setUint32(ph + 20, 1, true));
    const before = boot(bad, 'mem').console.match(/, (\d+) free/)![1];
    const after = boot(bad, `${'run bad; '.repeat(30)}mem`).console.match(/, (\d+) free/)![1];
    expect(after).toBe(before);
  });
});

describe('programs leave no pages behind', () => {
  it('after 7 runs each of hello, heap, kwrite and stack, mem reports as many free pages as before', () => {
    const modules = ['hello', 'heap', 'kwrite', 'stack'].map((n) => ({
      data: new Uint8Array(fs.readFileSync(path.join(native, 'user', `${n}.elf`))), string: n,
    }));
    const freePages = (commands: string): string => {
      const m = new Machine({ memoryMiB: 32 });
      let out = '';
      m.onSerialOutput((b) => { out += String.fromCharCode(b); });
      m.boot(kernel, [...system, ...modules], `-- ${commands}`);
      m.runUntilExit({ maxVirtualSeconds: 20 });
      return /, (\d+) free/.exec(out)![1]!;
    };
    const before = freePages('mem');
    const after = freePages(`${'run hello; run heap; run kwrite; run stack; '.repeat(7)}mem`);
    expect(after).toBe(before);
  });
});

describe('running out of physical memory', () => {
  it('sbrk fails cleanly on a 4 MiB machine, twice, and every page comes back', () => {
    const hog = new Uint8Array(fs.readFileSync(path.join(native, 'user', 'hog.elf')));
    const m = new Machine({ memoryMiB: 4 });
    let out = '';
    m.onSerialOutput((b) => { out += String.fromCharCode(b); });
    m.boot(kernel, [...system, { data: hog, string: 'hog' }], '-- mem; run hog; run hog; mem');
    expect(m.runUntilExit({ maxVirtualSeconds: 20 }).exitValue).toBe(0);
    const got = [...out.matchAll(/hog: got (\d+) pages/g)].map((x) => Number(x[1]));
    expect(got).toHaveLength(2);
    expect(got[0]).toBeGreaterThan(100);
    expect(got[0]).toBeLessThan(1017);      // memory ran out before the window did
    expect(got[1]).toBe(got[0]);
    const free = [...out.matchAll(/, (\d+) free/g)].map((x) => x[1]);
    expect(free).toHaveLength(2);
    expect(free[1]).toBe(free[0]);
  });
});
