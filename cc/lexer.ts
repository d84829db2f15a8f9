// Lexer: source text → preprocessing tokens. Keywords are identifiers at this
// stage (the parser decides); numbers are pp-numbers converted by the parser.
import { Diagnostics, positionAt, type SourceFile, type SrcPos } from './diagnostics.ts';

export type TokKind = 'ident' | 'num' | 'char' | 'str' | 'punct' | 'eof';

const KINDS: readonly TokKind[] = ['ident', 'num', 'char', 'str', 'punct', 'eof'];
const KIND_CODE: Record<TokKind, number> = { ident: 0, num: 1, char: 2, str: 3, punct: 4, eof: 5 };
const SPACE_BEFORE = 8, BOL = 16;

/**
 * One token. A unit can hold a million of them (the preprocessor's output
 * limit), so a token is one object of five fields: its place is the file and a
 * character offset, turned into line and column only when someone asks for
 * `pos`; kind and the two flags share one number; equal spellings share one
 * string.
 */
export class Token {
  private readonly bits: number;

  constructor(
    kind: TokKind,
    readonly text: string,        // exact spelling (strings and chars keep their quotes)
    readonly file: SourceFile,
    readonly offset: number,      // where it starts in `file` (for macro output: where the macro was used)
    spaceBefore: boolean,
    bol: boolean,
    readonly hide: Set<string> | undefined = undefined, // macros that must not expand this token again
  ) {
    this.bits = KIND_CODE[kind] | (spaceBefore ? SPACE_BEFORE : 0) | (bol ? BOL : 0);
  }

  get kind(): TokKind { return KINDS[this.bits & 7]!; }
  /** Whitespace precedes it (matters for # stringify). */
  get spaceBefore(): boolean { return (this.bits & SPACE_BEFORE) !== 0; }
  /** First token on its line (directives start here). */
  get bol(): boolean { return (this.bits & BOL) !== 0; }
  get pos(): SrcPos { return positionAt(this.file, this.offset); }

  /** A token of another kind and spelling at the same place. */
  respelled(kind: TokKind, text: string, hide = this.hide): Token {
    return new Token(kind, text, this.file, this.offset, this.spaceBefore, this.bol, hide);
  }
}

// Character codes the lexer compares against.
const NL = 10, CR = 13, SPACE = 32, TAB = 9, VT = 11, FF = 12, BACKSLASH = 92, SLASH = 47, STAR = 42;
const DQUOTE = 34, QUOTE = 39, DOT = 46, PLUS = 43, MINUS = 45, UNDERSCORE = 95;

const isDigitCode = (k: number) => k >= 48 && k <= 57;
const isIdentStartCode = (k: number) => { const l = k | 0x20; return (l >= 0x61 && l <= 0x7a) || k === UNDERSCORE; };
const isIdentCode = (k: number) => isIdentStartCode(k) || isDigitCode(k);
const isExponentCode = (k: number) => { const l = k | 0x20; return l === 0x65 || l === 0x70; }; // e E p P

/** Length of the punctuator at `i` (longest match: `>>=` over `>>` over `>`), 0 if none. */
function punctLength(src: string, i: number): number {
  const c = src.charCodeAt(i), d = src.charCodeAt(i + 1), e = src.charCodeAt(i + 2);
  switch (c) {
    case 46: return d === 46 && e === 46 ? 3 : 1;                                     // . ...
    case 60: case 62:                                                                 // < << <= <<= (and >)
      if (d === c) return e === 61 ? 3 : 2;
      return d === 61 ? 2 : 1;
    case 45: return d === 62 || d === 45 || d === 61 ? 2 : 1;                         // - -> -- -=
    case 43: return d === 43 || d === 61 ? 2 : 1;                                     // + ++ +=
    case 38: return d === 38 || d === 61 ? 2 : 1;                                     // & && &=
    case 124: return d === 124 || d === 61 ? 2 : 1;                                   // | || |=
    case 61: case 33: case 42: case 47: case 37: case 94: return d === 61 ? 2 : 1;    // = ! * / % ^ and their =
    case 35: return d === 35 ? 2 : 1;                                                 // # ##
    case 91: case 93: case 40: case 41: case 123: case 125: case 126: case 63: case 58: case 59: case 44:
      return 1;                                                                       // [ ] ( ) { } ~ ? : ; ,
    default: return 0;
  }
}

/** Every punctuator spelling as one shared string, so tokens do not each carry a copy. */
const PUNCT_TEXT = new Map<string, string>();
for (const p of ['...', '<<=', '>>=', '->', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||',
  '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '##', '[', ']', '(', ')', '{', '}', '.', '&', '*',
  '+', '-', '~', '!', '/', '%', '<', '>', '^', '|', '?', ':', ';', '=', ',', '#']) PUNCT_TEXT.set(p, p);

