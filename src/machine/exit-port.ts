// The exit port 0xF4 (QEMU's isa-debug-exit): a write of V ends the machine
// with exit value V. The access size decides how many bits V has.
import type { PortBus } from './io-bus.ts';

export const EXIT_PORT = 0xf4;

export class ExitPort {
  constructor(private readonly exit: (value: number) => void) {}

  attach(bus: PortBus): void {
    bus.register(EXIT_PORT, 1, {
      write8: (_port, value) => this.exit(value & 0xff),
      write16: (_port, value) => this.exit(value & 0xffff),
      write32: (_port, value) => this.exit(value >>> 0),
    });
  }
}
