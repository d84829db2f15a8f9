// Builds and boots tests/machine/slow-reader.s (a bare-metal guest that reads
// COM1 slowly through a small ring buffer and echoes what it reads).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assemble } from '../../src/isa/assembler.ts';
import { writeElfExecutable } from '../../src/isa/elf-write.ts';
import { Machine } from '../../src/machine/machine.ts';

const SOURCE = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'slow-reader.s'), 'latin1');

/** Boots a reader that exits after `count` bytes, spinning `delay` times per byte. */
export function bootReader(count: number, delay = 300): { machine: Machine; out: number[] } {
  const text = SOURCE.replaceAll('@COUNT@', String(count)).replaceAll('@DELAY@', String(delay));
  const elf = writeElfExecutable(assemble([{ name: 'slow-reader.s', text }], { base: 0x100000 }));
  const machine = new Machine({ memoryMiB: 4 });
  const out: number[] = [];
  machine.onSerialOutput((b) => out.push(b));
  machine.boot(elf, [], '');
  return { machine, out };
}
