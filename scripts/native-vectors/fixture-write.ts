// Writes the fixture: a gzip'd text file, '#' header lines, then one line
// per case (numbers in hex without 0x, except where noted):
//
//   bytes n next exc fin eax ecx edx ebx ebp esi edi fout eax' ecx' edx' ebx' ebp' esi' edi' undef-flags undef-regs mem-in mem-out group text...
//
// n      instructions in bytes (decimal: 1, or 2 for the pairs);
// next   expected EIP as an offset from the first byte (decimal: the length
//        of bytes unless a branch is taken);
// exc    exception vector the instruction raises (decimal), "-" for none;
// fin    status flags (CF PF AF ZF SF OF) before, plus DF for CMPS/SCAS;
// fout   status flags after;
// regs   an output register equal to its input is written ".";
// undef-flags  status flags the SDM leaves undefined for this case;
// undef-regs   bit mask (bit i = register i) of registers whose result the
//              SDM leaves undefined;
// mem-in/mem-out  the 32-byte data window (at the address in the header)
//        before and after, "-" without a memory operand, mem-out "." when
//        unchanged.
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
