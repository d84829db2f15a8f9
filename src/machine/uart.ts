// A 16550 UART as COM1 (0x3F8, IRQ 4). Transmission is instantaneous (bytes go
// straight to the output callback). Reception is modelled as the chip does it:
// a 16-byte receive FIFO (a 1-byte holding register with FIFOs off), the
// received-data interrupt at the FCR trigger level, and the character-timeout
// interrupt for data left below it. Bytes typed on the host wait in an
// unbounded host queue (the wire) and move into the FIFO only as it has room,
// as QEMU's chardev delivers only while the FIFO can take them: a guest that
// stops reading makes the host wait, and no host byte is ever overrun.
import type { PortBus } from './io-bus.ts';
import { INSTRUCTIONS_PER_SECOND } from './pit.ts';

export const COM1_BASE = 0x3f8;
export const COM1_IRQ = 4;
/** Receive FIFO depth with FIFOs enabled. */
export const RX_FIFO_SIZE = 16;
/** The 16550's baud clock (1.8432 MHz) divided by 16: the rate for divisor 1. */
const BAUD_BASE = 115_200;

const IER_RX = 0x01; // received data available (and, in FIFO mode, character timeout)
const IER_THRE = 0x02; // transmitter holding register empty
const IER_LINE = 0x04; // receiver line status (overrun)
const LCR_DLAB = 0x80;
const MCR_LOOP = 0x10;
const LSR_DR = 0x01;
const LSR_OE = 0x02;
const LSR_THRE = 0x20;
const LSR_TEMT = 0x40;
const FCR_ENABLE = 0x01;
const FCR_CLEAR_RX = 0x02;
const IIR_NONE = 0x01;
const IIR_THRE = 0x02;
const IIR_RX = 0x04;
const IIR_LINE = 0x06;
const IIR_TIMEOUT = 0x0c;
const IIR_FIFO_BITS = 0xc0;
/** Receive trigger levels selected by FCR bits 6-7. */
const TRIGGER_LEVELS = [1, 4, 8, 14] as const;
/** The timeout interrupt fires after this many character times without FIFO activity. */
const TIMEOUT_CHARS = 4;

export class Uart16550 {
  ier = 0;
  lcr = 0;
  mcr = 0;
  scr = 0;
  divisor = 12; // 9600 baud
  fifoEnabled = false;
  /** Bytes in the FIFO that raise the received-data interrupt (FCR bits 6-7). */
  triggerLevel = 1;
  /** Called when the next timed event (nextEventAt) may have moved earlier. */
  onEventScheduled: (() => void) | null = null;

  private readonly host: number[] = []; // the wire: typed on the host, not yet in the FIFO
  private hostHead = 0;
  private readonly fifo: number[] = [];
  private overrun = false; // LSR.OE, only ever set by loopback writes into a full FIFO
  private lastActivity = 0; // virtual time of the last byte into or out of the FIFO
  private timeoutPending = false;
  private threPending = false; // a THRE interrupt is owed until IIR reports it or THR is written
  private irqLevel = false;

  /** `clock` is the virtual time in instructions (for the character timeout). */
  constructor(
    private readonly output: (byte: number) => void,
    private readonly setIrq: (level: boolean) => void,
    private readonly clock: () => number = () => 0,
  ) {}

  /** Power-on register state. Bytes already typed on the host are kept, those in
   *  the FIFO go back to the wire: input typed before a reboot is not lost. */
  reset(): void {
    this.ier = 0;
    this.lcr = 0;
    this.mcr = 0;
    this.scr = 0;
    this.divisor = 12;
    this.clearRxFifo();
    this.fifoEnabled = false;
    this.triggerLevel = 1;
    this.overrun = false;
    this.threPending = false;
    if (this.irqLevel) this.setIrq(false);
    this.irqLevel = false;
    this.fill();
  }

  /** Bytes typed on the host side: queued, then moved into the FIFO as it has room. */
  receive(bytes: Iterable<number>): void {
    for (const b of bytes) this.host.push(b & 0xff);
    this.fill();
    this.updateIrq();
  }

  /** Input not yet read by the guest: the host queue plus the FIFO. */
  get rxQueued(): number {
    return this.rxWaiting + this.fifo.length;
  }

  /** Bytes waiting on the host side for room in the FIFO. */
  get rxWaiting(): number {
    return this.host.length - this.hostHead;
  }

  /** Bytes in the receive FIFO (or holding register). */
  get rxFifoCount(): number {
    return this.fifo.length;
  }

  /** Virtual time (instructions) of the next character timeout, or Infinity. */
  nextEventAt(): number {
    if (!this.fifoEnabled || this.fifo.length === 0 || this.timeoutPending) return Infinity;
    return this.lastActivity + TIMEOUT_CHARS * this.charInstructions();
  }

  /** Moves the UART's time to `now`: signals a character timeout that is due. */
  advanceTo(now: number): void {
    if (now >= this.nextEventAt()) {
      this.timeoutPending = true;
      this.updateIrq();
    }
  }

