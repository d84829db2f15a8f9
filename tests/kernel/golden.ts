// The QEMU transcripts recorded by scripts/kernel-qemu-golden.ts, and a way to
// replay one of them on ringside's own Machine with the very same images.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Machine } from '../../src/machine/machine.ts';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

export interface Golden {
  name: string;
  cmdline: string;
  input?: string;
  memoryMiB: number;
  /** Module strings, relative to fixtures/native/. */
  modules: string[];
  console: string;
  trace: string;
  exitValue: number;
}

export function loadGoldens(): Golden[] {
  const dir = path.join(FIXTURES, 'qemu');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Golden);
}

export interface Replay {
  console: string;
  trace: string;
  exitValue: number | null;
  state: string;
}

/** Boots fixtures/native/kernel.elf with the golden's modules, command line and input. */
export function replayOnMachine(g: Golden): Replay {
  const native = path.join(FIXTURES, 'native');
  const read = (p: string) => new Uint8Array(fs.readFileSync(path.join(native, p)));
  const machine = new Machine({ memoryMiB: g.memoryMiB });
  let consoleText = '';
  let trace = '';
  machine.onSerialOutput((b) => { consoleText += String.fromCharCode(b); });
  machine.onDebugOutput((b) => { trace += String.fromCharCode(b); });
  machine.boot(read('kernel.elf'), g.modules.map((m) => ({ data: read(m), string: m })), g.cmdline);
  if (g.input !== undefined) {
    // Typed once the program runs, as the golden script does on QEMU: the
    // kernel's UART setup clears the receive FIFO, like real hardware.
    while (!trace.includes('RS run ') && machine.virtualSeconds < 5) {
      if (machine.runUntilExit({ maxInstructions: 100_000 }).state !== 'limit') break;
    }
    machine.sendSerialInput(g.input);
  }
  const result = machine.runUntilExit({ maxVirtualSeconds: 10 });
  return { console: consoleText, trace, exitValue: result.exitValue, state: result.state };
}

/** What may legitimately differ between two PCs running the same images:
 *  the RAM size the loader reports, where modules were placed, and exactly
 *  where a timer interrupt caught a spinning program. */
export function normalize(text: string): string {
  return text
    .replace(/mem_kib=\d+/g, 'mem_kib=*')
    .replace(/bytes  at 0x[0-9a-f]{8}/g, 'bytes  at 0x*')
    .replace(/last seen at eip=0x[0-9a-f]{8}/g, 'last seen at eip=0x*');
}
