// Lexer: source text → preprocessing tokens. Keywords are identifiers at this
// stage (the parser decides); numbers are pp-numbers converted by the parser.
import { Diagnostics, type SourceFile, type SrcPos } from './diagnostics.ts';

export type TokKind = 'ident' | 'num' | 'char' | 'str' | 'punct' | 'eof';

export interface Token {
  kind: TokKind;
  text: string;          // exact spelling (strings and chars keep their quotes)
  pos: SrcPos;
  spaceBefore: boolean;  // whitespace precedes it (matters for # stringify)
  bol: boolean;          // first token on its line (directives start here)
  hide?: Set<string>;    // macros that must not expand this token again
}

// Longest first so that `>>=` wins over `>>` over `>`.
const PUNCTS = [
  '...', '<<=', '>>=',
  '->', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||',
  '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '##',
  '[', ']', '(', ')', '{', '}', '.', '&', '*', '+', '-', '~', '!', '/', '%',
  '<', '>', '^', '|', '?', ':', ';', '=', ',', '#',
];

// Character tests by code, not regex: the lexer runs them on every character of the input.
const isIdentStart = (c: string) => {
  const k = c.charCodeAt(0) | 0x20; // ASCII lower case
  return (k >= 0x61 && k <= 0x7a) || c === '_';
};
const isIdentChar = (c: string) => isIdentStart(c) || (c >= '0' && c <= '9');
const isDigit = (c: string) => c >= '0' && c <= '9';

export function tokenize(file: SourceFile, diags: Diagnostics): Token[] {
  const src = file.text;
  const toks: Token[] = [];
  let i = 0, line = 1, lineStart = 0;
  let space = false, bol = true;
  const posAt = (at: number): SrcPos => ({ file, line, col: at - lineStart + 1 });
  // One function for the whole run, not a closure per token (a 3 MB file has a million).
  const push = (kind: TokKind, text: string, pos: SrcPos) => {
    toks.push({ kind, text, pos, spaceBefore: space, bol });
    space = false; bol = false;
  };

  while (i < src.length) {
    const c = src[i]!;
    if (c === '\n') { i++; line++; lineStart = i; bol = true; space = false; continue; }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') { i++; space = true; continue; }
    // Line continuation: backslash-newline joins lines.
    if (c === '\\' && (src[i + 1] === '\n' || (src[i + 1] === '\r' && src[i + 2] === '\n'))) {
      i += src[i + 1] === '\n' ? 2 : 3; line++; lineStart = i; space = true; continue;
    }
    if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
      space = true; continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const start = posAt(i);
      const end = src.indexOf('*/', i + 2);
      if (end < 0) { diags.error(start, 'unterminated comment'); i = src.length; break; }
      for (let k = i; k < end; k++) if (src[k] === '\n') { line++; lineStart = k + 1; }
      i = end + 2; space = true; continue;
    }
    const pos = posAt(i);
    if (isDigit(c) || (c === '.' && isDigit(src[i + 1] ?? ''))) {
      // pp-number: digits, letters, dots, and exponent signs.
      let j = i + 1;
      while (j < src.length) {
        const d = src[j]!;
        if ((d === '+' || d === '-') && /[eEpP]/.test(src[j - 1]!)) { j++; continue; }
        if (isIdentChar(d) || d === '.') { j++; continue; }
        break;
      }
      push('num', src.slice(i, j), pos); i = j; continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < src.length && isIdentChar(src[j]!)) j++;
      push('ident', src.slice(i, j), pos); i = j; continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      let ok = false;
      while (j < src.length && src[j] !== '\n') {
        if (src[j] === '\\') { j += 2; continue; }
        if (src[j] === c) { ok = true; break; }
        j++;
      }
      if (!ok) {
        diags.error(pos, c === '"' ? 'unterminated string literal' : 'unterminated character constant');
        while (i < src.length && src[i] !== '\n') i++;
        continue;
      }
      push(c === '"' ? 'str' : 'char', src.slice(i, j + 1), pos); i = j + 1; continue;
    }
    const p = PUNCTS.find((q) => src.startsWith(q, i));
    if (p) { push('punct', p, pos); i += p.length; continue; }
    diags.error(pos, `stray character '${printable(c)}' in program`);
    i++;
  }
  toks.push({ kind: 'eof', text: '', pos: posAt(i), spaceBefore: space, bol: true });
  return toks;
}

function printable(c: string): string {
  const code = c.charCodeAt(0);
  return code >= 0x20 && code < 0x7f ? c : `\\x${code.toString(16).padStart(2, '0')}`;
}
