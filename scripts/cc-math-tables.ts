// Writes cc/runtime/fp/math-tables.c: the constants and tables of the
// runtime's <math.h> (2^(j/32), log(1/c), atan(j/16), ln 2, pi/2 ...), each
// as a double or as a pair hi + lo whose sum carries about 106 bits. The
// exact values come from bc(1) at 60 decimal digits; every double is written
// as a hex literal, so cc reads exactly the bits computed here.
// Usage: npx tsx scripts/cc-math-tables.ts   (needs bc)
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const out = path.join(here, '../cc/runtime/fp/math-tables.c');

function fail(message: string): never {
  console.error(`cc-math-tables: ${message}`);
  process.exit(1);
}

/** Evaluates bc expressions (one per line of the answer) at 60 digits. */
function bc(exprs: string[]): string[] {
  const r = spawnSync('bc', ['-l'], { input: `scale=60\n${exprs.join('\n')}\n`, encoding: 'utf8' });
  if (r.error) fail(`cannot run bc: ${r.error.message}`);
  if (r.status !== 0 || r.stderr) fail(`bc failed: ${r.stderr}`);
  // bc wraps long numbers with a backslash-newline.
  return r.stdout.replace(/\\\n/g, '').trim().split('\n');
}

function bits(x: number): bigint {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x);
  return v.getBigUint64(0);
}

function fromBits(b: bigint): number {
  const v = new DataView(new ArrayBuffer(8));
  v.setBigUint64(0, b);
  return v.getFloat64(0);
}

/** The exact decimal value of a double, for bc. */
function exactDecimal(x: number): string {
  if (x === 0) return '0';
  const b = bits(x);
  const sign = b >> 63n ? '-' : '';
  const e = Number((b >> 52n) & 0x7ffn);
  let m = b & 0xfffffffffffffn;
  let exp = e - 1075;
  if (e === 0) exp = -1074; else m |= 1n << 52n;
  if (exp >= 0) return sign + (m << BigInt(exp)).toString();
  const digits = (m * 5n ** BigInt(-exp)).toString().padStart(-exp + 1, '0');
  return `${sign}${digits.slice(0, digits.length + exp)}.${digits.slice(digits.length + exp)}`;
}

/** A double as a C hex literal that denotes exactly it. */
function hex(x: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const b = bits(x);
  const sign = b >> 63n ? '-' : '';
  const e = Number((b >> 52n) & 0x7ffn);
  if (e === 0) throw new Error('no denormal constants expected');
  const frac = (b & 0xfffffffffffffn).toString(16).padStart(13, '0');
  return `${sign}0x1.${frac}p${e - 1023}`;
}

/** The nearest double to a decimal string (JS's conversion is correctly rounded). */
const near = (s: string) => Number(s);

/** A value as hi + lo: hi the nearest double, lo the nearest double to the rest. */
function split(expr: string): [number, number] {
  const [v] = bc([expr]);
  const hi = near(v!);
  const [rest] = bc([`(${v}) - (${exactDecimal(hi)})`]);
  return [hi, near(rest!)];
}

/** A value as hi + lo with hi cut to `keep` significant bits, so small multiples of hi are exact. */
function cut(expr: string, keep: number): [number, number] {
  const [v] = bc([expr]);
  const mask = (1n << BigInt(52 - (keep - 1))) - 1n;
  const hi = fromBits(bits(near(v!)) & ~mask);
  const [rest] = bc([`(${v}) - (${exactDecimal(hi)})`]);
  return [hi, near(rest!)];
}

const lines: string[] = [];
const pair = (name: string, [hi, lo]: [number, number], why: string) => {
  lines.push(`/* ${why} */`, `const double ${name}[2] = { ${hex(hi)}, ${hex(lo)} };`);
};
const single = (name: string, expr: string, why: string) => {
  lines.push(`/* ${why} */`, `const double ${name} = ${hex(near(bc([expr])[0]!))};`);
};
const table = (name: string, rows: [number, number][], why: string) => {
  lines.push(`/* ${why} */`, `const double ${name}[${rows.length * 2}] = {`);
  for (const [hi, lo] of rows) lines.push(`    ${hex(hi)}, ${hex(lo)},`);
  lines.push('};');
};

