import { describe, it, expect } from 'vitest';
import { DualPic } from '../../src/machine/pic.ts';
import { PortBus } from '../../src/machine/io-bus.ts';

// The standard remap every PC kernel does: master at 0x20, slave at 0x28.
function initPics(bus: PortBus, autoEoi = false): void {
  bus.out8(0x20, 0x11); bus.out8(0xa0, 0x11);
  bus.out8(0x21, 0x20); bus.out8(0xa1, 0x28);
  bus.out8(0x21, 0x04); bus.out8(0xa1, 0x02);
  bus.out8(0x21, autoEoi ? 0x03 : 0x01); bus.out8(0xa1, 0x01);
}

function setup(autoEoi = false) {
  const bus = new PortBus();
  const pic = new DualPic();
  pic.attach(bus);
  initPics(bus, autoEoi);
  return { bus, pic };
}

describe('8259A pair', () => {
  it('takes the vector bases from ICW2 and leaves every input unmasked', () => {
    const { bus, pic } = setup();
    expect(bus.in8(0x21)).toBe(0);
    expect(bus.in8(0xa1)).toBe(0);
    pic.pulseIrq(0);
    expect(pic.intr).toBe(true);
    expect(pic.acknowledge()).toBe(0x20);
    expect(pic.intr).toBe(false);
  });

  it('masks inputs with OCW1 and delivers them once unmasked', () => {
    const { bus, pic } = setup();
    bus.out8(0x21, 0x01);
    pic.pulseIrq(0);
    expect(pic.intr).toBe(false);
    bus.out8(0x21, 0x00);
    expect(pic.intr).toBe(true);
  });

  it('blocks lower priorities while one is in service until non-specific EOI', () => {
    const { bus, pic } = setup();
    pic.pulseIrq(4);
    expect(pic.acknowledge()).toBe(0x24);
    pic.pulseIrq(6);
    expect(pic.intr).toBe(false); // IRQ 6 waits behind IRQ 4 in service
    pic.pulseIrq(1);
    expect(pic.intr).toBe(true); // IRQ 1 outranks it
    expect(pic.acknowledge()).toBe(0x21);
    bus.out8(0x20, 0x20); // EOI ends IRQ 1
    expect(pic.intr).toBe(false);
    bus.out8(0x20, 0x20); // EOI ends IRQ 4
    expect(pic.acknowledge()).toBe(0x26);
  });

  it('reads IRR and ISR through OCW3', () => {
    const { bus, pic } = setup();
    bus.out8(0x21, 0xff);
    pic.pulseIrq(3);
    bus.out8(0x20, 0x0a);
    expect(bus.in8(0x20)).toBe(0x08);
    bus.out8(0x21, 0x00);
    pic.acknowledge();
    bus.out8(0x20, 0x0b);
    expect(bus.in8(0x20)).toBe(0x08);
    bus.out8(0x20, 0x63); // specific EOI for IRQ 3
    expect(bus.in8(0x20)).toBe(0);
  });

  it('routes slave interrupts through the cascade on IRQ 2', () => {
    const { bus, pic } = setup();
    pic.pulseIrq(12);
    expect(pic.intr).toBe(true);
    expect(pic.acknowledge()).toBe(0x2c);
    pic.pulseIrq(9);
    expect(pic.intr).toBe(false); // master IRQ 2 still in service
    bus.out8(0xa0, 0x20);
    bus.out8(0x20, 0x20);
    expect(pic.acknowledge()).toBe(0x29);
  });

  it('reports a spurious IRQ 7 when the request disappears before acknowledge', () => {
    const { pic } = setup();
    expect(pic.acknowledge()).toBe(0x27);
  });

  it('latches edges: a held line requests once', () => {
    const { bus, pic } = setup();
    pic.setIrq(4, true);
    expect(pic.acknowledge()).toBe(0x24);
    bus.out8(0x20, 0x20);
    expect(pic.intr).toBe(false);
    pic.setIrq(4, false);
    pic.setIrq(4, true);
    expect(pic.intr).toBe(true);
  });

  it('does not set ISR in automatic-EOI mode', () => {
    const { pic } = setup(true);
    pic.pulseIrq(0);
    expect(pic.acknowledge()).toBe(0x20);
    pic.pulseIrq(1);
    expect(pic.acknowledge()).toBe(0x21);
  });

  it('starts with every input masked, as a loader leaves it before the kernel programs it', () => {
    const bus = new PortBus();
    const pic = new DualPic();
    pic.attach(bus);
    pic.pulseIrq(0);
    expect(pic.intr).toBe(false);
    expect(bus.in8(0x21)).toBe(0xff);
  });
});

describe('8259A reset', () => {
  it('returns to the loader state: BIOS vector bases, everything masked, nothing pending', () => {
    const { bus, pic } = setup();
    pic.pulseIrq(3);
    pic.acknowledge();
    pic.reset();
    expect(bus.in8(0x21)).toBe(0xff);
    expect(pic.master.isr).toBe(0);
    expect(pic.master.vectorBase).toBe(0x08);
    expect(pic.slave.vectorBase).toBe(0x70);
  });
});
