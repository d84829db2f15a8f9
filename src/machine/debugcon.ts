// The Bochs/QEMU debug console on port 0xE9: every byte written goes to the
// host; reading the port returns 0xE9 so software can detect it.
import type { PortBus } from './io-bus.ts';

export const DEBUGCON_PORT = 0xe9;

export class DebugConsole {
  constructor(private readonly output: (byte: number) => void) {}

  attach(bus: PortBus): void {
    bus.register(DEBUGCON_PORT, 1, {
      read8: () => DEBUGCON_PORT,
      write8: (_port, value) => this.output(value),
    });
  }
}
