// A C program built with DWARF and run under the real kernel (init, sh, then
// the program in batch mode), with hardware breakpoints (DR0) to stop it at a
// function or a source line: for the unwinder, expression and stepping tests.
import { buildExecutable } from '../../cc/driver.ts';
import { readElf } from '../../src/isa/elf-read.ts';
import { Machine } from '../../src/machine/machine.ts';
import { buildBundledKernel, buildBundledPrograms } from '../../src/build/bundle.ts';
import { bundledModules } from '../../src/build/boot-plan.ts';
import { updateDebugState } from '../../src/cpu/debug-traps.ts';
import { DebugInfo } from '../../src/debug/debug-info.ts';
import type { DebugInfoSource } from '../../src/debug/unwind.ts';

export interface GuestProgram {
  machine: Machine;
  user: DebugInfo;
  kernel: DebugInfo;
  source: DebugInfoSource;
  /** Runs until the instruction at `addr` is next (in this program's address space for user
   *  addresses); throws if the machine stops first. */
  runTo(addr: number): void;
  /** The address of a function's first line after its prologue (where gdb's `break fn` stops). */
  bodyOf(info: DebugInfo, name: string): number;
  /** The address of the first line-table row for `line` in the program's file. */
  lineAddress(line: number): number;
  /** Boots the machine again: the program runs from the start. */
  reboot(): void;
}

export function bootGuestProgram(file: string, name: string): GuestProgram {
  const elf = buildExecutable([file], { kind: 'user' }).elf;
  const user = new DebugInfo(readElf(elf));
  const kernelElf = buildBundledKernel();
  const kernel = new DebugInfo(readElf(kernelElf));
  const { programs } = buildBundledPrograms({}, ['init', 'sh']);
  const machine = new Machine({ memoryMiB: 32 });
  const modules = [...bundledModules(programs), { data: elf, string: name }];
  const reboot = () => void machine.boot(kernelElf, modules, `-- run ${name}`);
  reboot();
  const source: DebugInfoSource = { infoFor: (pc) => (pc >>> 0 >= 0x40000000 ? user : kernel) };
  const userText = readElf(elf).segments.find((s) => s.type === 1 && s.vaddr === 0x40000000)!;
  const cpu = machine.cpu;
  // init and sh share the user window's addresses: a user stop counts only where our code is.
  const ours = (addr: number) => {
    const want = userText.data.subarray(addr - 0x40000000, addr - 0x40000000 + 8);
    const got = cpu.debugReadLinear(addr, 8);
    return got !== null && want.every((b, i) => got[i] === b);
  };
  const runTo = (addr: number) => {
    let hit = false;
    cpu.dr[0] = addr | 0;
    cpu.dr[7] = 1; // L0, RW=00 (execute), LEN=00
    updateDebugState(cpu);
    cpu.debugTrapTaker = () => {
      if (addr >= 0x40000000 && !ours(addr)) {
        cpu.setEflags(cpu.getEflags() | (1 << 16)); // RF: let the other program's instruction run
        return true;
      }
      hit = true;
      machine.requestStop();
      return true;
    };
    try {
      for (let i = 0; i < 20_000 && !hit; i++) {
        const state = machine.runSlice(50_000);
        if (state === 'exited' || state === 'triple-fault' || state === 'halted-forever') throw new Error(`the machine stopped (${state}) before 0x${addr.toString(16)}`);
      }
      if (!hit) throw new Error(`0x${addr.toString(16)} was not reached`);
    } finally {
      cpu.dr[7] = 0;
      updateDebugState(cpu);
      cpu.debugTrapTaker = null;
    }
  };
  const bodyOf = (info: DebugInfo, fname: string) => {
    const f = info.functions.find((x) => x.name === fname);
    if (!f) throw new Error(`no function ${fname}`);
    for (let a = f.low + 1; a < f.high; a++) if (info.isRowStart(a)) return a;
    throw new Error(`${fname} has one line row`);
  };
  const lineAddress = (line: number) => {
    for (const f of user.functions) {
      if (!f.file.endsWith(file.split('/').pop()!)) continue;
      for (let a = f.low; a < f.high; a++) if (user.isRowStart(a) && user.lineAt(a)?.line === line) return a;
    }
    throw new Error(`no row for line ${line}`);
  };
  return { machine, user, kernel, source, runTo, bodyOf, lineAddress, reboot };
}
