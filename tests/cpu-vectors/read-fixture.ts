// Reads the native-vector fixture written by scripts/gen-native-vectors
// (format documented in scripts/native-vectors/fixture-write.ts).

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export class FixtureFormatError extends Error {
  override name = 'FixtureFormatError';
}

export interface VectorRecord {
  group: string;
  text: string;
  bytes: Uint8Array;
  /** Instructions in `bytes`: 1, or 2 for a pair passing flags along. */
  count: number;
  /** Where EIP must end up, as an offset from the first byte (the length
   *  of `bytes` unless a branch is taken). */
  next: number;
  /** The exception vector the instruction must raise, or -1. When it is
   *  raised, registers, flags and memory must be left as they were. */
  exception: number;
  /** EAX..EDI before; index 4 (ESP) is 0 and not used. */
  regsIn: Uint32Array;
  /** EAX..EDI after, as the host CPU left them. */
  regsOut: Uint32Array;
  flagsIn: number;
  flagsOut: number;
  undefFlags: number;
  undefRegs: number;
  /** The data window before and after, for cases with a memory operand. */
  memIn: Uint8Array | null;
  memOut: Uint8Array | null;
  /** 1-based line in the fixture, for messages. */
  line: number;
}

export interface Fixture {
  header: string[];
  /** Where the data window that memory operands use lives, from the header. */
  dataWindow: { address: number; bytes: number } | null;
  records: VectorRecord[];
}

const REG_ORDER = [0, 1, 2, 3, 5, 6, 7];
const FIELDS_BEFORE_TEXT = 25;

/** Value of a lowercase hex digit, or -1. Hand-rolled because the fixture
 *  has millions of fields and regular expressions made loading slow. */
