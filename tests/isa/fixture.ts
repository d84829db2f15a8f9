// Reads the committed objdump fixture (scripts/gen-objdump-fixtures).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface FixtureEntry { address: number; bytes: Uint8Array; hex: string; text: string }

/** objdump-intel.txt (32-bit code) or objdump-intel-16.txt (16-bit code). */
export function loadObjdumpFixture(file = 'objdump-intel.txt'): FixtureEntry[] {
  const path = fileURLToPath(new URL(`./fixtures/${file}`, import.meta.url));
  return readFileSync(path, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => {
    const [addr, hex, text] = l.split('\t');
    return { address: parseInt(addr, 16), hex, bytes: Uint8Array.from(hex.match(/../g)!.map((x) => parseInt(x, 16))), text };
  });
}

export const toHex = (b: Uint8Array | number[]) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
