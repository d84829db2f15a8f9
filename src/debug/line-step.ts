// Source-level stepping, decided one instruction at a time by whoever runs
// the CPU (the TUI's run control; the gdb side later):
//   next   - run until a new source line starts in the same frame, or any line
//            in an outer one (the function returned), stepping over calls;
//   step   - the same, but a call into a function with line information stops
//            at that function's first line after its prologue;
//   finish - run until the selected frame returns to its caller.
// Both only look at the process and ring they started in (same CR3 and CPL):
// other processes, interrupts and the kernel's work for a syscall run on.
import type { Cpu } from '../cpu/cpu.ts';
import type { DebugInfo, FunctionInfo } from './debug-info.ts';
import { formatInt } from './c-expr.ts';
import { innermostShape, read32, targetFromCpu, type CodeFrame, type DebugInfoSource } from './unwind.ts';

export class StepError extends Error {
  override name = 'StepError';
}

/** A stepper: `check` before each instruction; a string means stop there, with this message. */
export interface Stepper {
  readonly kind: 'next' | 'step' | 'finish';
  check(cpu: Cpu): string | null;
}

const USER_BASE = 0x40000000;

function linearEip(cpu: Cpu): number {
  return (cpu.segBase[1]! + cpu.eip) >>> 0;
}

function where(info: DebugInfo, pc: number): string {
  const fn = info.functionAt(pc);
  const row = info.lineAt(pc);
  return `${fn ? fn.name : 'code'}${row ? ` at ${row.file}:${row.line}` : ''}`;
}

/** `next`: run to the next source line of this function (over calls), or the caller's when it returns.
 *  With `into` (`step`), a call into C code stops at the callee's first line instead. */
export class NextLine implements Stepper {
  readonly kind: 'next' | 'step';
  private readonly cr3: number;
  private readonly cpl: number;
  private cfa0: number;
  private fn: FunctionInfo;
  private line0: number;
  private rangeLo: number;
  private rangeHi: number;
  // Inside a call: wait for its return here (ESP at least `waitEsp`), -1 when not waiting.
  private waitEip = -1;
  private waitEsp = 0;
  private outer = false;

  constructor(cpu: Cpu, private readonly src: DebugInfoSource, private readonly into = false) {
    this.kind = into ? 'step' : 'next';
    const pc = linearEip(cpu);
    const info = src.infoFor(pc);
    const fn = info?.functionAt(pc) ?? null;
    const row = info?.lineAt(pc) ?? null;
    if (!info || !fn || !row) throw new StepError(`no source line at 0x${pc.toString(16)}: step instructions with s / N`);
    const t = targetFromCpu(cpu);
    const shape = innermostShape(t, info, { pc, esp: t.esp, ebp: t.ebp });
    if (!shape) throw new StepError(`cannot find the frame at 0x${pc.toString(16)}`);
    this.cr3 = cpu.cr3 >>> 0;
    this.cpl = cpu.cpl;
    this.cfa0 = shape.cfa;
    this.fn = fn;
    this.line0 = row.line;
    this.rangeLo = row.start;
    this.rangeHi = row.end;
  }

  check(cpu: Cpu): string | null {
    if (cpu.cpl !== this.cpl || cpu.cr3 >>> 0 !== this.cr3) return null;
    const pc = linearEip(cpu);
    const esp = cpu.regs[4]! >>> 0;
    if (this.waitEip >= 0) {
      if (pc !== this.waitEip || esp < this.waitEsp) return null;
      this.waitEip = -1;
    }
    if (pc >= this.rangeLo && pc < this.rangeHi) return null;
    const fn = this.fn;
    const t = targetFromCpu(cpu);
    // A call's first instruction: the return address into our function is on top of the stack.
    if ((pc < fn.low || pc >= fn.high || pc === fn.low) && esp < this.cfa0) {
      const ret = read32(t, esp);
      if (ret !== null && ret >= fn.low && ret < fn.high) {
        const callee = this.into ? (this.src.infoFor(pc)?.functionAt(pc) ?? null) : null;
        if (callee && callee.low === pc) {
          // step: follow the call; the callee's first row is its prologue, stop at the next one.
          this.fn = callee;
          this.cfa0 = (esp + 4) >>> 0;
          this.line0 = this.src.infoFor(pc)?.lineAt(pc)?.line ?? -1;
          this.rangeLo = pc;
          this.rangeHi = pc + 1;
          return null;
        }
        this.waitEip = ret;
        this.waitEsp = (esp + 4) >>> 0;
        return null;
      }
    }
    const info = this.src.infoFor(pc);
    const row = info?.lineAt(pc) ?? null;
    if (!info || !row || !info.functionAt(pc)) {
      if (esp < this.cfa0) return null; // deeper, in code without lines (an interrupt, a routine): keep going
      const sym = info?.symbolAt(pc);
      return `stepped out to 0x${pc.toString(16)}${sym ? ` <${sym.name}>` : ''} (no line information)`;
    }
    const shape = innermostShape(t, info, { pc, esp, ebp: cpu.regs[5]! >>> 0 });
    const cfa = shape?.cfa ?? this.cfa0;
    if (cfa > this.cfa0) this.outer = true;
    if (info.isRowStart(pc)) {
      if (this.outer) return `returned to ${where(info, pc)}`;
      if (cfa === this.cfa0 && row.line !== this.line0) return `line ${row.line}: ${where(info, pc)}`;
    }
    // The same line again, or the middle of a row: keep going through this row.
    this.rangeLo = row.start;
    this.rangeHi = row.end;
    return null;
  }
}

/** `finish`: run until `frame` returns; the message gives the function's return value. */
export class Finish implements Stepper {
  readonly kind = 'finish';
  private readonly cr3: number;
  private readonly cpl: number;
  private readonly ret: number;
  private readonly cfa: number;

  constructor(cpu: Cpu, private readonly frame: CodeFrame) {
    const t = targetFromCpu(cpu);
    const ret = frame.cfa ? read32(t, frame.cfa - 4) : null;
    if (ret === null || ret === 0) throw new StepError(`${frame.name} has no caller to return to`);
    this.cr3 = cpu.cr3 >>> 0;
    // The frame may be below a trap (finish a user frame from inside the kernel): it returns in its own ring.
    this.cpl = frame.pc >= USER_BASE ? 3 : 0;
    this.ret = ret;
    this.cfa = frame.cfa;
  }

  check(cpu: Cpu): string | null {
    if (cpu.cpl !== this.cpl || cpu.cr3 >>> 0 !== this.cr3) return null;
    if (linearEip(cpu) !== this.ret || cpu.regs[4]! >>> 0 < this.cfa) return null;
    return `${this.frame.name} returned${returnValue(cpu, this.frame.fn)}`;
  }
}

/** " 18" / " 0x40001000" for the function's return type, from EAX (EDX:EAX for 8 bytes). */
function returnValue(cpu: Cpu, fn: FunctionInfo | null): string {
  const t = fn?.returns;
  if (!t || t.kind === 'void') return '';
  const eax = BigInt(cpu.regs[0]! >>> 0);
  if (t.kind === 'pointer') return ` 0x${eax.toString(16)}`;
  if (t.kind !== 'int') return '';
  const raw = t.size === 8 ? (BigInt(cpu.regs[2]! >>> 0) << 32n) | eax : BigInt.asUintN(t.size * 8, eax);
  return ` ${formatInt(t, t.signed ? BigInt.asIntN(t.size * 8, raw) : raw)}`;
}
