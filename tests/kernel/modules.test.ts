// How the kernel turns multiboot modules into programs: names from the module
// string (basename, ".elf" dropped), default arguments, and many modules.
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Machine } from '../../src/machine/machine.ts';
import { FIXTURES, nativeSystemModules } from './golden.ts';

const native = path.join(FIXTURES, 'native');
const kernel = new Uint8Array(fs.readFileSync(path.join(native, 'kernel.elf')));
const program = (name: string) => new Uint8Array(fs.readFileSync(path.join(native, 'user', `${name}.elf`)));

/** Boots with init and sh first (withSystem), then `modules`. */
function boot(modules: { data: Uint8Array; string: string }[], cmdline: string, withSystem = true): { console: string; exit: number | null } {
  const m = new Machine({ memoryMiB: 32 });
  let out = '';
  m.onSerialOutput((b) => { out += String.fromCharCode(b); });
  m.boot(kernel, [...(withSystem ? nativeSystemModules() : []), ...modules], cmdline);
  const exit = m.runUntilExit({ maxVirtualSeconds: 5 }).exitValue;
  return { console: out, exit };
}

describe('modules become programs', () => {
  it('the name is the basename of the first word, without .elf; the rest are default arguments', () => {
    const r = boot([{ data: program('args'), string: 'some/dir/args.elf x  y' }], '-- ls; run args; run args z');
    expect(r.console).toMatch(/^args +\d+ bytes {2}at 0x[0-9a-f]{8} {2}args: x {2}y\n/m);
    expect(r.console).toContain('argc = 3\nargv[0] = "args"\nargv[1] = "x"\nargv[2] = "y"\n');
    expect(r.console).toContain('argc = 2\nargv[0] = "args"\nargv[1] = "z"\n');
  });

  it('40 modules are all listed and the last one runs', () => {
    const hello = program('hello');
    const modules = Array.from({ length: 40 }, (_, i) => ({ data: hello, string: `p${i + 1}` }));
    const r = boot(modules, '-- ls; run p40');
    expect(r.console.split('\n').filter((l) => /^p\d+ /.test(l))).toHaveLength(40);
    expect(r.console.endsWith('Hello from ring 3!\n')).toBe(true);
    expect(r.exit).toBe(0);
  });

  it('with no modules there is no init to start: the kernel says so and ends (status 127)', () => {
    const r = boot([], '-- ls; run hello', false);
    expect(r.console).toBe("boot: no 'init' program among the boot modules: nothing to run\n");
    expect(r.exit).toBe(127);
  });

  it('with only init and sh, ls lists them and run finds nothing (status 127)', () => {
    const r = boot([], '-- ls; run hello');
    expect(r.console).toMatch(/^init +\d+ bytes[^\n]*\nsh +\d+ bytes[^\n]*\nhello: no such program \(try ls\)\n$/);
    expect(r.exit).toBe(127);
  });

  it('unknown kernel options are reported and ignored; the kernel path QEMU puts first is skipped', () => {
    const r = boot([{ data: program('ret42'), string: 'ret42' }], 'build/kernel.elf bogus -- run ret42');
    expect(r.console).toBe("boot: unknown option 'bogus' ignored\n");
    expect(r.exit).toBe(42);
  });
});
