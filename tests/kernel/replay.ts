// Replays a QEMU transcript's boot on ringside's own Machine with the very
// same kernel and program images (tests/kernel/fixtures/native/).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Machine } from '../../src/machine/machine.ts';
import { FIXTURES, type Golden } from './golden.ts';

export interface Replay {
  console: string;
  trace: string;
  exitValue: number | null;
  state: string;
}

/** A kernel image and a program image per module string ("user/hello.elf"). */
export interface Images {
  kernel: Uint8Array;
  module(moduleString: string): Uint8Array;
}

/** The images the golden was recorded with: fixtures/native/. */
export function nativeImages(): Images {
  const native = path.join(FIXTURES, 'native');
  const read = (p: string) => new Uint8Array(fs.readFileSync(path.join(native, p)));
  return { kernel: read('kernel.elf'), module: read };
}

/** Boots the kernel with the golden's modules, command line and input. */
export function replayOnMachine(g: Golden, images: Images = nativeImages()): Replay {
  const machine = new Machine({ memoryMiB: g.memoryMiB });
  let consoleText = '';
  let trace = '';
  machine.onSerialOutput((b) => { consoleText += String.fromCharCode(b); });
  machine.onDebugOutput((b) => { trace += String.fromCharCode(b); });
  machine.boot(images.kernel, g.modules.map((m) => ({ data: images.module(m), string: m })), g.cmdline);
  if (g.input !== undefined) {
    // Typed once the kernel is up (the golden script waits a second on QEMU):
    // the kernel's UART setup clears the receive FIFO, like real hardware.
    while (!trace.includes('RS boot ') && machine.virtualSeconds < 5) {
      if (machine.runUntilExit({ maxInstructions: 100_000 }).state !== 'limit') break;
    }
    machine.sendSerialInput(g.input);
  }
  const result = machine.runUntilExit({ maxVirtualSeconds: 10 });
  return { console: consoleText, trace, exitValue: result.exitValue, state: result.state };
}

/** What may legitimately differ between two PCs running the same images:
 *  the RAM size the loader reports (and so the free memory), where modules
 *  were placed (and so which pages the kernel allocated), how many ticks boot took, and when exactly an interrupt
 *  caught a spinning program (QEMU's typing comes a real second after boot). */
export function normalize(text: string): string {
  return text
    .replace(/mem_kib=\d+/g, 'mem_kib=*')
    .replace(/bytes  at 0x[0-9a-f]{8}/g, 'bytes  at 0x*')
    .replace(/last seen at eip=0x[0-9a-f]{8}/g, 'last seen at eip=0x*')
    .replace(/\d+ KiB free/g, '* KiB free')
    .replace(/after \d+ ticks/g, 'after * ticks')
    .replace(/ ticks=\d+/g, ' ticks=*')
    .replace(/name=ticks ret=\d+/g, 'name=ticks ret=*')
    .replace(/cr3=0x[0-9a-f]{8}/g, 'cr3=0x*');
}
