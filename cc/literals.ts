// Decoding of number, character and string literal spellings.

/** The type C gives an integer constant (long is 32 bits on i386, long long 64). */
export type IntLiteralType = 'int' | 'unsigned int' | 'long' | 'unsigned long' | 'long long' | 'unsigned long long';

/** `big` is the exact value; `value` its low 32 bits (signed unless the type is unsigned). */
export interface IntLiteral { value: number; big: bigint; type: IntLiteralType }

const RANGE: Record<IntLiteralType, bigint> = {
  int: 0x7fffffffn, 'unsigned int': 0xffffffffn, long: 0x7fffffffn, 'unsigned long': 0xffffffffn,
  'long long': 0x7fffffffffffffffn, 'unsigned long long': 0xffffffffffffffffn,
};

/**
 * The candidate types of C11 6.4.4.1 in order: a decimal constant without `u`
 * stays signed, a hex/octal/binary one may become unsigned on the way.
 */
function candidates(decimal: boolean, u: boolean, l: number): IntLiteralType[] {
  if (u) return l === 2 ? ['unsigned long long'] : l === 1 ? ['unsigned long', 'unsigned long long'] : ['unsigned int', 'unsigned long', 'unsigned long long'];
  if (decimal) return l === 2 ? ['long long'] : l === 1 ? ['long', 'long long'] : ['int', 'long', 'long long'];
  if (l === 2) return ['long long', 'unsigned long long'];
  if (l === 1) return ['long', 'unsigned long', 'long long', 'unsigned long long'];
  return ['int', 'unsigned int', 'long', 'unsigned long', 'long long', 'unsigned long long'];
}

/** Parse an integer pp-number; returns an error message string when it is not one. */
export function parseIntLiteral(text: string): IntLiteral | string {
  // The parser reads floating constants with parseFloatLiteral; only #if gets here with one.
  if (isFloatLiteral(text)) return 'floating constant in preprocessor expression';
  const m = /^(0[xX][0-9a-fA-F]+|0[bB][01]+|[0-9]+)([A-Za-z0-9_.]*)$/.exec(text);
  if (!m) return `invalid number '${text}'`;
  if (/^0[0-9]+$/.test(m[1]!) && /[89]/.test(m[1]!)) return `invalid digit in octal constant '${text}'`;
  const digits = m[1]!;
  // `ll` and `LL` are suffixes, `lL` is not.
  if (!/^([uU]?(l|L|ll|LL)?|(l|L|ll|LL)[uU])$/.test(m[2]!)) return `invalid suffix '${m[2]}' on integer constant`;
  const suffix = m[2]!.toLowerCase();
  let big: bigint;
  if (/^0[bB]/.test(digits)) big = BigInt(digits);
  else if (/^0[xX]/.test(digits)) big = BigInt(digits);
  else if (digits.length > 1 && digits[0] === '0') big = BigInt('0o' + digits.slice(1));
  else big = BigInt(digits);
  if (big > 0xffffffffffffffffn) return `integer constant '${text}' is too large for its type`;
  const decimal = /^[1-9]/.test(digits) || digits === '0';
  const l = suffix.includes('ll') ? 2 : suffix.includes('l') ? 1 : 0;
  // A decimal constant beyond long long gets unsigned long long, as gcc does.
  const type = candidates(decimal, suffix.includes('u'), l).find((c) => big <= RANGE[c]) ?? 'unsigned long long';
  const unsigned = type.startsWith('unsigned');
  const value = Number(unsigned ? BigInt.asUintN(32, big) : BigInt.asIntN(32, big));
  return { value, big, type };
}

/** A floating constant: its value (already rounded to float for an `f` suffix) and type. */
export interface FloatLiteral { value: number; type: 'float' | 'double' | 'long double' }

/** Does this pp-number spell a floating constant (a `.`, a decimal exponent, or a hex `p` exponent)? */
export function isFloatLiteral(text: string): boolean {
  if (/^0[xX]/.test(text)) return /[pP]/.test(text);
  return /^[0-9]*\.|^[0-9]+[eE]/.test(text);
}

/** Parse a floating pp-number (C11 6.4.4.2); returns an error message string when it is not one. */
export function parseFloatLiteral(text: string): FloatLiteral | string {
  const dec = /^(([0-9]*\.[0-9]*)|[0-9]+)([eE][+-]?[0-9]+)?([fFlL]?)$/.exec(text);
  const hex = /^0[xX](([0-9a-fA-F]*)(\.([0-9a-fA-F]*))?)[pP]([+-]?[0-9]+)([fFlL]?)$/.exec(text);
  let value: number, suffix: string;
  if (/[eEpP][+-]?[fFlL]?$/.test(text) && !/^0[xX][0-9a-fA-F]*[eE]?$/.test(text)) return 'exponent has no digits';
  if (dec && dec[1] !== '.') {
    if (!dec[2] && !dec[3]) return `invalid number '${text}'`;
    suffix = dec[4]!;
    // JavaScript's Number() rounds a decimal string correctly to the nearest double.
    value = Number(text.slice(0, text.length - suffix.length));
    if (suffix.toLowerCase() === 'f') value = decimalToFloat(text.slice(0, text.length - suffix.length), value);
  } else if (hex && (hex[2] || hex[4])) {
    suffix = hex[6]!;
    const digits = (hex[2] ?? '') + (hex[4] ?? '');
    value = scaleExact(BigInt('0x' + digits), Number(hex[5]) - 4 * (hex[4] ?? '').length, suffix.toLowerCase() === 'f' ? 24 : 53);
  } else {
    const m = /^(?:0[xX][0-9a-fA-F.]*[pP][+-]?[0-9]*|[0-9.]+(?:[eE][+-]?[0-9]*)?)(.*)$/.exec(text);
    if (m && m[1] && /^[0-9a-fA-F.xXpPeE+-]*$/.test(text.slice(0, text.length - m[1].length))) return `invalid suffix "${m[1]}" on floating constant`;
    return `invalid number '${text}'`;
  }
  const s = suffix.toLowerCase();
  return { value, type: s === 'f' ? 'float' : s === 'l' ? 'long double' : 'double' };
}

