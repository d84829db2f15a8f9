// Mutations of ELF32 files: header and table fields set to boundary values
// (the lies a malicious file tells), random byte flips, truncation and junk.
import type { Rng } from './rng.ts';

const EHDR_FIELDS: [offset: number, size: 2 | 4][] = [
  [24, 4], [28, 4], [32, 4], [40, 2], [42, 2], [44, 2], [46, 2], [48, 2], [50, 2], [16, 2], [18, 2], [4, 2],
];
const SHDR_SIZE = 40, PHDR_SIZE = 32;

function interesting(rng: Rng, fileLength: number): number {
  return rng.pick([0, 1, 2, 0x7f, 0xff, 0x100, 0xffff, 0x7fffffff, 0x80000000, 0xfffffff0, 0xffffffff,
    fileLength, fileLength - 1, fileLength + 1, rng.int(0, 0xffffffff), rng.int(0, fileLength)]) >>> 0;
}

function put(view: DataView, at: number, size: 2 | 4, v: number): void {
  if (at < 0 || at + size > view.byteLength) return;
  if (size === 2) view.setUint16(at, v & 0xffff, true);
  else view.setUint32(at, v >>> 0, true);
}

/** One to three mutations of a copy of `elf`. */
export function mutateElf(elf: Uint8Array, rng: Rng): Uint8Array {
  let b: Uint8Array = elf.slice();
  for (let n = rng.int(1, 3); n > 0; n--) {
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const shoff = b.length >= 52 ? view.getUint32(32, true) : 0;
    const shnum = b.length >= 52 ? view.getUint16(48, true) : 0;
    const phoff = b.length >= 52 ? view.getUint32(28, true) : 0;
    const phnum = b.length >= 52 ? view.getUint16(44, true) : 0;
    switch (rng.int(0, 6)) {
      case 0: { const [at, size] = rng.pick(EHDR_FIELDS); put(view, at, size, interesting(rng, b.length)); break; }
      case 1: if (shnum > 0) put(view, shoff + rng.int(0, shnum - 1) * SHDR_SIZE + rng.int(0, 9) * 4, 4, interesting(rng, b.length)); break;
      case 2: if (phnum > 0) put(view, phoff + rng.int(0, phnum - 1) * PHDR_SIZE + rng.int(0, 7) * 4, 4, interesting(rng, b.length)); break;
      case 3: for (let k = rng.int(1, 8); k > 0; k--) if (b.length) b[rng.int(0, b.length - 1)] ^= 1 << rng.int(0, 7); break;
      case 4: b = b.slice(0, rng.int(0, b.length)); break;
      case 5: { // overwrite a run with one byte (NULs removed from a string table, zeroed tables)
        const at = rng.int(0, b.length), len = rng.logInt(4096);
        b.fill(rng.pick([0, 0x41, 0xff]), at, Math.min(b.length, at + len));
        break;
      }
      default: { const junk = new Uint8Array(rng.logInt(65536)); for (let k = 0; k < junk.length; k++) junk[k] = rng.int(0, 255);
        const grown = new Uint8Array(b.length + junk.length); grown.set(b); grown.set(junk, b.length); b = grown; }
    }
  }
  return b;
}
