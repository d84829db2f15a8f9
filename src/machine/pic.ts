// Two cascaded 8259A programmable interrupt controllers, as wired in every PC:
// the master at 0x20/0x21 (IRQ 0-7), the slave at 0xA0/0xA1 (IRQ 8-15) on the
// master's IRQ 2. Inputs are edge-triggered: a rising edge latches the request.
import type { InterruptController } from './bus.ts';
import type { PortBus } from './io-bus.ts';

/** One 8259A chip. */
export class Pic8259 {
  irr = 0; // requests latched and not yet acknowledged
  isr = 0; // requests acknowledged and not yet ended by EOI
  imr = 0xff; // masked inputs (all masked until the kernel programs the chip)
  vectorBase: number;
  autoEoi = false;
  private lines = 0; // current level of each input, for edge detection
  private initStep = 0; // 0: operational; 2..4: waiting for ICW2..ICW4
  private needIcw3 = false;
  private needIcw4 = false;
  private readIsr = false; // OCW3 selects whether the command port reads ISR or IRR

  constructor(private readonly initialVectorBase: number) {
    this.vectorBase = initialVectorBase;
  }

  /** The state a loader leaves: programmed by the BIOS, every input masked. */
  reset(): void {
    this.irr = 0;
    this.isr = 0;
    this.imr = 0xff;
    this.lines = 0;
    this.vectorBase = this.initialVectorBase;
    this.autoEoi = false;
    this.initStep = 0;
    this.readIsr = false;
  }

  setLine(input: number, level: boolean): void {
    const bit = 1 << input;
    if (level) {
      if (!(this.lines & bit)) this.irr |= bit;
      this.lines |= bit;
    } else {
      this.lines &= ~bit;
    }
  }

  /** The input that would be delivered now (-1 if none): the highest-priority
   *  unmasked request that outranks everything in service (IRQ 0 is highest). */
  pendingInput(): number {
    const requests = this.irr & ~this.imr & 0xff;
    if (!requests) return -1;
    for (let i = 0; i < 8; i++) {
      const bit = 1 << i;
      if (this.isr & bit) return -1;
      if (requests & bit) return i;
    }
    return -1;
  }

  /** The acknowledge cycle for `input`: moves it from IRR to ISR. */
  accept(input: number): void {
    const bit = 1 << input;
    this.irr &= ~bit;
    if (!this.autoEoi) this.isr |= bit;
  }

  writeCommand(value: number): void {
    if (value & 0x10) {
      // ICW1: restart initialisation. Masks and requests are cleared.
      this.initStep = 2;
      this.needIcw4 = (value & 0x01) !== 0;
      this.needIcw3 = (value & 0x02) === 0; // not single mode: a cascade exists
      this.imr = 0;
      this.isr = 0;
      this.irr = 0;
      this.autoEoi = false;
      this.readIsr = false;
      return;
    }
    if (value & 0x08) {
      // OCW3: register read selection (poll and special mask are not used by PC kernels).
      if (value & 0x02) this.readIsr = (value & 0x01) !== 0;
      return;
    }
    // OCW2: end of interrupt.
    const op = (value >> 5) & 7;
    if (op === 1 || op === 5) this.nonSpecificEoi();
    else if (op === 3 || op === 7) this.isr &= ~(1 << (value & 7));
  }

  writeData(value: number): void {
    switch (this.initStep) {
      case 2:
        this.vectorBase = value & 0xf8;
        this.initStep = this.needIcw3 ? 3 : this.needIcw4 ? 4 : 0;
        return;
      case 3:
        this.initStep = this.needIcw4 ? 4 : 0; // cascade wiring is fixed in a PC
        return;
      case 4:
        this.autoEoi = (value & 0x02) !== 0;
        this.initStep = 0;
        return;
      default:
        this.imr = value & 0xff; // OCW1
    }
  }

  readCommand(): number {
    return this.readIsr ? this.isr : this.irr;
  }

  readData(): number {
    return this.imr;
  }

  private nonSpecificEoi(): void {
    for (let i = 0; i < 8; i++) {
      if (this.isr & (1 << i)) {
        this.isr &= ~(1 << i);
        return;
      }
    }
  }
}

const CASCADE_INPUT = 2;
const SPURIOUS_INPUT = 7;

/** The master/slave pair, the CPU's interrupt controller. */
export class DualPic implements InterruptController {
  // Vector bases as a PC BIOS leaves them; every kernel reprograms them.
  readonly master = new Pic8259(0x08);
  readonly slave = new Pic8259(0x70);
  /** Called after software writes a PIC register (an EOI or unmask may expose a request). */
  onProgrammed: (() => void) | null = null;

  reset(): void {
    this.master.reset();
    this.slave.reset();
  }

  get intr(): boolean {
    this.updateCascade();
    return this.master.pendingInput() >= 0;
  }

  /** Raises (true) or lowers (false) interrupt request line `irq` (0..15). */
  setIrq(irq: number, level: boolean): void {
    if (irq < 8) this.master.setLine(irq, level);
    else this.slave.setLine(irq - 8, level);
  }

  /** A rising then falling edge on `irq`: one request, as a timer tick is. */
  pulseIrq(irq: number): void {
    this.setIrq(irq, true);
    this.setIrq(irq, false);
  }

  acknowledge(): number {
    this.updateCascade();
    const input = this.master.pendingInput();
    if (input < 0) return this.master.vectorBase + SPURIOUS_INPUT; // request went away: spurious IRQ 7
    this.master.accept(input);
    if (input !== CASCADE_INPUT) return this.master.vectorBase + input;
    const slaveInput = this.slave.pendingInput();
    if (slaveInput < 0) return this.slave.vectorBase + SPURIOUS_INPUT; // spurious IRQ 15
    this.slave.accept(slaveInput);
    this.updateCascade();
    return this.slave.vectorBase + slaveInput;
  }

  attach(bus: PortBus): void {
    const wire = (chip: Pic8259, base: number) =>
      bus.register(base, 2, {
        read8: (port) => (port === base ? chip.readCommand() : chip.readData()),
        write8: (port, value) => {
          if (port === base) chip.writeCommand(value);
          else chip.writeData(value);
          this.onProgrammed?.();
        },
      });
    wire(this.master, 0x20);
    wire(this.slave, 0xa0);
  }

  // The slave's INT output is the master's IRQ 2 input (a level).
  private updateCascade(): void {
    this.master.setLine(CASCADE_INPUT, this.slave.pendingInput() >= 0);
  }
}