/**
 * The float nearest a decimal string. Rounding the nearest double again can be
 * off by one when the double lies exactly halfway between two floats; then the
 * exact decimal decides which way.
 */
function decimalToFloat(text: string, asDouble: number): number {
  const f = Math.fround(asDouble);
  if (!Number.isFinite(asDouble) || f === asDouble) return f;
  const other = nextFloatToward(f, asDouble);
  if (asDouble !== (f + other) / 2) return f;
  // A tie at double precision: compare the exact decimal with the midpoint.
  const cmp = compareDecimal(text, asDouble);
  const up = other > f;
  return cmp === 0 ? f : (cmp > 0) === up ? other : f;
}

function nextFloatToward(f: number, target: number): number {
  const buf = new Float32Array([f]);
  const bits = new Int32Array(buf.buffer);
  bits[0]! += (target > f) === (f >= 0) ? 1 : -1;
  return buf[0]!;
}

/** Sign of (exact decimal `text`) - `d`, with both taken exactly (as rationals). */
function compareDecimal(text: string, d: number): number {
  const m = /^([0-9]*)\.?([0-9]*)(?:[eE]([+-]?[0-9]+))?$/.exec(text)!;
  let num = BigInt((m[1] || '0') + (m[2] || '')), den = 1n;
  let exp = Number(m[3] ?? 0) - (m[2] ?? '').length;
  if (exp >= 0) num *= 10n ** BigInt(exp); else den = 10n ** BigInt(-exp);
  const [dn, dd] = exactRational(d);
  const lhs = num * dd, rhs = dn * den;
  return lhs > rhs ? 1 : lhs < rhs ? -1 : 0;
}

/** A finite double as numerator and denominator (a power of two). */
function exactRational(d: number): [bigint, bigint] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, d);
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const e = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (e) mant |= 1n << 52n;
  const shift = (e || 1) - 1075;
  return shift >= 0 ? [mant << BigInt(shift), 1n] : [mant, 1n << BigInt(-shift)];
}

/** m * 2^exp rounded to `bits` significant bits (nearest, ties to even), as a double. */
function scaleExact(m: bigint, exp: number, bits: number): number {
  if (m === 0n) return 0;
  const len = m.toString(2).length;
  // Keep `bits` bits (fewer below the smallest normal), rounding the rest away.
  const minExp = bits === 24 ? -149 : -1074;
  let drop = Math.max(len - bits, minExp - exp);
  if (drop > 0) {
    const d = BigInt(drop);
    const rest = m & ((1n << d) - 1n), half = 1n << (d - 1n);
    m >>= d;
    if (rest > half || (rest === half && (m & 1n) === 1n)) m += 1n;
    exp += drop;
  }
  // Two steps, so that 2^exp itself cannot underflow to zero.
  const first = Math.max(exp, -1000);
  const v = Number(m) * 2 ** first * 2 ** (exp - first);
  return bits === 24 ? Math.fround(v) : v;
}

const SIMPLE_ESCAPES: Record<string, number> = {
  n: 10, t: 9, r: 13, '0': 0, '\\': 92, "'": 39, '"': 34, '?': 63, a: 7, b: 8, f: 12, v: 11, e: 27,
};

/** Decode the body of a string or char literal (without quotes) to byte values. */
export function decodeEscapes(body: string): number[] | string {
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      const code = c.charCodeAt(0);
      if (code < 0x80) out.push(code);
      else for (const b of Buffer.from(c, 'utf8')) out.push(b);
      continue;
    }
    const e = body[++i];
    if (e === undefined) return 'incomplete escape sequence';
    if (e === 'x') {
      let j = i + 1;
      while (j < body.length && /[0-9a-fA-F]/.test(body[j]!)) j++;
      if (j === i + 1) return '\\x used with no following hex digits';
      out.push(parseInt(body.slice(i + 1, j), 16) & 0xff);
      i = j - 1;
      continue;
    }
    if (/[0-7]/.test(e)) {
      let j = i;
      while (j < body.length && j < i + 3 && /[0-7]/.test(body[j]!)) j++;
      out.push(parseInt(body.slice(i, j), 8) & 0xff);
      i = j - 1;
      continue;
    }
    const v = SIMPLE_ESCAPES[e];
    if (v === undefined) return `unknown escape sequence '\\${e}'`;
    out.push(v);
  }
  return out;
}

/** Value of a character constant like 'a' or '\n' (a signed char, promoted to int). */
export function parseCharLiteral(text: string): number | string {
  const bytes = decodeEscapes(text.slice(1, -1));
  if (typeof bytes === 'string') return bytes;
  if (bytes.length === 0) return 'empty character constant';
  if (bytes.length > 1) return 'multi-character character constant is not supported';
  const b = bytes[0]!;
  return b >= 0x80 ? b - 0x100 : b;
}

/** Bytes as a string of the same char codes, in slices so a long literal cannot overflow the stack. */
export function bytesToText(bytes: number[]): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.slice(i, i + 8192));
  return s;
}
