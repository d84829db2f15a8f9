// A 16550 UART as COM1 (0x3F8, IRQ 4). Transmission is instantaneous (bytes go
// straight to the output callback); received bytes wait in a host-side queue.
import type { PortBus } from './io-bus.ts';

export const COM1_BASE = 0x3f8;
export const COM1_IRQ = 4;

const IER_RX = 0x01; // received data available
const IER_THRE = 0x02; // transmitter holding register empty
const LCR_DLAB = 0x80;
const MCR_LOOP = 0x10;
const LSR_DR = 0x01;
const LSR_THRE = 0x20;
const LSR_TEMT = 0x40;
const IIR_NONE = 0x01;
const IIR_THRE = 0x02;
const IIR_RX = 0x04;

export class Uart16550 {
  ier = 0;
  lcr = 0;
  mcr = 0;
  scr = 0;
  divisor = 12; // 9600 baud
  fifoEnabled = false;
  private readonly rx: number[] = [];
  private rxHead = 0;
  private threPending = false; // a THRE interrupt is owed until IIR reports it or THR is written
  private irqLevel = false;

  constructor(
    private readonly output: (byte: number) => void,
    private readonly setIrq: (level: boolean) => void,
  ) {}

  /** Power-on register state; queued input is kept (it was typed on the host). */
  reset(): void {
    this.ier = 0;
    this.lcr = 0;
    this.mcr = 0;
    this.scr = 0;
    this.divisor = 12;
    this.fifoEnabled = false;
    this.threPending = false;
    if (this.irqLevel) this.setIrq(false);
    this.irqLevel = false;
  }

  /** Queues bytes typed on the host side. */
  receive(bytes: Iterable<number>): void {
    for (const b of bytes) this.rx.push(b & 0xff);
    this.updateIrq();
  }

  get rxQueued(): number {
    return this.rx.length - this.rxHead;
  }

  read(offset: number): number {
    switch (offset) {
      case 0:
        return this.lcr & LCR_DLAB ? this.divisor & 0xff : this.readRbr();
      case 1:
        return this.lcr & LCR_DLAB ? this.divisor >> 8 : this.ier;
      case 2:
        return this.readIir();
      case 3:
        return this.lcr;
      case 4:
        return this.mcr;
      case 5:
        return LSR_THRE | LSR_TEMT | (this.rxQueued > 0 ? LSR_DR : 0);
      case 6:
        // In loopback the modem inputs follow the outputs; otherwise a host is always attached (CTS, DSR, DCD).
        if (this.mcr & MCR_LOOP) {
          const m = this.mcr;
          return ((m & 0x02) << 3) | ((m & 0x01) << 5) | ((m & 0x04) << 4) | ((m & 0x08) << 4);
        }
        return 0xb0;
      default:
        return this.scr;
    }
  }

  write(offset: number, value: number): void {
    switch (offset) {
      case 0:
        if (this.lcr & LCR_DLAB) this.divisor = (this.divisor & 0xff00) | value;
        else this.writeThr(value);
        break;
      case 1:
        if (this.lcr & LCR_DLAB) this.divisor = (this.divisor & 0xff) | (value << 8);
        else {
          // Enabling THRE interrupts with an empty transmitter owes one at once.
          if (value & IER_THRE && !(this.ier & IER_THRE)) this.threPending = true;
          this.ier = value & 0x0f;
        }
        break;
      case 2:
        // FCR. Clearing the receive FIFO (bit 1) drops nothing here: the host-side
        // queue stands for bytes still on the wire, typed ahead before the kernel
        // set the UART up, and they must not be lost.
        this.fifoEnabled = (value & 0x01) !== 0;
        break;
      case 3:
        this.lcr = value;
        break;
      case 4:
        this.mcr = value & 0x1f;
        break;
      case 7:
        this.scr = value;
        break;
      // 5 (LSR) and 6 (MSR) are read-only.
    }
    this.updateIrq();
  }

  attach(bus: PortBus, base = COM1_BASE): void {
    bus.register(base, 8, {
      read8: (port) => this.read(port - base),
      write8: (port, value) => this.write(port - base, value),
    });
  }

  private writeThr(value: number): void {
    if (this.mcr & MCR_LOOP) this.rx.push(value);
    else this.output(value);
    this.threPending = true;
  }

  private readRbr(): number {
    if (this.rxQueued === 0) return 0;
    const byte = this.rx[this.rxHead++]!;
    if (this.rxHead > 4096) {
      this.rx.splice(0, this.rxHead);
      this.rxHead = 0;
    }
    // Reading clears the data interrupt; if more data waits it asserts again (a new edge).
    if (this.irqLevel) {
      this.irqLevel = false;
      this.setIrq(false);
    }
    this.updateIrq();
    return byte;
  }

  private readIir(): number {
    const id = this.interruptId();
    if (id === IIR_THRE) this.threPending = false;
    this.updateIrq();
    return id | (this.fifoEnabled ? 0xc0 : 0);
  }

  private interruptId(): number {
    if (this.ier & IER_RX && this.rxQueued > 0) return IIR_RX;
    if (this.ier & IER_THRE && this.threPending) return IIR_THRE;
    return IIR_NONE;
  }

  private updateIrq(): void {
    const level = this.interruptId() !== IIR_NONE;
    if (level !== this.irqLevel) {
      this.irqLevel = level;
      this.setIrq(level);
    }
  }
}