function digit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Parses `value` as hex of `minDigits`..`maxDigits` digits, or returns -1. */
function parseHex(value: string, minDigits: number, maxDigits: number): number {
  if (value.length < minDigits || value.length > maxDigits) return -1;
  let v = 0;
  for (let i = 0; i < value.length; i++) {
    const d = digit(value.charCodeAt(i));
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

function hexField(value: string, what: string, line: number, maxDigits: number): number {
  const v = parseHex(value, 1, maxDigits);
  if (v < 0) throw new FixtureFormatError(`fixture line ${line}: ${what} "${value}" is not hex of at most ${maxDigits} digits`);
  return v;
}

function hexBytes(value: string, what: string, line: number, maxBytes = Infinity): Uint8Array {
  const n = value.length >> 1;
  const out = new Uint8Array(n);
  let ok = value.length > 0 && (value.length & 1) === 0 && n <= maxBytes;
  for (let i = 0; ok && i < n; i++) {
    const hi = digit(value.charCodeAt(2 * i));
    const lo = digit(value.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) ok = false;
    else out[i] = hi * 16 + lo;
  }
  if (!ok) throw new FixtureFormatError(`fixture line ${line}: ${what} "${value}" is not ${maxBytes === Infinity ? '' : `1-${maxBytes} `}hex bytes`);
  return out;
}

function parseLine(raw: string, line: number): VectorRecord {
  const f = raw.split(' ');
  if (f.length <= FIELDS_BEFORE_TEXT) {
    throw new FixtureFormatError(`fixture line ${line}: expected at least ${FIELDS_BEFORE_TEXT + 1} fields, found ${f.length}`);
  }
  const bytes = hexBytes(f[0]!, 'instruction bytes', line, 30);
  const count = f[1] === '1' ? 1 : f[1] === '2' ? 2 : 0;
  if (count === 0) throw new FixtureFormatError(`fixture line ${line}: instruction count "${f[1]}" is not 1 or 2`);
  const next = /^\d{1,2}$/.test(f[2]!) ? Number(f[2]) : -1;
  if (next < 0) throw new FixtureFormatError(`fixture line ${line}: next-EIP offset "${f[2]}" is not a small decimal number`);
  const exception = f[3] === '-' ? -1 : /^\d{1,2}$/.test(f[3]!) ? Number(f[3]) : NaN;
  if (!(exception >= -1 && exception < 32)) throw new FixtureFormatError(`fixture line ${line}: exception "${f[3]}" is neither "-" nor a vector number`);
  const regsIn = new Uint32Array(8);
  const regsOut = new Uint32Array(8);
  for (let k = 0; k < REG_ORDER.length; k++) {
    const reg = REG_ORDER[k]!;
    const input = f[5 + k]!;
    const vin = parseHex(input, 8, 8);
    if (vin < 0) throw new FixtureFormatError(`fixture line ${line}: input register ${k + 1} "${input}" is not 8 hex digits`);
    regsIn[reg] = vin;
    const output = f[13 + k]!;
    const vout = output === '.' ? vin : parseHex(output, 8, 8);
    if (vout < 0) throw new FixtureFormatError(`fixture line ${line}: output register ${k + 1} "${output}" is neither "." nor 8 hex digits`);
    regsOut[reg] = vout;
  }
  const memIn = f[22] === '-' ? null : hexBytes(f[22]!, 'memory input', line);
  let memOut: Uint8Array | null = null;
  if (memIn) memOut = f[23] === '.' ? memIn : hexBytes(f[23]!, 'memory output', line);
  else if (f[23] !== '-') throw new FixtureFormatError(`fixture line ${line}: memory output "${f[23]}" without memory input`);
  if (memIn && memOut && memIn.length !== memOut.length) throw new FixtureFormatError(`fixture line ${line}: memory input and output differ in length`);
  return {
    bytes, count, next, exception, regsIn, regsOut, memIn, memOut,
    flagsIn: hexField(f[4]!, 'input flags', line, 3),
    flagsOut: hexField(f[12]!, 'output flags', line, 3),
    undefFlags: hexField(f[20]!, 'undefined-flag mask', line, 3),
    undefRegs: hexField(f[21]!, 'undefined-register mask', line, 2),
    group: f[24]!,
    text: f.slice(FIELDS_BEFORE_TEXT).join(' '),
    line,
  };
}

/** Parses fixture text: '#' header lines, then one record per line. */
export function parseFixture(text: string): Fixture {
  const header: string[] = [];
  const records: VectorRecord[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw === '') continue;
    if (raw.startsWith('#')) header.push(raw.replace(/^#\s?/, ''));
    else records.push(parseLine(raw, i + 1));
  }
  const window = parseDataWindow(header);
  const withMemory = records.find((r) => r.memIn);
  if (withMemory && (!window || withMemory.memIn!.length !== window.bytes)) {
    throw new FixtureFormatError(`fixture line ${withMemory.line}: memory operand without a matching data-window header line`);
  }
  return { header, dataWindow: window, records };
}

/** "data-window: 0x700000 32 bytes; ..." */
function parseDataWindow(header: string[]): Fixture['dataWindow'] {
  const line = header.find((h) => h.startsWith('data-window:'));
  if (!line) return null;
  const m = /^data-window: 0x([0-9a-f]+) (\d+) bytes/.exec(line);
  if (!m) throw new FixtureFormatError(`fixture header "${line}" does not say "data-window: 0x<address> <n> bytes"`);
  return { address: parseInt(m[1]!, 16), bytes: Number(m[2]) };
}

/** Reads and parses a gzip'd fixture file. */
export function loadFixture(path: string): Fixture {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (err) {
    throw new FixtureFormatError(`cannot read fixture ${path}: ${(err as Error).message} (regenerate with scripts/gen-native-vectors)`);
  }
  let text: string;
  try {
    text = gunzipSync(data).toString('utf8');
  } catch (err) {
    throw new FixtureFormatError(`fixture ${path} is not gzip data: ${(err as Error).message}`);
  }
  return parseFixture(text);
}
