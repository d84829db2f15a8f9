// Write watchpoints on C expressions, in the CPU's debug registers DR0-DR3:
// they cost nothing until the watched bytes are written (the CPU checks the
// access, this takes the #DB before the guest sees it). A stop is reported
// only when the value changed, and only in the address space the watchpoint
// was set in (every program's data sits at the same user addresses).
import { updateDebugState } from '../cpu/debug-traps.ts';
import { evaluate, formatValue, ExprError, type ExprScope } from '../debug/c-expr.ts';
import { sizeOf, type CType } from '../debug/debug-info.ts';
import { targetFromCpu } from '../debug/unwind.ts';
import type { TuiSession } from './session.ts';
import { USER_BASE } from './inspect/code-symbols.ts';

export interface Watchpoint {
  expr: string;
  addr: number;
  len: 1 | 2 | 4;
  type: CType;
  /** The address space of a user address (null: kernel addresses, the same in every process). */
  cr3: number | null;
  /** The value as last shown. */
  shown: string;
  bytes: Uint8Array;
}

export class WatchpointError extends Error {
  override name = 'WatchpointError';
}

export class Watchpoints {
  private readonly slots: (Watchpoint | null)[] = [null, null, null, null];
  private readonly taker = (hits: number) => this.take(hits);

  constructor(private readonly session: TuiSession, private readonly onHit: (message: string) => void) {}

  /** DR0..DR3: the watchpoint in each, or null. */
  get all(): readonly (Watchpoint | null)[] {
    return this.slots;
  }

  forEach(fn: (w: Watchpoint | null, i: number) => void): void {
    this.slots.forEach(fn);
  }

  get count(): number {
    return this.slots.filter(Boolean).length;
  }

  /** Sets a write watchpoint on the object `expr` names, or removes the one on that address. Returns a message. */
  toggle(expr: string, scope: ExprScope): string {
    const cpu = this.session.machine.cpu;
    if (cpu.debugTrapTaker && cpu.debugTrapTaker !== this.taker) throw new WatchpointError('gdb owns the debug registers while it is attached');
    let v;
    try {
      v = evaluate(expr, scope);
    } catch (e) {
      if (e instanceof ExprError) throw new WatchpointError(`${expr}: ${e.message}`);
      throw e;
    }
    if (v.addr === null) throw new WatchpointError(`${expr} is not an object in memory: nothing to watch`);
    const len = sizeOf(v.type);
    if (len !== 1 && len !== 2 && len !== 4) throw new WatchpointError(`${expr} is ${len} bytes: a debug register watches 1, 2 or 4 (watch one element or member)`);
    if (v.addr % len !== 0) throw new WatchpointError(`${expr} at 0x${v.addr.toString(16)} is not aligned to its size ${len}: a debug register cannot watch it`);
    const existing = this.slots.findIndex((w) => w !== null && w.addr === v.addr && w.len === len);
    if (existing >= 0) {
      this.slots[existing] = null;
      this.arm();
      return `watchpoint DR${existing} on ${expr} removed`;
    }
    const free = this.slots.indexOf(null);
    if (free < 0) throw new WatchpointError('all four debug registers are in use: h on a watched expression removes it');
    const bytes = scope.target.read(v.addr, len);
    if (!bytes) throw new WatchpointError(`${expr}: cannot read memory at 0x${v.addr.toString(16)}`);
    const cr3 = v.addr >= USER_BASE ? cpu.cr3 >>> 0 : null;
    this.slots[free] = { expr, addr: v.addr, len, type: v.type, cr3, bytes, shown: formatValue(v, scope) };
    this.arm();
    return `watchpoint DR${free}: stop when ${expr} (0x${v.addr.toString(16)}, ${len} bytes) changes`;
  }

  clear(): void {
    this.slots.fill(null);
    this.arm();
  }

  /** Writes the slots into DR0-DR3 and DR7 (L bits, RW=01 write, LEN), keeping the guest's other DR7 bits. */
  private arm(): void {
    const cpu = this.session.machine.cpu;
    let dr7 = cpu.dr[7]!;
    this.slots.forEach((w, i) => {
      dr7 &= ~(3 << (i * 2)) & ~(0xf << (16 + i * 4));
      if (!w) return;
      const lenBits = w.len === 1 ? 0 : w.len === 2 ? 1 : 3;
      cpu.dr[i] = w.addr | 0;
      dr7 |= (1 << (i * 2)) | (1 << (16 + i * 4)) | (lenBits << (18 + i * 4));
    });
    cpu.dr[7] = dr7 | 0;
    cpu.debugTrapTaker = this.count > 0 ? this.taker : cpu.debugTrapTaker === this.taker ? null : cpu.debugTrapTaker;
    updateDebugState(cpu);
  }

  /** The CPU's #DB for our slots: stop when a watched value changed in its address space; never the guest's. */
  private take(hits: number): boolean {
    const cpu = this.session.machine.cpu;
    let ours = false;
    this.slots.forEach((w, i) => {
      if (!w || !(hits & (1 << i))) return;
      ours = true;
      if (w.cr3 !== null && cpu.cr3 >>> 0 !== w.cr3) return;
      const target = targetFromCpu(cpu);
      const now = target.read(w.addr, w.len);
      if (!now || now.every((b, k) => b === w.bytes[k])) return;
      const scope = { target, frame: null, images: [] };
      const shown = formatValue({ type: w.type, addr: w.addr, num: 0n }, scope);
      const at = this.where(target.eip);
      this.onHit(`watchpoint DR${i}: ${w.expr} changed ${w.shown} -> ${shown}${at}`);
      w.bytes = now;
      w.shown = shown;
    });
    return ours;
  }

  private where(pc: number): string {
    const info = this.session.debug.infoFor(pc);
    const fn = info?.functionAt(pc);
    const row = info?.lineAt(pc);
    if (!fn) return '';
    return ` in ${fn.name}${row ? ` at ${row.file.slice(row.file.lastIndexOf('/') + 1)}:${row.line}` : ''}`;
  }
}
