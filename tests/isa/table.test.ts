// Consistency of the one instruction table that drives both directions.
import { describe, expect, it } from 'vitest';
import { FORMS } from '../../src/isa/table.ts';
import { MNEMONICS } from '../../src/isa/mnemonics.ts';

describe('instruction table', () => {
  it('has well-formed opcodes', () => {
    for (const f of FORMS) {
      expect(f.opcode.length, f.mnemonic).toBeGreaterThan(0);
      if (f.opcode.length === 2 && !f.assembleOnly) expect(f.opcode[0], f.mnemonic).toBe(0x0f);
      if (f.plusReg) expect(f.opcode[f.opcode.length - 1] & 7, f.mnemonic).toBe(0);
      if (f.ext !== null) expect(f.modrm, f.mnemonic).toBe(true);
      if (f.operands.some((k) => /^(E[bwv]|Esw|G[bwv]|M[bpas]?|Sw|Cd|Dd|Td|Rd)$/.test(k))) expect(f.modrm, `${f.mnemonic} ${f.operands}`).toBe(true);
    }
  });

  it('decodes each opcode/ModRM combination to one form', () => {
    // Two decodable forms may share an opcode only when they differ in /digit, operand size,
    // address size, register/memory ModRM or fixed r/m.
    const seen = new Map<string, string>();
    for (const f of FORMS) {
      if (f.assembleOnly) continue;
      const key = `${f.opcode.join(",")}/${f.ext}/${f.osize}/${f.asize}/${f.mod}/${f.rm}`;
      const prev = seen.get(key);
      if (prev && !(f.plusReg && f.mnemonic === 'xchg' && prev === 'nop')) expect(`${key} ${f.mnemonic}`).toBe(`${key} ${prev} (duplicate)`);
      seen.set(key, f.mnemonic);
    }
  });

  it('covers the i386 integer set and the 486 additions', () => {
    const names = ['aaa', 'aad', 'aam', 'aas', 'adc', 'add', 'and', 'arpl', 'bound', 'bsf', 'bsr', 'bt', 'btc', 'btr', 'bts',
      'call', 'cbw', 'cdq', 'clc', 'cld', 'cli', 'clts', 'cmc', 'cmp', 'cmps', 'cwd', 'cwde', 'daa', 'das', 'dec', 'div',
      'enter', 'hlt', 'idiv', 'imul', 'in', 'inc', 'ins', 'int', 'int3', 'into', 'iret', 'jcxz', 'jecxz', 'jmp', 'lahf', 'lar',
      'lds', 'lea', 'leave', 'les', 'lfs', 'lgdt', 'lgs', 'lidt', 'lldt', 'lmsw', 'lods', 'loop', 'loope', 'loopne', 'lsl',
      'lss', 'ltr', 'mov', 'movs', 'movsx', 'movzx', 'mul', 'neg', 'nop', 'not', 'or', 'out', 'outs', 'pop', 'popa', 'popf',
      'push', 'pusha', 'pushf', 'rcl', 'rcr', 'ret', 'retf', 'rol', 'ror', 'sahf', 'sal', 'sar', 'sbb', 'scas', 'sgdt', 'shl',
      'shld', 'shr', 'shrd', 'sidt', 'sldt', 'smsw', 'stc', 'std', 'sti', 'stos', 'str', 'sub', 'test', 'verr', 'verw',
      'fwait', 'xchg', 'xlat', 'xor', 'bswap', 'xadd', 'cmpxchg', 'invlpg', 'invd', 'wbinvd', 'ud2',
      ...['o', 'no', 'b', 'ae', 'e', 'ne', 'be', 'a', 's', 'ns', 'p', 'np', 'l', 'ge', 'le', 'g'].flatMap((c) => [`j${c}`, `set${c}`])];
    const missing = names.filter((n) => !MNEMONICS.has(n));
    expect(missing).toEqual([]);
  });
});
