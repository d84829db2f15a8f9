import { describe, it, expect } from 'vitest';
import { Pit, INSTRUCTIONS_PER_SECOND, PIT_CLOCK_HZ, pitTicksAt, instructionsForPitTicks } from '../../src/machine/pit.ts';
import { PortBus } from '../../src/machine/io-bus.ts';

function setup() {
  let now = 0;
  let irqs = 0;
  const pit = new Pit(() => { irqs++; }, () => now);
  const bus = new PortBus();
  pit.attach(bus);
  pit.reset();
  return {
    pit, bus,
    get irqs() { return irqs; },
    advance(to: number) { now = to; pit.advanceTo(to); },
  };
}

function program(bus: PortBus, divisor: number, mode = 2): void {
  bus.out8(0x43, 0x30 | (mode << 1)); // channel 0, lobyte/hibyte, mode
  bus.out8(0x40, divisor & 0xff);
  bus.out8(0x40, divisor >> 8);
}

describe('8254 PIT channel 0 on virtual time', () => {
  it('exports the nominal rates', () => {
    expect(INSTRUCTIONS_PER_SECOND).toBe(50_000_000);
    expect(PIT_CLOCK_HZ).toBe(1_193_182);
  });

  it('converts between instructions and PIT ticks both ways', () => {
    expect(pitTicksAt(INSTRUCTIONS_PER_SECOND)).toBe(PIT_CLOCK_HZ);
    for (const t of [1, 11932, 1_000_000_007]) {
      const n = instructionsForPitTicks(t);
      expect(pitTicksAt(n)).toBe(t);
      expect(pitTicksAt(n - 1)).toBe(t - 1);
    }
  });

  it('fires IRQ 0 at 100 Hz for divisor 11932, a fixed function of the instruction count', () => {
    const t = setup();
    program(t.bus, 11932);
    const first = t.pit.nextEventAt();
    expect(first).toBe(instructionsForPitTicks(11932));
    expect(first).toBeGreaterThan(499_000);
    expect(first).toBeLessThan(501_000);
    t.advance(first - 1);
    expect(t.irqs).toBe(0);
    t.advance(first);
    expect(t.irqs).toBe(1);
    // 100 interrupts take one virtual second (11932 ticks is 99.998 Hz).
    let now = first;
    while (t.irqs < 100) {
      now = t.pit.nextEventAt();
      t.advance(now);
    }
    expect(now / INSTRUCTIONS_PER_SECOND).toBeCloseTo(1.0, 3);
  });

  it('collapses several missed periods into one request', () => {
    const t = setup();
    program(t.bus, 1000);
    t.advance(instructionsForPitTicks(5500));
    expect(t.irqs).toBe(1);
    expect(t.pit.nextEventAt()).toBe(instructionsForPitTicks(6000));
  });

  it('starts as a BIOS leaves it: mode 3, divisor 65536 (about 18.2 Hz)', () => {
    const t = setup();
    expect(t.pit.mode).toBe(3);
    expect(t.pit.nextEventAt()).toBe(instructionsForPitTicks(65536));
  });

  it('counts down and can latch the count for reading', () => {
    const t = setup();
    program(t.bus, 1000, 2);
    t.advance(instructionsForPitTicks(250));
    t.bus.out8(0x43, 0x00); // latch channel 0
    t.advance(instructionsForPitTicks(400)); // the latch holds the old value
    const lo = t.bus.in8(0x40);
    const hi = t.bus.in8(0x40);
    expect(lo | (hi << 8)).toBe(750);
    expect(t.bus.in8(0x40) | (t.bus.in8(0x40) << 8)).toBe(600);
  });

  it('supports lobyte-only access', () => {
    const t = setup();
    t.bus.out8(0x43, 0x14); // channel 0, lobyte only, mode 2
    t.bus.out8(0x40, 200);
    expect(t.pit.period).toBe(200);
  });
});

describe('8254 one-shot modes', () => {
  it('mode 0 interrupts once when the count runs out, and again only after a new count', () => {
    const t = setup();
    t.bus.out8(0x43, 0x30); // channel 0, lobyte/hibyte, mode 0
    expect(t.pit.nextEventAt()).toBe(Infinity); // stopped until a count is written
    t.bus.out8(0x40, 0xe8);
    t.bus.out8(0x40, 0x03); // 1000
    const end = t.pit.nextEventAt();
    expect(end).toBe(instructionsForPitTicks(1000));
    t.advance(end);
    expect(t.irqs).toBe(1);
    expect(t.pit.nextEventAt()).toBe(Infinity);
    t.advance(instructionsForPitTicks(5000));
    expect(t.irqs).toBe(1);
    t.bus.out8(0x40, 100);
    t.bus.out8(0x40, 0);
    t.advance(t.pit.nextEventAt());
    expect(t.irqs).toBe(2);
  });
});
