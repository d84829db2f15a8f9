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
  if (/^[0-9]*\.[0-9]*([eE][+-]?[0-9]+)?[fFlL]?$|^[0-9]+[eE][+-]?[0-9]+[fFlL]?$|^0[xX][0-9a-fA-F.]*[pP]/.test(text) && text !== '.')
    return 'floating point is not supported';
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
