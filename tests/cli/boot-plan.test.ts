import { describe, it, expect } from 'vitest';
import { planRun, bundledModules, BootPlanError } from '../../src/build/boot-plan.ts';

const bundled = [
  { name: 'hello', source: 'kernel/user/hello.c', elf: new Uint8Array([1]) },
  { name: 'kwrite', source: 'kernel/user/kwrite.c', elf: new Uint8Array([2]) },
];

describe('run plan', () => {
  it('adds the program as the first module and runs it from the command line', () => {
    const plan = planRun(bundled, { name: 'mine', elf: new Uint8Array([9]), args: ['a', 'b'] });
    expect(plan.modules.map((m) => m.string)).toEqual(['mine a b', 'hello', 'kwrite']);
    expect(plan.modules[0]!.data).toEqual(new Uint8Array([9]));
    expect(plan.cmdline).toBe('-- run mine a b');
  });

  it('puts kernel options and the time limit before the --', () => {
    const plan = planRun(bundled, { name: 'x', elf: new Uint8Array(), args: [], kernelOpts: ' ring0 nocheck ', limitSeconds: 2 });
    expect(plan.cmdline).toBe('ring0 nocheck limit=2 -- run x');
  });

  it('replaces a bundled program of the same name with the user\'s', () => {
    const plan = planRun(bundled, { name: 'hello', elf: new Uint8Array([7]), args: [] });
    expect(plan.modules.map((m) => m.string)).toEqual(['hello', 'kwrite']);
    expect(plan.modules[0]!.data).toEqual(new Uint8Array([7]));
  });

  it('refuses arguments the kernel shell could not pass through', () => {
    expect(() => planRun(bundled, { name: 'x', elf: new Uint8Array(), args: ['a b'] })).toThrow(BootPlanError);
    expect(() => planRun(bundled, { name: 'x', elf: new Uint8Array(), args: ['a;halt'] })).toThrow(/may not be empty or contain/);
    expect(() => planRun(bundled, { name: 'x', elf: new Uint8Array(), args: [], kernelOpts: 'a -- b' })).toThrow(/--/);
    expect(() => planRun(bundled, { name: 'x', elf: new Uint8Array(), args: [], limitSeconds: 0 })).toThrow(/positive/);
  });

  it('lists bundled programs as modules named after them', () => {
    expect(bundledModules(bundled).map((m) => m.string)).toEqual(['hello', 'kwrite']);
  });
});
