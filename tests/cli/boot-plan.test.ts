import { describe, it, expect } from 'vitest';
import { planRun, bundledModules, BootPlanError, parseLimitSeconds } from '../../src/build/boot-plan.ts';

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
  });

  it('passes limit 0 (no limit) and plain decimals; refuses what the kernel\'s 32-bit tick count cannot hold', () => {
    const plan = (limitSeconds: number) => planRun(bundled, { name: 'x', elf: new Uint8Array(), args: [], limitSeconds }).cmdline;
    expect(plan(0)).toBe('limit=0 -- run x');
    expect(plan(0.5)).toBe('limit=0.5 -- run x');
    expect(plan(1e-7)).toBe('limit=0.01 -- run x'); // below one tick is one tick, written without an exponent
    expect(plan(42949672.95)).toBe('limit=42949672.95 -- run x');
    expect(() => plan(42949672.96)).toThrow(/too large: the kernel counts it in 10 ms ticks in 32 bits, so at most 42949672\.95 seconds/);
    expect(() => plan(1e21)).toThrow(/too large/);
    expect(() => plan(-1)).toThrow(BootPlanError);
    expect(() => plan(-1)).toThrow(/may not be negative/);
    expect(() => plan(NaN)).toThrow(/finite number/);
    expect(() => plan(Infinity)).toThrow(/finite number/);
  });

  it('parses a typed limit strictly', () => {
    expect(parseLimitSeconds('0')).toBe(0);
    expect(parseLimitSeconds(' 2.25 ')).toBe(2.25);
    expect(parseLimitSeconds('.5')).toBe(0.5);
    for (const bad of ['', 'x', '1e3', '0x10', '2s', 'Infinity']) expect(() => parseLimitSeconds(bad)).toThrow(/must be a number of seconds/);
    expect(() => parseLimitSeconds('-0.5')).toThrow(/may not be negative/);
  });

  it('lists bundled programs as modules named after them', () => {
    expect(bundledModules(bundled).map((m) => m.string)).toEqual(['hello', 'kwrite']);
  });
});
