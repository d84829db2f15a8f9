// Single-stepping (EFLAGS.TF) and the debug-register breakpoints DR0-DR3.
// This path runs one instruction at a time and is taken only while TF is set
// or DR7 enables a breakpoint, so the fast loop never pays for it.

import type { Cpu } from './cpu.ts';
import { RF, TF } from './flags.ts';
import { deliverEvent } from './interrupts.ts';

const DR6_BS = 1 << 14;
const DR6_BD = 1 << 13;
const DR7_GD = 1 << 13;

/** Recomputes whether breakpoints are armed; data breakpoints send every access to the checked path. */
export function updateDebugState(cpu: Cpu): void {
  const dr7 = cpu.dr[7];
  cpu.debugActive = (dr7 & 0xff) !== 0;
  let dataWatch = false;
  for (let i = 0; i < 4; i++) {
    const enabled = (dr7 >>> (i * 2)) & 3;
    const rw = (dr7 >>> (16 + i * 4)) & 3;
    if (enabled && rw !== 0) dataWatch = true;
  }
  if (dataWatch !== cpu.dataBreakpointsArmed) {
    cpu.dataBreakpointsArmed = dataWatch;
    cpu.refreshAllFastLimits();
  }
  cpu.breakLoop = true;
}

function breakpointLength(dr7: number, i: number): number {
  return [1, 2, 8, 4][(dr7 >>> (18 + i * 4)) & 3];
}

/** DR6 bits for instruction breakpoints matching the linear address of the next instruction. */
function instructionBreakpoints(cpu: Cpu): number {
  const dr7 = cpu.dr[7];
  const lin = (cpu.segBase[1] + cpu.eip) >>> 0;
  let hits = 0;
  for (let i = 0; i < 4; i++) {
    if (!((dr7 >>> (i * 2)) & 3)) continue;
    if (((dr7 >>> (16 + i * 4)) & 3) !== 0) continue;
    if ((cpu.dr[i] >>> 0) === lin) hits |= 1 << i;
  }
  return hits;
}

/** Records DR6 bits for armed data breakpoints that overlap the access [lin, lin+len). */
export function checkDataBreakpoint(cpu: Cpu, lin: number, len: number, write: boolean): void {
  const dr7 = cpu.dr[7];
  for (let i = 0; i < 4; i++) {
    if (!((dr7 >>> (i * 2)) & 3)) continue;
    const rw = (dr7 >>> (16 + i * 4)) & 3;
    if (rw === 0 || rw === 2 || (rw === 1 && !write)) continue; // RW=10 (I/O) needs CR4.DE: never matches
    const size = breakpointLength(dr7, i);
    const start = (cpu.dr[i] >>> 0) & ~(size - 1);
    if (lin < start + size && start < lin + len) cpu.pendingDataBreak |= 1 << i;
  }
}

/** DR7.GD: any MOV to or from a debug register faults with #DB (DR6.BD) and clears GD. */
export function checkGeneralDetect(cpu: Cpu): void {
  if (cpu.dr[7] & DR7_GD) {
    cpu.dr[6] |= DR6_BD;
    cpu.dr[7] &= ~DR7_GD;
    cpu.fault(1, 0);
  }
}

/** Runs one instruction with TF and breakpoint handling. */
export function stepWithDebugChecks(cpu: Cpu): void {
  const singleStep = (cpu.flagsBase & TF) !== 0;
  const resume = (cpu.flagsBase & RF) !== 0;
  if (cpu.debugActive && !resume) {
    const hits = instructionBreakpoints(cpu);
    if (hits) {
      if (cpu.debugTrapTaker?.(hits)) return; // a host debugger's breakpoint: the instruction has not run
      cpu.dr[6] |= hits; // the CPU sets DR6 status bits and never clears them
      deliverEvent(cpu, 1, -1, false, false);
      return;
    }
  }
  cpu.pendingDataBreak = 0;
  cpu.debugTrapInhibit = false;
  const before = cpu.instructionCount;
  const deliveries = cpu.deliveryCount;
  cpu.runInstructions(before + 1);
  if (cpu.instructionCount === before) return; // it faulted; the fault was delivered
  // RF suppresses breakpoints for one instruction (IRET may just have set it again).
  if (resume) cpu.flagsBase &= ~RF;
  let dr6 = 0;
  // INT n and friends clear TF on entry to the handler: no single-step trap after them.
  // A load of SS holds the trap back until after the next instruction.
  if (singleStep && cpu.deliveryCount === deliveries && !cpu.debugTrapInhibit) dr6 |= DR6_BS;
  dr6 |= cpu.pendingDataBreak;
  cpu.pendingDataBreak = 0;
  if (dr6 & 0xf && cpu.debugTrapTaker?.(dr6 & 0xf)) dr6 &= ~0xf; // a host debugger's watchpoint
  if (dr6) {
    cpu.dr[6] |= dr6;
    deliverEvent(cpu, 1, -1, false, false);
  }
}
