// Found by scripts/fuzz-toolchain (seed 1, case 14533): `cc -S` of a 2.9 MB
// file of 96,000 mutated lines (1.3 million tokens) needed over 256 MB. The
// lexer made every token up front, each an object with a position object and
// its own copy of the spelling, and the preprocessor held them all beside the
// million it hands on. Now tokens are made as the preprocessor reads them,
// one five-field object each, with the position kept as an offset.
import { afterAll, describe, expect, it } from 'vitest';
import { Diagnostics } from '../../cc/diagnostics.ts';
import { Lexer, tokenize } from '../../cc/lexer.ts';
import { CaseRunner } from '../../src/fuzz/runner.ts';

describe('cc on a million tokens', { timeout: 60_000 }, () => {
  // The old lexer needed about 220 MB of heap here; 160 MB leaves the new one room on a busy machine.
  const runner = new CaseRunner({ timeMs: 30_000, memoryMb: 160 });
  afterAll(() => runner.close());

  it('stops at the preprocessor token limit within a 160 MB heap', async () => {
    const text = 'int t mai-n(void) { (void); }\n'.repeat(96_000);
    const r = await runner.run({ index: 0, kind: 'c', origin: 'test', name: 'big.c', data: text, extra: {}, argv: ['cc', '{in}', '-S', '-o', '{out}'] });
    expect(r.outcome, r.stderr.slice(0, 300)).toBe('rejected');
    expect(r.stderr).toContain('more than 1,000,000 tokens after preprocessing');
    expect(r.stderr).toMatch(/big\.c:71[0-9]{3}:[0-9]+: error: the program is too large/);
  });

  it('lexes on demand, placing tokens after comments, joined lines and CRLF', () => {
    const file = { name: 'p.c', text: 'a /* x\n y */ b\\\n c\r\n  "s" 1e+5' };
    const lexer = new Lexer(file, new Diagnostics());
    const seen: string[] = [];
    for (let t = lexer.next(); t; t = lexer.next()) {
      seen.push(`${t.kind}:${t.text}@${t.pos.line}:${t.pos.col}${t.bol ? ' bol' : ''}${t.spaceBefore ? ' space' : ''}`);
    }
    expect(seen).toEqual(['ident:a@1:1 bol', 'ident:b@2:7 space', 'ident:c@3:2 space', 'str:"s"@4:3 bol space', 'num:1e+5@4:7 space']);
    expect(lexer.eof().pos).toEqual({ file, line: 4, col: 11 });
  });

  it('tells every punctuator from its longer and shorter neighbours', () => {
    const puncts = '... <<= >>= -> ++ -- << >> <= >= == != && || += -= *= /= %= &= |= ^= ## [ ] ( ) { } . & * + - ~ ! / % < > ^ | ? : ; = , #';
    const toks = tokenize({ name: 'q.c', text: puncts + ' .. ->>' }, new Diagnostics());
    expect(toks.map((t) => t.text).join(' ')).toBe(puncts + ' . . -> > ');
    expect(toks.every((t) => t.kind === 'punct' || t.kind === 'eof')).toBe(true);
  });
});