pair('__ln2_32', cut('l(2)/32', 32), 'ln(2)/32: hi has 32 bits, so k * hi is exact for |k| < 2^21.');
single('__inv_ln2_32', '32/l(2)', '32/ln(2), to pick k in exp.');
pair('__ln2', cut('l(2)', 40), 'ln(2): hi has 40 bits, so e * hi is exact for any exponent e.');
pair('__log2e', split('1/l(2)'), 'log2(e) = 1/ln(2).');
pair('__log10e', split('1/l(10)'), 'log10(e) = 1/ln(10).');
pair('__pi', split('4*a(1)'), 'pi.');
pair('__pi_2', split('2*a(1)'), 'pi/2.');
{
  // pi/2 in three parts for the reduction of sin/cos/tan: 33 + 33 bits + the rest.
  const [p1] = cut('2*a(1)', 33);
  const [p2, p3] = cut(`2*a(1) - (${exactDecimal(p1)})`, 33);
  lines.push('/* pi/2 = p1 + p2 + p3, p1 and p2 of 33 bits: k * p1 and k * p2 are exact for |k| < 2^20. */',
    `const double __pio2_parts[3] = { ${hex(p1)}, ${hex(p2)}, ${hex(p3)} };`);
}
single('__two_over_pi', '1/(2*a(1))', '2/pi.');
{
  // 2/pi in 24-bit digits, enough for the largest double's reduction: 1200 bits.
  const r = spawnSync('bc', ['-l'], {
    input: 'scale=420\nobase=16\nx=1/(2*a(1))\nx\n', encoding: 'utf8',
  });
  const hexDigits = r.stdout.replace(/\\\n/g, '').trim().replace(/^\./, '');
  const digits: number[] = [];
  for (let i = 0; i + 6 <= hexDigits.length && digits.length < 52; i += 6) digits.push(parseInt(hexDigits.slice(i, i + 6), 16));
  if (digits.length < 52) fail('bc gave too few digits of 2/pi');
  lines.push('/* 2/pi = sum of d[i] 2^(-24 (i + 1)): its first 1248 bits, in 24-bit digits (for huge arguments of sin/cos/tan). */',
    `const double __two_over_pi_24[${digits.length}] = {`);
  for (let i = 0; i < digits.length; i += 8) lines.push(`    ${digits.slice(i, i + 8).map((d) => `${d}.0`).join(', ')},`);
  lines.push('};');
}
{
  const rows = bc(Array.from({ length: 32 }, (_, j) => `e(l(2)*${j}/32)`)).map((v) => {
    const hi = near(v);
    return [hi, near(bc([`(${v}) - (${exactDecimal(hi)})`])[0]!)] as [number, number];
  });
  table('__exp2_32', rows, '2^(j/32) for j = 0 .. 31, as hi, lo.');
}
{
  // log(m) = log(c) + log(m / c) with c = 1 + j/128 nearest m; m/c is taken
  // as m * inv - 1 with inv the double nearest 1/c, so the table holds that inv.
  const rows: number[] = [];
  for (let j = -38; j <= 53; j++) {
    const inv = 1 / (1 + j / 128);
    const [lg] = bc([`-l(${exactDecimal(inv)})`]);
    const hi = near(lg!);
    const lo = near(bc([`(${lg}) - (${exactDecimal(hi)})`])[0]!);
    rows.push(inv, hi, lo);
  }
  lines.push('/* For j = -38 .. 53 (index j + 38): inv = the double nearest 1/(1 + j/128), then -log(inv) as hi, lo. */',
    `const double __log_table[${rows.length}] = {`);
  for (let i = 0; i < rows.length; i += 3) lines.push(`    ${hex(rows[i]!)}, ${hex(rows[i + 1]!)}, ${hex(rows[i + 2]!)},`);
  lines.push('};');
}
{
  const rows = bc(Array.from({ length: 17 }, (_, j) => `a(${j}/16)`)).map((v) => {
    const hi = near(v);
    return [hi, near(bc([`(${v}) - (${exactDecimal(hi)})`])[0]!)] as [number, number];
  });
  table('__atan_16', rows, 'atan(j/16) for j = 0 .. 16, as hi, lo.');
}

const header = `/* math-tables.c: constants and tables of the runtime's <math.h>, written by
 * scripts/cc-math-tables.ts from bc(1) at 60 digits. Do not edit by hand. */
`;
fs.writeFileSync(out, header + lines.join('\n') + '\n');
console.log(`wrote ${path.relative(process.cwd(), out)}`);
