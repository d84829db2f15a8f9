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
  /** EAX..EDI before; index 4 (ESP) is 0 and not used. */
  regsIn: Uint32Array;
  /** EAX..EDI after, as the host CPU left them. */
  regsOut: Uint32Array;
  flagsIn: number;
  flagsOut: number;
  undefFlags: number;
  undefRegs: number;
  /** 1-based line in the fixture, for messages. */
  line: number;
}

export interface Fixture {
  header: string[];
  records: VectorRecord[];
}

const REG_ORDER = [0, 1, 2, 3, 5, 6, 7];
const HEX8 = /^[0-9a-f]{8}$/;
const FIELDS_BEFORE_TEXT = 20;

function hexField(value: string, what: string, line: number, maxDigits: number): number {
  if (!/^[0-9a-f]+$/.test(value) || value.length > maxDigits) {
    throw new FixtureFormatError(`fixture line ${line}: ${what} "${value}" is not hex of at most ${maxDigits} digits`);
  }
  return parseInt(value, 16);
}

function parseLine(raw: string, line: number): VectorRecord {
  const f = raw.split(' ');
  if (f.length <= FIELDS_BEFORE_TEXT) {
    throw new FixtureFormatError(`fixture line ${line}: expected at least ${FIELDS_BEFORE_TEXT + 1} fields, found ${f.length}`);
  }
  const code = f[0]!;
  if (!/^([0-9a-f]{2}){1,15}$/.test(code)) throw new FixtureFormatError(`fixture line ${line}: instruction bytes "${code}" are not 1-15 hex bytes`);
  const bytes = Uint8Array.from(code.match(/../g)!.map((b) => parseInt(b, 16)));
  const regsIn = new Uint32Array(8);
  const regsOut = new Uint32Array(8);
  REG_ORDER.forEach((reg, k) => {
    const input = f[2 + k]!;
    if (!HEX8.test(input)) throw new FixtureFormatError(`fixture line ${line}: input register ${k + 1} "${input}" is not 8 hex digits`);
    regsIn[reg] = parseInt(input, 16);
    const output = f[10 + k]!;
    if (output === '.') regsOut[reg] = regsIn[reg]!;
    else if (HEX8.test(output)) regsOut[reg] = parseInt(output, 16);
    else throw new FixtureFormatError(`fixture line ${line}: output register ${k + 1} "${output}" is neither "." nor 8 hex digits`);
  });
  return {
    bytes, regsIn, regsOut,
    flagsIn: hexField(f[1]!, 'input flags', line, 3),
    flagsOut: hexField(f[9]!, 'output flags', line, 3),
    undefFlags: hexField(f[17]!, 'undefined-flag mask', line, 3),
    undefRegs: hexField(f[18]!, 'undefined-register mask', line, 2),
    group: f[19]!,
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
  return { header, records };
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
