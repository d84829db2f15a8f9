import { describe, it, expect } from 'vitest';
import { Diagnostics } from '../../cc/diagnostics.ts';
import { tokenize } from '../../cc/lexer.ts';
import { decodeEscapes, isFloatLiteral, parseCharLiteral, parseFloatLiteral, parseIntLiteral } from '../../cc/literals.ts';

const lex = (text: string) => {
  const d = new Diagnostics();
  const toks = tokenize({ name: 'x.c', text }, d);
  return { toks: toks.map((t) => `${t.kind}:${t.text}`), diags: d.messages };
};

describe('lexer', () => {
  it('splits punctuators longest first', () => {
    expect(lex('a>>=b->c...d').toks).toEqual(['ident:a', 'punct:>>=', 'ident:b', 'punct:->', 'ident:c', 'punct:...', 'ident:d', 'eof:']);
  });
  it('skips comments and joins continued lines', () => {
    expect(lex('x /* c\n */ y // z\n w\\\nv').toks).toEqual(['ident:x', 'ident:y', 'ident:w', 'ident:v', 'eof:']);
  });
  it('keeps string and char spellings with escaped quotes', () => {
    expect(lex(`"a\\"b" '\\''`).toks).toEqual(['str:"a\\"b"', "char:'\\''", 'eof:']);
  });
  it('tracks lines and columns and line starts', () => {
    const d = new Diagnostics();
    const toks = tokenize({ name: 'x.c', text: 'a\n  #b' }, d);
    expect(toks[1]!.pos.line).toBe(2);
    expect(toks[1]!.pos.col).toBe(3);
    expect(toks[1]!.bol).toBe(true);
    expect(toks[2]!.bol).toBe(false);
  });
  it('reads pp-numbers whole', () => {
    expect(lex('0x1Fu 1.5e+3 12abc').toks).toEqual(['num:0x1Fu', 'num:1.5e+3', 'num:12abc', 'eof:']);
  });
  it('reports stray characters and keeps going', () => {
    const r = lex('a ` b');
    expect(r.toks).toEqual(['ident:a', 'ident:b', 'eof:']);
    expect(r.diags[0]).toContain("stray character '`'");
  });
});

describe('literals', () => {
  it('parses integer constants and their types', () => {
    expect(parseIntLiteral('42')).toEqual({ value: 42, big: 42n, type: 'int' });
    expect(parseIntLiteral('0x10')).toEqual({ value: 16, big: 16n, type: 'int' });
    expect(parseIntLiteral('017')).toEqual({ value: 15, big: 15n, type: 'int' });
    expect(parseIntLiteral('0xffffffff')).toEqual({ value: 0xffffffff, big: 0xffffffffn, type: 'unsigned int' });
    expect(parseIntLiteral('10UL')).toEqual({ value: 10, big: 10n, type: 'unsigned long' });
  });
  it('gives constants too large for 32 bits the C type: long long, or unsigned for hex and octal', () => {
    // Decimal constants stay signed: int, long, then long long.
    expect(parseIntLiteral('2147483648')).toEqual({ value: -2147483648, big: 2147483648n, type: 'long long' });
    expect(parseIntLiteral('4294967296')).toMatchObject({ value: 0, type: 'long long' });
    expect(parseIntLiteral('2147483648u')).toMatchObject({ type: 'unsigned int' });
    // Hex and octal try the unsigned type of each rank too.
    expect(parseIntLiteral('0x80000000')).toMatchObject({ type: 'unsigned int' });
    expect(parseIntLiteral('0x100000000')).toMatchObject({ type: 'long long' });
    expect(parseIntLiteral('0x8000000000000000')).toMatchObject({ type: 'unsigned long long' });
    expect(parseIntLiteral('01000000000000000000000')).toMatchObject({ type: 'unsigned long long' });
    expect(parseIntLiteral('0x80000000L')).toMatchObject({ type: 'unsigned long' });
    // Suffixes: ll, LL, with u before or after; a decimal beyond long long is unsigned (as in gcc).
    expect(parseIntLiteral('1LL')).toMatchObject({ big: 1n, type: 'long long' });
    expect(parseIntLiteral('1ull')).toMatchObject({ type: 'unsigned long long' });
    expect(parseIntLiteral('1LLU')).toMatchObject({ type: 'unsigned long long' });
    expect(parseIntLiteral('0xffffffffffffffffLL')).toMatchObject({ big: 0xffffffffffffffffn, type: 'unsigned long long', value: 0xffffffff });
    expect(parseIntLiteral('9223372036854775807')).toMatchObject({ type: 'long long', value: -1 });
    expect(parseIntLiteral('18446744073709551615')).toMatchObject({ type: 'unsigned long long' });
  });
  it('reads floating constants exactly, with their types', () => {
    expect(parseFloatLiteral('1.5')).toEqual({ value: 1.5, type: 'double' });
    expect(parseFloatLiteral('.5e1')).toEqual({ value: 5, type: 'double' });
    expect(parseFloatLiteral('1e-320')).toEqual({ value: 1e-320, type: 'double' });
    expect(parseFloatLiteral('0x1.8p1')).toEqual({ value: 3, type: 'double' });
    expect(parseFloatLiteral('0x1p-1074')).toEqual({ value: 5e-324, type: 'double' });
    expect(parseFloatLiteral('2.5L')).toEqual({ value: 2.5, type: 'long double' });
    expect(parseFloatLiteral('0.1f')).toEqual({ value: Math.fround(0.1), type: 'float' });
    // Halfway between two floats as a double, but the decimal is just below: rounds down.
    expect(parseFloatLiteral('1.00000017881393432617187499f')).toEqual({ value: 1 + 2 ** -23, type: 'float' });
    expect(parseFloatLiteral('1.5x')).toBe('invalid suffix "x" on floating constant');
    expect(parseFloatLiteral('1e')).toBe('exponent has no digits');
    expect(isFloatLiteral('0x1e5')).toBe(false);
    expect(isFloatLiteral('1e5')).toBe(true);
  });
  it('rejects floats, huge values and bad suffixes', () => {
    expect(parseIntLiteral('1.5')).toBe('floating constant in preprocessor expression');
    expect(parseIntLiteral('1e5')).toBe('floating constant in preprocessor expression');
    expect(parseIntLiteral('18446744073709551616')).toBe("integer constant '18446744073709551616' is too large for its type");
    expect(parseIntLiteral('1x')).toContain("invalid suffix 'x'");
    expect(parseIntLiteral('1lL')).toContain("invalid suffix 'lL'");
    expect(parseIntLiteral('1lul')).toContain("invalid suffix 'lul'");
    expect(parseIntLiteral('1LLL')).toContain("invalid suffix 'LLL'");
    expect(parseIntLiteral('08')).toContain('octal');
  });
  it('decodes escapes', () => {
    expect(decodeEscapes('a\\n\\x41\\101\\0')).toEqual([97, 10, 65, 65, 0]);
    expect(parseCharLiteral("'\\xff'")).toBe(-1);
    expect(parseCharLiteral("''")).toBe('empty character constant');
    expect(decodeEscapes('\\q')).toBe("unknown escape sequence '\\q'");
  });
});
