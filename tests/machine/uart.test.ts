import { describe, it, expect } from 'vitest';
import { Uart16550 } from '../../src/machine/uart.ts';
import { PortBus } from '../../src/machine/io-bus.ts';
import { INSTRUCTIONS_PER_SECOND } from '../../src/machine/pit.ts';

function setup() {
  const out: number[] = [];
  const irq: boolean[] = [];
  const clock = { now: 0 };
  const uart = new Uart16550((b) => out.push(b), (l) => irq.push(l), () => clock.now);
  const bus = new PortBus();
  uart.attach(bus);
  return { uart, bus, out, irq, clock, get level() { return irq.at(-1) ?? false; } };
}

const RBR = 0x3f8, IER = 0x3f9, IIR = 0x3fa, FCR = 0x3fa, LCR = 0x3fb, MCR = 0x3fc, LSR = 0x3fd;

/** FIFOs on and cleared with the given trigger-level bits (FCR 6-7), 115200 baud 8N1. */
function fifoSetup(triggerBits = 3) {
  const t = setup();
  t.bus.out8(LCR, 0x80);
  t.bus.out8(RBR, 0x01);
  t.bus.out8(IER, 0x00);
  t.bus.out8(LCR, 0x03);
  t.bus.out8(FCR, 0x07 | (triggerBits << 6));
  t.bus.out8(MCR, 0x0b);
  return t;
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

  it('holds one byte with FIFOs off; the rest waits on the host side, none lost', () => {
    const t = setup();
    t.uart.receive([1, 2, 3]);
    expect(t.uart.rxFifoCount).toBe(1);
    expect(t.uart.rxWaiting).toBe(2);
    expect(t.uart.rxQueued).toBe(3);
    expect([t.bus.in8(RBR), t.bus.in8(RBR), t.bus.in8(RBR)]).toEqual([1, 2, 3]);
    expect(t.bus.in8(LSR) & 0x03).toBe(0); // no data, and never an overrun
  });

  it('fills the 16-byte receive FIFO only as the guest frees room, keeping order over 10,000 bytes', () => {
    const t = fifoSetup();
    const data = Array.from({ length: 10_000 }, (_, i) => (i * 7 + (i >> 8)) & 0xff);
    t.uart.receive(data);
    expect(t.uart.rxFifoCount).toBe(16);
    expect(t.uart.rxWaiting).toBe(10_000 - 16);
    const got: number[] = [];
    while (t.bus.in8(LSR) & 0x01) {
      expect(t.bus.in8(LSR) & 0x02).toBe(0);
      got.push(t.bus.in8(RBR));
      expect(t.uart.rxFifoCount).toBeLessThanOrEqual(16);
    }
    expect(got).toEqual(data);
    expect(t.uart.rxQueued).toBe(0);
  });

  it('raises the received-data interrupt at the FCR trigger level and drops it below', () => {
    const t = fifoSetup(1); // trigger level 4
    expect(t.uart.triggerLevel).toBe(4);
    t.bus.out8(IER, 0x01);
    t.uart.receive([1, 2, 3]);
    expect(t.level).toBe(false);
    expect(t.bus.in8(IIR)).toBe(0xc1);
    t.uart.receive([4]);
    expect(t.level).toBe(true);
    expect(t.bus.in8(IIR)).toBe(0xc4);
    t.bus.in8(RBR);
    expect(t.level).toBe(false); // 3 left: below the trigger level
    expect(t.bus.in8(IIR)).toBe(0xc1);
    expect(t.bus.in8(LSR) & 0x01).toBe(1);
  });

  it('signals a character timeout (IIR 0x0C) for data below the trigger level after 4 character times', () => {
    const t = fifoSetup(3); // trigger level 14
    t.bus.out8(IER, 0x01);
    // 115200 baud, 8N1: 10 bits a character.
    const char = Math.ceil((10 / 115200) * INSTRUCTIONS_PER_SECOND);
    expect(t.uart.charInstructions()).toBe(char);
    t.clock.now = 1000;
    t.uart.receive([0x61, 0x62]);
    expect(t.uart.nextEventAt()).toBe(1000 + 4 * char);
    t.clock.now = 1000 + 4 * char - 1;
    t.uart.advanceTo(t.clock.now);
    expect(t.level).toBe(false);
    t.clock.now += 1;
    t.uart.advanceTo(t.clock.now);
    expect(t.level).toBe(true);
    expect(t.bus.in8(IIR)).toBe(0xcc);
    expect(t.uart.nextEventAt()).toBe(Infinity); // signalled: nothing more to time
    // Reading a byte clears the timeout and restarts the timer for the byte left.
    t.clock.now += 10;
    expect(t.bus.in8(RBR)).toBe(0x61);
    expect(t.level).toBe(false);
    expect(t.uart.nextEventAt()).toBe(t.clock.now + 4 * char);
    // A byte arriving restarts the timer too.
    t.clock.now += 100;
    t.uart.receive([0x63]);
    expect(t.uart.nextEventAt()).toBe(t.clock.now + 4 * char);
    // IIR notices a due timeout by itself, without advanceTo.
    t.clock.now += 4 * char;
    expect(t.bus.in8(IIR)).toBe(0xcc);
    expect([t.bus.in8(RBR), t.bus.in8(RBR)]).toEqual([0x62, 0x63]);
    expect(t.uart.nextEventAt()).toBe(Infinity);
    expect(t.bus.in8(IIR)).toBe(0xc1);
  });

  it('times characters by the divisor and the line format', () => {
    const t = setup();
    t.bus.out8(LCR, 0x80);
    t.bus.out8(RBR, 12); // 9600 baud
    t.bus.out8(LCR, 0x0f); // 8 data bits, parity, 2 stop bits: 12 bits
    expect(t.uart.charInstructions()).toBe(Math.ceil((12 / 9600) * INSTRUCTIONS_PER_SECOND));
  });

  it('has no timeout interrupt with FIFOs off (the holding register interrupts at once)', () => {
    const t = setup();
    t.bus.out8(IER, 0x01);
    t.uart.receive([9]);
    expect(t.uart.nextEventAt()).toBe(Infinity);
    expect(t.bus.in8(IIR)).toBe(0x04);
  });

  it('tells the machine when a timeout starts being timed', () => {
    const t = fifoSetup();
    let scheduled = 0;
    t.uart.onEventScheduled = () => scheduled++;
    t.uart.receive([1]);
    expect(scheduled).toBe(1);
    t.uart.receive([2]); // the timer restarts later: nothing sooner to tell
    expect(scheduled).toBe(1);
  });

  it('overruns only in loopback, reporting OE (line status interrupt) until LSR is read', () => {
    const t = fifoSetup();
    t.bus.out8(IER, 0x05);
    t.bus.out8(MCR, 0x1b);
    t.uart.receive([0x99]); // the host is disconnected in loopback: this waits
    for (let i = 0; i < 17; i++) t.bus.out8(RBR, i);
    expect(t.uart.rxFifoCount).toBe(16);
    expect(t.bus.in8(IIR)).toBe(0xc6);
    expect(t.bus.in8(LSR) & 0x03).toBe(0x03);
    expect(t.bus.in8(LSR) & 0x02).toBe(0);
    expect(t.bus.in8(IIR)).toBe(0xc4); // 16 bytes, above the trigger level
    t.bus.out8(FCR, 0xc7); // clearing drops the loopback bytes...
    expect(t.uart.rxFifoCount).toBe(0);
    t.bus.out8(MCR, 0x0b); // ...and leaving loopback lets the host byte in
    expect(t.bus.in8(RBR)).toBe(0x99);
  });

  it('keeps host bytes through a FIFO reset and a machine reset', () => {
    const t = fifoSetup();
    t.uart.receive([1, 2, 3]);
    t.bus.in8(RBR);
    t.bus.out8(FCR, 0x00); // FIFOs off: the FIFO is cleared, its bytes go back to the wire
    expect(t.uart.rxQueued).toBe(2);
    t.uart.reset();
    expect(t.uart.rxQueued).toBe(2);
    expect([t.bus.in8(RBR), t.bus.in8(RBR)]).toEqual([2, 3]);
  });
});
