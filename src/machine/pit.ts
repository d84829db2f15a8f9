// The 8254 programmable interval timer, channel 0 (the system timer on IRQ 0),
// driven by virtual time: the instruction count, at a fixed nominal rate.
import type { PortBus } from './io-bus.ts';

/** Virtual time: instructions per virtual second. */
export const INSTRUCTIONS_PER_SECOND = 50_000_000;
/** The PIT's input clock in Hz (the PC's 14.31818 MHz crystal / 12). */
export const PIT_CLOCK_HZ = 1_193_182;

const IPS = BigInt(INSTRUCTIONS_PER_SECOND);
const PIT_HZ = BigInt(PIT_CLOCK_HZ);

/** PIT input-clock ticks elapsed after `instructions` instructions. */
export function pitTicksAt(instructions: number): number {
  return Number((BigInt(instructions) * PIT_HZ) / IPS);
}

/** The first instruction count at which `ticks` PIT ticks have elapsed. */
export function instructionsForPitTicks(ticks: number): number {
  return Number((BigInt(ticks) * IPS + PIT_HZ - 1n) / PIT_HZ);
}

type AccessMode = 1 | 2 | 3; // lobyte, hibyte, lobyte then hibyte

export class Pit {
  mode = 3;
  /** Reload value in PIT ticks (a programmed 0 means 65536). */
  period = 0x10000;
  private access: AccessMode = 3;
  private startTick = 0; // PIT tick at which the current count was loaded
  private lastIrqTick = 0; // PIT tick of the last period boundary already signalled
  private pendingLow: number | null = null; // lobyte written, hibyte awaited
  private latched: number | null = null; // counter latch command value
  private readHighNext = false;
  private oneShotDone = false; // modes 0, 1, 4, 5 signal once per count written

  /** `raiseIrq0` is called once per period boundary (the rising edge of OUT0);
   *  `clock` returns the current virtual time in instructions. */
  /** Called when software loads a new count: the next event may now be sooner. */
  onReload: (() => void) | null = null;

  constructor(
    private readonly raiseIrq0: () => void,
    private readonly clock: () => number,
  ) {}

  /** Resets channel 0 to what a BIOS leaves: mode 3, divisor 65536 (18.2 Hz), running. */
  reset(): void {
    this.mode = 3;
    this.access = 3;
    this.period = 0x10000;
    this.pendingLow = null;
    this.latched = null;
    this.readHighNext = false;
    this.oneShotDone = false;
    this.startTick = pitTicksAt(this.clock());
    this.lastIrqTick = this.startTick;
  }

  /** The instruction count at which the next IRQ 0 edge happens (Infinity if none will). */
  nextEventAt(): number {
    if (this.oneShotDone) return Infinity;
    const elapsed = this.lastIrqTick - this.startTick;
    const next = this.startTick + (Math.floor(elapsed / this.period) + 1) * this.period;
    return instructionsForPitTicks(next);
  }

  /** Moves the timer to `instructions` and raises IRQ 0 if a period ended.
   *  Several missed periods collapse into one request, as the PIC latches only one. */
  advanceTo(instructions: number): void {
    const boundaries = Math.floor((pitTicksAt(instructions) - this.startTick) / this.period);
    const boundaryTick = this.startTick + boundaries * this.period;
    if (boundaries > 0 && boundaryTick > this.lastIrqTick && !this.oneShotDone) {
      this.lastIrqTick = boundaryTick;
      this.oneShotDone = this.isOneShot();
      this.raiseIrq0();
    }
  }

  /** Modes 2 and 3 repeat; the others (0: interrupt on terminal count, 1, 4, 5) count once. */
  private isOneShot(): boolean {
    return this.mode !== 2 && this.mode !== 3;
  }

  /** The counter value software would read now. */
  currentCount(): number {
    if (this.isOneShot()) {
      const elapsed = pitTicksAt(this.clock()) - this.startTick;
      return elapsed >= this.period ? (0x10000 - ((elapsed - this.period) % 0x10000)) & 0xffff : (this.period - elapsed) & 0xffff;
    }
    const intoPeriod = (pitTicksAt(this.clock()) - this.startTick) % this.period;
    // Mode 3 decrements by two and reloads twice per period.
    if (this.mode === 3) return (this.period - ((2 * intoPeriod) % this.period)) & 0xffff;
    return (this.period - intoPeriod) & 0xffff;
  }

  writeControl(value: number): void {
    const channel = value >> 6;
    if (channel !== 0) return; // channels 1 and 2 (refresh, speaker) are not wired
    const access = (value >> 4) & 3;
    if (access === 0) {
      if (this.latched === null) this.latched = this.currentCount();
      return;
    }
    this.access = access as AccessMode;
    let mode = (value >> 1) & 7;
    if (mode > 5) mode -= 4; // 6 and 7 are aliases of 2 and 3
    this.mode = mode;
    this.pendingLow = null;
    this.readHighNext = false;
    // Writing a control word stops the counter until a count is written; in
    // mode 0 OUT goes low, so no interrupt comes before the new count ends.
    if (this.isOneShot()) this.oneShotDone = true;
  }

  writeCounter(value: number): void {
    if (this.access === 1) return this.load(value);
    if (this.access === 2) return this.load(value << 8);
    if (this.pendingLow === null) {
      this.pendingLow = value;
      return;
    }
    const full = this.pendingLow | (value << 8);
    this.pendingLow = null;
    this.load(full);
  }

  readCounter(): number {
    const value = this.latched ?? this.currentCount();
    let byte: number;
    if (this.access === 1) byte = value & 0xff;
    else if (this.access === 2) byte = value >> 8;
    else {
      byte = this.readHighNext ? value >> 8 : value & 0xff;
      this.readHighNext = !this.readHighNext;
      if (this.readHighNext) return byte; // the latch holds until both bytes are read
    }
    this.latched = null;
    return byte;
  }

  attach(bus: PortBus): void {
    bus.register(0x40, 1, { read8: () => this.readCounter(), write8: (_p, v) => this.writeCounter(v) });
    bus.register(0x43, 1, { write8: (_p, v) => this.writeControl(v) });
  }

  // A new count restarts the period now (the 8254 reloads on the next clock).
  private load(count: number): void {
    this.period = count === 0 ? 0x10000 : count;
    this.startTick = pitTicksAt(this.clock());
    this.lastIrqTick = this.startTick;
    this.oneShotDone = false;
    this.onReload?.();
  }
}