/** All tokens of a file, ending with an eof token. */
export function tokenize(file: SourceFile, diags: Diagnostics): Token[] {
  const lexer = new Lexer(file, diags);
  const toks: Token[] = [];
  for (let t = lexer.next(); t; t = lexer.next()) toks.push(t);
  toks.push(lexer.eof());
  return toks;
}

/**
 * Tokens of one file, made as they are asked for: the preprocessor keeps only
 * what it hands on, not the whole file's tokens besides.
 */
export class Lexer {
  private i = 0;
  private space = false;
  private bol = true;
  // Identifiers and numbers repeat: one string per distinct spelling.
  private readonly spellings = new Map<string, string>();

  constructor(private readonly file: SourceFile, private readonly diags: Diagnostics) {}

  /** The token after the end of the file (call once next() returned undefined). */
  eof(): Token { return new Token('eof', '', this.file, this.i, this.space, true); }

  /** The next token, or undefined at the end of the file. */
  next(): Token | undefined {
    const src = this.file.text;
    const n = src.length;
    let i = this.i;
    while (i < n) {
      const c = src.charCodeAt(i);
      if (c === NL) { i++; this.bol = true; this.space = false; continue; }
      if (c === SPACE || c === TAB || c === CR || c === FF || c === VT) { i++; this.space = true; continue; }
      const c1 = src.charCodeAt(i + 1);
      // Line continuation: backslash-newline joins lines.
      if (c === BACKSLASH && (c1 === NL || (c1 === CR && src.charCodeAt(i + 2) === NL))) {
        i += c1 === NL ? 2 : 3; this.space = true; continue;
      }
      if (c === SLASH && c1 === SLASH) {
        const end = src.indexOf('\n', i);
        i = end < 0 ? n : end;
        this.space = true; continue;
      }
      if (c === SLASH && c1 === STAR) {
        const end = src.indexOf('*/', i + 2);
        if (end < 0) { this.i = n; this.diags.error(positionAt(this.file, i), 'unterminated comment'); return undefined; }
        i = end + 2; this.space = true; continue;
      }
      if (isDigitCode(c) || (c === DOT && isDigitCode(c1))) {
        // pp-number: digits, letters, dots, and exponent signs.
        let j = i + 1;
        while (j < n) {
          const d = src.charCodeAt(j);
          if ((d === PLUS || d === MINUS) && isExponentCode(src.charCodeAt(j - 1))) { j++; continue; }
          if (isIdentCode(d) || d === DOT) { j++; continue; }
          break;
        }
        return this.make('num', this.intern(src.slice(i, j)), i, j);
      }
      if (isIdentStartCode(c)) {
        let j = i + 1;
        while (j < n && isIdentCode(src.charCodeAt(j))) j++;
        return this.make('ident', this.intern(src.slice(i, j)), i, j);
      }
      if (c === DQUOTE || c === QUOTE) {
        let j = i + 1;
        let ok = false;
        while (j < n) {
          const d = src.charCodeAt(j);
          if (d === NL) break;
          if (d === BACKSLASH) { j += 2; continue; }
          if (d === c) { ok = true; break; }
          j++;
        }
        if (ok) return this.make(c === DQUOTE ? 'str' : 'char', src.slice(i, j + 1), i, j + 1);
        const end = src.indexOf('\n', i);
        this.i = end < 0 ? n : end;
        this.diags.error(positionAt(this.file, i), c === DQUOTE ? 'unterminated string literal' : 'unterminated character constant');
        i = this.i;
        continue;
      }
      const len = punctLength(src, i);
      if (len > 0) return this.make('punct', PUNCT_TEXT.get(src.slice(i, i + len))!, i, i + len);
      this.i = i + 1;
      this.diags.error(positionAt(this.file, i), `stray character '${printable(src[i]!)}' in program`);
      i++;
    }
    this.i = n;
    return undefined;
  }

  private make(kind: TokKind, text: string, start: number, end: number): Token {
    const t = new Token(kind, text, this.file, start, this.space, this.bol);
    this.i = end; this.space = false; this.bol = false;
    return t;
  }

  private intern(s: string): string {
    const known = this.spellings.get(s);
    if (known !== undefined) return known;
    this.spellings.set(s, s);
    return s;
  }
}

function printable(c: string): string {
  const code = c.charCodeAt(0);
  return code >= 0x20 && code < 0x7f ? c : `\\x${code.toString(16).padStart(2, '0')}`;
}