  /** One character (start, data, parity and stop bits) at the programmed rate, in instructions. */
  charInstructions(): number {
    const dataBits = 5 + (this.lcr & 3);
    const stopBits = this.lcr & 4 ? (dataBits === 5 ? 1.5 : 2) : 1;
    const bits = 1 + dataBits + (this.lcr & 8 ? 1 : 0) + stopBits;
    const baud = BAUD_BASE / (this.divisor || 0x10000);
    return Math.ceil((bits / baud) * INSTRUCTIONS_PER_SECOND);
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
        return this.readLsr();
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
        if (this.lcr & LCR_DLAB) this.setDivisor((this.divisor & 0xff00) | value);
        else this.writeThr(value);
        break;
      case 1:
        if (this.lcr & LCR_DLAB) this.setDivisor((this.divisor & 0xff) | (value << 8));
        else {
          // Enabling THRE interrupts with an empty transmitter owes one at once.
          if (value & IER_THRE && !(this.ier & IER_THRE)) this.threPending = true;
          this.ier = value & 0x0f;
        }
        break;
      case 2:
        this.writeFcr(value);
        break;
      case 3:
        this.lcr = value;
        this.onEventScheduled?.(); // the character time may be shorter now
        break;
      case 4:
        this.mcr = value & 0x1f;
        this.fill(); // leaving loopback reconnects the host
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

  private get capacity(): number {
    return this.fifoEnabled ? RX_FIFO_SIZE : 1;
  }

  /** Moves host bytes into the FIFO while it has room (not in loopback: the
   *  receiver then hears only the transmitter). */
  private fill(): void {
    if (this.mcr & MCR_LOOP) return;
    while (this.rxWaiting > 0 && this.fifo.length < this.capacity) {
      this.pushFifo(this.host[this.hostHead++]!);
    }
    if (this.hostHead > 4096) {
      this.host.splice(0, this.hostHead);
      this.hostHead = 0;
    }
  }

  private pushFifo(byte: number): void {
    const wasIdle = this.nextEventAt() === Infinity;
    this.fifo.push(byte);
    // A new byte restarts the timeout timer unless a timeout is already signalled.
    if (!this.timeoutPending) this.lastActivity = this.clock();
    if (wasIdle) this.onEventScheduled?.();
  }

  private writeThr(value: number): void {
    if (this.mcr & MCR_LOOP) {
      if (this.fifo.length < this.capacity) this.pushFifo(value);
      else this.overrun = true; // the byte in the shift register is lost, as on the chip
    } else {
      this.output(value);
    }
    this.threPending = true;
  }

  private writeFcr(value: number): void {
    const enable = (value & FCR_ENABLE) !== 0;
    // Switching FIFO mode clears both FIFOs; other bits count only with FCR0 set.
    if (enable !== this.fifoEnabled) this.clearRxFifo();
    this.fifoEnabled = enable;
    if (enable) {
      if (value & FCR_CLEAR_RX) this.clearRxFifo();
      this.triggerLevel = TRIGGER_LEVELS[(value >> 6) & 3]!;
    }
    this.fill();
    this.onEventScheduled?.();
  }

  /** Empties the receive FIFO. Host bytes in it go back to the front of the wire
   *  (the one deliberate difference from the chip: the kernel's FIFO reset at
   *  boot must not eat type-ahead); loopback bytes are dropped. */
  private clearRxFifo(): void {
    if (!(this.mcr & MCR_LOOP) && this.fifo.length > 0) {
      this.host.splice(this.hostHead, 0, ...this.fifo);
    }
    this.fifo.length = 0;
    this.timeoutPending = false;
  }

  private setDivisor(value: number): void {
    this.divisor = value;
    this.onEventScheduled?.();
  }

  private readRbr(): number {
    if (this.fifo.length === 0) return 0;
    const byte = this.fifo.shift()!;
    this.timeoutPending = false;
    this.lastActivity = this.clock();
    this.fill();
    // Reading drops the interrupt line; if the condition still holds it rises
    // again, a new edge for the edge-triggered PIC (a handler that stopped
    // reading gets another interrupt when it reads again).
    if (this.irqLevel) {
      this.irqLevel = false;
      this.setIrq(false);
    }
    this.updateIrq();
    return byte;
  }

  private readLsr(): number {
    const lsr = LSR_THRE | LSR_TEMT | (this.fifo.length > 0 ? LSR_DR : 0) | (this.overrun ? LSR_OE : 0);
    this.overrun = false; // error bits clear when read
    this.updateIrq();
    return lsr;
  }

  private readIir(): number {
    this.advanceTo(this.clock());
    const id = this.interruptId();
    if (id === IIR_THRE) this.threPending = false;
    this.updateIrq();
    return id | (this.fifoEnabled ? IIR_FIFO_BITS : 0);
  }

  /** The highest-priority pending interrupt, as IIR bits 0-3. */
  private interruptId(): number {
    if (this.ier & IER_LINE && this.overrun) return IIR_LINE;
    if (this.ier & IER_RX) {
      if (!this.fifoEnabled && this.fifo.length > 0) return IIR_RX;
      if (this.fifoEnabled && this.fifo.length >= this.triggerLevel) return IIR_RX;
      if (this.fifoEnabled && this.timeoutPending) return IIR_TIMEOUT;
    }
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
