import { describe, it, expect } from 'vitest';
import { Machine } from '../../src/machine/machine.ts';
import { MultibootError } from '../../src/machine/multiboot.ts';
import { INSTRUCTIONS_PER_SECOND } from '../../src/machine/pit.ts';
import { buildElf, multibootHeader } from './elf-fixture.ts';

/** A kernel whose code follows the multiboot header at 0x10000c. */
function kernel(...code: number[]): Uint8Array {
  return buildElf(0x10000c, [{ paddr: 0x100000, data: new Uint8Array([...multibootHeader(), ...code]) }]);
}

// mov al, 'X'; out 0xe9, al; mov al, 5; out 0xf4, al; cli; hlt
const DEBUG_THEN_EXIT = [0xb0, 0x58, 0xe6, 0xe9, 0xb0, 0x05, 0xe6, 0xf4, 0xfa, 0xf4];

describe('Machine', () => {
  it('sends debug-console bytes to its listeners and ends on an 8-bit exit-port write', () => {
    const m = new Machine({ memoryMiB: 4 });
    const debug: number[] = [];
    m.onDebugOutput((b) => debug.push(b));
    m.boot(kernel(...DEBUG_THEN_EXIT), [], '');
    // Nothing runs after the exit write (the cli; hlt after it are never executed).
    expect(m.runUntilExit({ maxInstructions: 100 })).toMatchObject({ state: 'exited', exitValue: 5, instructions: 4 });
    expect(debug).toEqual([0x58]);
  });

  it('has the configured amount of RAM and reports bad kernels as MultibootError', () => {
    const m = new Machine({ memoryMiB: 3 });
    expect(m.ram.size).toBe(3 << 20);
    expect(() => m.boot(new Uint8Array(16), [], '')).toThrow(MultibootError);
    expect(m.runSlice(100)).toBe('halted-forever'); // a machine that failed to boot does not run
  });

  it('stops telling a listener once it unsubscribes', () => {
    const m = new Machine({ memoryMiB: 4 });
    const seen: number[] = [];
    const off = m.onDebugOutput((b) => seen.push(b));
    off();
    m.boot(kernel(...DEBUG_THEN_EXIT), [], '');
    m.runUntilExit({ maxInstructions: 100 });
    expect(seen).toEqual([]);
  });

  it('can boot again after the machine ended', () => {
    const m = new Machine({ memoryMiB: 4 });
    m.boot(kernel(...DEBUG_THEN_EXIT), [], '');
    m.runUntilExit({ maxInstructions: 100 });
    m.boot(kernel(0xb0, 0x09, 0xe6, 0xf4, 0xfa, 0xf4), [], '');
    expect(m.exitValue).toBeNull();
    expect(m.state).toBe('running');
    expect(m.runUntilExit({ maxInstructions: 100 }).exitValue).toBe(9);
  });

  it('keeps virtual time moving while idle even with the timer stopped', () => {
    const m = new Machine({ memoryMiB: 4 });
    // mov al, 0x30; out 0x43, al (PIT channel 0 to mode 0, no count: stopped); sti; hlt; jmp $-1
    m.boot(kernel(0xb0, 0x30, 0xe6, 0x43, 0xfb, 0xf4, 0xeb, 0xfd), [], '');
    expect(m.runSlice(1000)).toBe('halted-idle');
    const t = m.now;
    expect(m.runSlice(1000)).toBe('halted-idle');
    expect(m.now - t).toBe(INSTRUCTIONS_PER_SECOND / 100);
    const r = m.runUntilExit({ maxVirtualSeconds: 0.5 });
    expect(r.state).toBe('limit');
    expect(r.virtualSeconds).toBeGreaterThanOrEqual(0.5);
  });

  it('counts virtual seconds from the instruction count', () => {
    const m = new Machine({ memoryMiB: 4 });
    m.boot(kernel(0xeb, 0xfe), [], ''); // jmp $
    m.runUntilExit({ maxInstructions: INSTRUCTIONS_PER_SECOND / 10 });
    expect(m.virtualSeconds).toBeCloseTo(0.1, 6);
  });

  it('returns from runSlice after the current instruction when asked to stop from a hook', () => {
    const m = new Machine({ memoryMiB: 4 });
    // mov al, 'X'; out 0xe9, al; then jmp $
    m.boot(kernel(0xb0, 0x58, 0xe6, 0xe9, 0xeb, 0xfe), [], '');
    m.onDebugOutput(() => m.requestStop());
    expect(m.runSlice(1_000_000)).toBe('running');
    expect(m.cpu.instructionCount).toBe(2);
    expect(m.runSlice(1000)).toBe('running');
    expect(m.cpu.instructionCount).toBe(1002); // the request does not outlive its slice
  });
});
