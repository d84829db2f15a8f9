import { describe, it, expect } from 'vitest';
import { Diagnostics } from '../../cc/diagnostics.ts';
import { tokenize } from '../../cc/lexer.ts';
import { decodeEscapes, parseCharLiteral, parseIntLiteral } from '../../cc/literals.ts';

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
    expect(parseIntLiteral('42')).toEqual({ value: 42, unsigned: false, long: false });
    expect(parseIntLiteral('0x10')).toEqual({ value: 16, unsigned: false, long: false });
    expect(parseIntLiteral('017')).toEqual({ value: 15, unsigned: false, long: false });
    expect(parseIntLiteral('0xffffffff')).toEqual({ value: 0xffffffff, unsigned: true, long: false });
    expect(parseIntLiteral('10UL')).toEqual({ value: 10, unsigned: true, long: true });
  });
  it('rejects floats, huge values and bad suffixes', () => {
    expect(parseIntLiteral('1.5')).toBe('floating point is not supported');
    expect(parseIntLiteral('1e5')).toBe('floating point is not supported');
    expect(parseIntLiteral('4294967296')).toContain('too large');
    expect(parseIntLiteral('1x')).toContain("invalid suffix 'x'");
    expect(parseIntLiteral('08')).toContain('octal');
  });
  it('decodes escapes', () => {
    expect(decodeEscapes('a\\n\\x41\\101\\0')).toEqual([97, 10, 65, 65, 0]);
    expect(parseCharLiteral("'\\xff'")).toBe(-1);
    expect(parseCharLiteral("''")).toBe('empty character constant');
    expect(decodeEscapes('\\q')).toBe("unknown escape sequence '\\q'");
  });
});
