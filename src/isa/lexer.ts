// Splits one line of assembly into tokens. Comments start with ';'.
import { LineError } from './errors.ts';

export type TokenKind = 'ident' | 'number' | 'string' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Numeric value for numbers. */
  value: number;
  /** Contents (without quotes) for strings. */
  str: string;
  /** Identifier written with NASM's "$" escape ($eax): never a register or keyword. */
  escaped?: boolean;
  /** Full value of a number token (up to 64 bits). */
  big?: bigint;
  /** 1-based column. */
  col: number;
}

const PUNCT2 = ['<<', '>>'];

// Character classes as tables of char codes: a regular expression per character
// was a large part of reading a 200,000-line file.
const classTable = (chars: string): Uint8Array => {
  const t = new Uint8Array(128);
  for (const range of chars.match(/.-.|./g)!) {
    const lo = range.charCodeAt(0), hi = range.length === 3 ? range.charCodeAt(2) : lo;
    for (let c = lo; c <= hi; c++) t[c] = 1;
  }
  return t;
};
const IDENT_START = classTable('A-Za-z_.@?$');
const IDENT_CHAR = classTable('A-Za-z0-9_.@?$#~');
const NUMBER_CHAR = classTable('0-9A-Za-z_');
const inClass = (t: Uint8Array, c: string | undefined): boolean => c !== undefined && c.charCodeAt(0) < 128 && t[c.charCodeAt(0)] === 1;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

export function tokenizeLine(line: string): Token[] {
  const toks: Token[] = [];
  let i = 0;
  const n = line.length;
  while (i < n) {
    const c = line[i];
    if (c === ';') break;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') { i++; continue; }
    const col = i + 1;
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1, s = '';
      while (j < n && line[j] !== c) {
        if (c === '`' && line[j] === '\\' && j + 1 < n) { s += escapeChar(line[j + 1]); j += 2; continue; }
        s += line[j++];
      }
      if (j >= n) throw new LineError('unterminated string', col);
      toks.push({ kind: 'string', text: line.slice(i, j + 1), value: 0, str: s, col });
      i = j + 1;
      continue;
    }
    if (isDigit(c)) {
      let j = i;
      while (j < n && inClass(NUMBER_CHAR, line[j])) j++;
      const text = line.slice(i, j);
      const big = parseBigNumber(text, col);
      // Numbers above 32 bits are only allowed as whole dq items; expressions reject them.
      toks.push({ kind: 'number', text, value: big > 0xffffffffn ? NaN : Number(big), str: '', col, big });
      i = j;
      continue;
    }
    // "$" alone or "$$" are the location counters; "$name" is an identifier escape.
    if (c === '$' && !(i + 1 < n && /[A-Za-z_]/.test(line[i + 1]))) {
      const text = line[i + 1] === '$' ? '$$' : '$';
      if (text === '$' && i + 1 < n && isDigit(line[i + 1])) {
        // NASM's "$0FFh" style hex number.
        let j = i + 1;
        while (j < n && /[0-9A-Fa-f]/.test(line[j])) j++;
        toks.push({ kind: 'number', text: line.slice(i, j), value: parseInt(line.slice(i + 1, j), 16), str: '', col });
        i = j;
        continue;
      }
      toks.push({ kind: 'ident', text, value: 0, str: '', col });
      i += text.length;
      continue;
    }
    if (inClass(IDENT_START, c)) {
      let j = i + 1;
      while (j < n && inClass(IDENT_CHAR, line[j])) j++;
      const text = line.slice(i, j);
      if (text.startsWith('$')) toks.push({ kind: 'ident', text: text.slice(1), value: 0, str: '', col, escaped: true });
      else toks.push({ kind: 'ident', text, value: 0, str: '', col });
      i = j;
      continue;
    }
    const two = line.slice(i, i + 2);
    if (PUNCT2.includes(two)) { toks.push({ kind: 'punct', text: two, value: 0, str: '', col }); i += 2; continue; }
    if ('+-*/%&|^~()[],:='.includes(c)) { toks.push({ kind: 'punct', text: c, value: 0, str: '', col }); i++; continue; }
    throw new LineError(`unexpected character '${c}'`, col);
  }
  return toks;
}

function escapeChar(c: string): string {
  const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\', "'": "'", '"': '"', '`': '`', e: '\x1b' };
  return map[c] ?? c;
}

/** Decimal, 0x.., 0b.., 0o.., trailing h/b/o/d suffixes, underscores as separators. */
export function parseNumber(text: string, col: number): number {
  const v = parseBigNumber(text, col);
  if (v > 0xffffffffn) throw new LineError(`number '${text}' does not fit in 32 bits`, col);
  return Number(v);
}

/** The same syntax as parseNumber, up to 64 bits (for dq). */
export function parseBigNumber(text: string, col: number): bigint {
  // Plain decimals (most numbers) need no regular expressions.
  if (text.length <= 15 && /^[0-9]+$/.test(text)) return BigInt(text);
  const t = text.toLowerCase().replace(/_/g, '');
  let m: RegExpExecArray | null;
  let v: bigint;
  if ((m = /^0[xh]([0-9a-f]+)$/.exec(t))) v = BigInt(`0x${m[1]}`);
  else if ((m = /^0[by]([01]+)$/.exec(t))) v = BigInt(`0b${m[1]}`);
  else if ((m = /^0[oq]([0-7]+)$/.exec(t))) v = BigInt(`0o${m[1]}`);
  else if ((m = /^([0-9][0-9a-f]*)h$/.exec(t))) v = BigInt(`0x${m[1]}`);
  else if ((m = /^([01]+)[by]$/.exec(t))) v = BigInt(`0b${m[1]}`);
  else if ((m = /^([0-7]+)[oq]$/.exec(t))) v = BigInt(`0o${m[1]}`);
  else if ((m = /^([0-9]+)d?$/.exec(t))) v = BigInt(m[1]);
  else throw new LineError(`invalid number '${text}'`, col);
  if (v > 0xffffffffffffffffn) throw new LineError(`number '${text}' does not fit in 64 bits`, col);
  return v;
}
