import { describe, it, expect } from 'vitest';
import { Uart16550 } from '../../src/machine/uart.ts';
import { PortBus } from '../../src/machine/io-bus.ts';

function setup() {
  const out: number[] = [];
  const irq: boolean[] = [];
  const uart = new Uart16550((b) => out.push(b), (l) => irq.push(l));
  const bus = new PortBus();
  uart.attach(bus);
  return { uart, bus, out, irq, get level() { return irq.at(-1) ?? false; } };
}

describe('16550 UART on COM1', () => {
  it('sends THR bytes to the output and always reports the transmitter empty', () => {
    const t = setup();
    expect(t.bus.in8(0x3fd) & 0x60).toBe(0x60);
    t.bus.out8(0x3f8, 0x68);
    t.bus.out8(0x3f8, 0x69);
    expect(String.fromCharCode(...t.out)).toBe('hi');
  });

  it('uses DLAB to reach the divisor latch', () => {
    const t = setup();
    t.bus.out8(0x3fb, 0x80);
    t.bus.out8(0x3f8, 0x03);
    t.bus.out8(0x3f9, 0x00);
    t.bus.out8(0x3fb, 0x03);
    expect(t.uart.divisor).toBe(3);
    expect(t.bus.in8(0x3fb)).toBe(0x03);
    expect(t.out).toEqual([]); // the divisor write was not data
  });

  it('queues input, reports DR in LSR and returns bytes in order', () => {
    const t = setup();
    expect(t.bus.in8(0x3fd) & 1).toBe(0);
    t.uart.receive([0x61, 0x62]);
    expect(t.bus.in8(0x3fd) & 1).toBe(1);
    expect(t.bus.in8(0x3f8)).toBe(0x61);
    expect(t.bus.in8(0x3f8)).toBe(0x62);
    expect(t.bus.in8(0x3fd) & 1).toBe(0);
  });

  it('raises IRQ 4 for received data only when IER enables it, and re-raises while data remains', () => {
    const t = setup();
    t.uart.receive([1]);
    expect(t.level).toBe(false);
    t.bus.out8(0x3f9, 0x01);
    expect(t.level).toBe(true);
    expect(t.bus.in8(0x3fa) & 0x0f).toBe(0x04);
    t.uart.receive([2]);
    const edgesBefore = t.irq.filter((l) => l).length;
    t.bus.in8(0x3f8);
    expect(t.irq.filter((l) => l).length).toBe(edgesBefore + 1); // a fresh edge for the byte still queued
    t.bus.in8(0x3f8);
    expect(t.level).toBe(false);
    expect(t.bus.in8(0x3fa) & 0x0f).toBe(0x01);
  });

  it('reports a THRE interrupt once when enabled, cleared by reading IIR', () => {
    const t = setup();
    t.bus.out8(0x3f9, 0x02);
    expect(t.level).toBe(true);
    expect(t.bus.in8(0x3fa) & 0x0f).toBe(0x02);
    expect(t.level).toBe(false);
    expect(t.bus.in8(0x3fa) & 0x0f).toBe(0x01);
  });

  it('shows FIFO mode in IIR and keeps the scratch register', () => {
    const t = setup();
    t.uart.receive([0x31]); // typed before the kernel set the UART up
    t.bus.out8(0x3fa, 0xc7); // FIFOs on and cleared
    expect(t.bus.in8(0x3fa) & 0xc0).toBe(0xc0);
    expect(t.bus.in8(0x3f8)).toBe(0x31); // typed-ahead input survives the FIFO reset
    t.bus.out8(0x3ff, 0x5a);
    expect(t.bus.in8(0x3ff)).toBe(0x5a);
  });

  it('echoes into the receiver in loopback mode (the usual self-test)', () => {
    const t = setup();
    t.bus.out8(0x3fc, 0x1e);
    t.bus.out8(0x3f8, 0xae);
    expect(t.out).toEqual([]);
    expect(t.bus.in8(0x3f8)).toBe(0xae);
  });
});
