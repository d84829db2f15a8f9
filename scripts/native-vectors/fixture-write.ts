// Writes the fixture: a gzip'd text file, '#' header lines, then one line
// per case (all numbers hex, no 0x):
//
//   bytes n next exc fin eax ecx edx ebx ebp esi edi fout eax' ecx' edx' ebx' ebp' esi' edi' undef-flags undef-regs mem-in mem-out group text...
//
// n is the number of instructions in bytes (decimal; 2 for the pairs); next
// the expected EIP as an offset from the first byte (decimal; the length of
// bytes unless a branch was taken); exc
// the exception vector (decimal) the instruction raises, "-" for none;
// fin/fout are the status flags (CF PF AF ZF SF OF; fin also DF, which the
// string instructions read) before and after; an
// output register equal to its input is written "."; undef-flags are the
// status flags the SDM leaves undefined for this case, undef-regs a bit
// mask (bit i = register i) of registers whose result it leaves undefined.
// mem-in/mem-out are the 32-byte data window (at the address in the
// header) before and after, "-" for cases without a memory operand and
// mem-out "." when the window is unchanged.
// tests/cpu-vectors/read-fixture.ts reads it back.

import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { STATUS } from './flags.ts';
import type { NativeResult } from './native-run.ts';
import type { VectorCase } from './vector-case.ts';

const REG_ORDER = [0, 1, 2, 3, 5, 6, 7];

const h8 = (v: number) => (v >>> 0).toString(16).padStart(8, '0');
const h3 = (v: number) => v.toString(16).padStart(3, '0');
const hexBytes = (bytes: readonly number[]) => bytes.map((b) => b.toString(16).padStart(2, '0')).join('');

export function fixtureLine(c: VectorCase, r: NativeResult): string {
  const bytes = hexBytes(c.bytes);
  const ins = REG_ORDER.map((i) => h8(c.regs[i]!));
  const outs = REG_ORDER.map((i) => (r.regs[i] === c.regs[i] ? '.' : h8(r.regs[i]!)));
  const memIn = c.mem ? hexBytes(c.mem) : '-';
  const memOut = c.mem ? (hexBytes(r.mem) === memIn ? '.' : hexBytes(r.mem)) : '-';
  return [
    bytes, String(c.count ?? 1), String(c.next ?? c.bytes.length), r.exception < 0 ? '-' : String(r.exception), h3(c.flags), ...ins, h3(r.eflags & STATUS), ...outs,
    h3(c.undefFlags), c.undefRegs.toString(16).padStart(2, '0'), memIn, memOut, c.group, c.text,
  ].join(' ');
}

export function writeFixture(path: string, header: string[], cases: readonly VectorCase[], results: readonly NativeResult[]): number {
  const lines = header.map((h) => `# ${h}`);
  cases.forEach((c, i) => lines.push(fixtureLine(c, results[i]!)));
  const data = gzipSync(Buffer.from(lines.join('\n') + '\n'), { level: 9 });
  writeFileSync(path, data);
  return data.length;
}
