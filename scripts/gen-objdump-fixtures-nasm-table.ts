import { FORMS, V_KINDS, type Form, type OperandKind } from '../src/isa/table.ts';
// NASM-syntax source lines generated from the instruction table: every assembler
// form with register and memory variants of its operands, for the NASM fixture.
function operandTexts(k: OperandKind, o: 16 | 32, f: Form): string[] | null {
  const v = o === 32 ? 'dword' : 'word';
  const r = (n32: string, n16: string) => (o === 32 ? n32 : n16);
  switch (k) {
    case 'Eb': return ['bl', 'byte [eax+4]'];
    case 'Ew': return ['cx', 'word [ebx]'];
    case 'Ev': return [r('ecx', 'cx'), `${v} [ebp-8]`];
    case 'Esw': return [r('esi', 'si'), 'word [edi+ecx*4]'];
    case 'Gb': return ['dh'];
    case 'Gw': return ['dx'];
    case 'Gv': return [r('edx', 'dx')];
    case 'M': return ['[esi+0x10]'];
    case 'Mb': return ['[ebx]'];
    case 'Mp': return f.mnemonic === 'jmp' || f.mnemonic === 'call' ? ['far [eax]'] : ['[eax]'];
    case 'Ma': return ['[ebx]'];
    case 'Ms': return ['[eax]'];
    case 'Rd': return ['ebx'];
    case 'Sw': return ['es'];
    case 'Cd': return ['cr3'];
    case 'Dd': return ['dr7'];
    case 'Td': return ['tr6'];
    case 'Ib': return ['0x12'];
    case 'Iw': return ['0x1234'];
    case 'Iv': return [r('0x12345678', '0x1234')];
    case 'sIb': return ['-3'];
    case 'Jb': return ['$+0x10'];
    case 'Jv': return o === 32 ? ['$+0x1000'] : null;
    case 'Ob': case 'Ov': return ['[0x12345678]'];
    case 'Ap': return ['0x08:0x1000'];
    case 'Zb': return ['ch'];
    case 'Zv': return [r('edi', 'di')];
    case 'AL': return ['al'];
    case 'eAX': return [r('eax', 'ax')];
    case 'CL': return ['cl'];
    case 'DX': return ['dx'];
    case 'one': return ['1'];
    case 'ES': case 'CS': case 'SS': case 'DS': case 'FS': case 'GS': return [k.toLowerCase()];
    case 'Mw': return ['word [eax]'];
    case 'Md': return ['dword [eax]'];
    case 'Mq': return ['qword [eax]'];
    case 'Mt': return ['tword [eax]'];
    case 'Mx': return ['[eax]'];
    case 'ST': return ['st0'];
    case 'STi': return ['st3'];
    case 'AX': return ['ax'];
    default: return null; // string operands: use the b/w/d mnemonics instead
  }
}
export function tableLines(): string[] {
  const lines = new Set<string>();
  for (const f of FORMS) {
    if (f.decodeOnly) continue;
    const isString = f.operands.some((k) => /^[XY]|Bb/.test(k));
    const sizes: (16 | 32)[] = f.osize ? [f.osize] : f.operands.some((k) => V_KINDS.has(k) || k === 'Esw') ? [32, 16] : [32];
    for (const o of sizes) {
      if (isString) {
        for (const a of f.aliases) if (a.osize === null || a.osize === o) lines.add(a.name);
        continue;
      }
      // NASM spells lgdtd & co without the "d"; 16-bit forms without v operands by their 16-bit name.
      const name = f.osize === null && o === 16 && f.name16 && !f.operands.some((k) => V_KINDS.has(k))
        ? f.name16 : f.mnemonic.replace(/^(s|l)(g|i)dtd$/, '$1$2dt');
      let combos: string[][] = [[]];
      let ok = true;
      for (const k of f.operands) {
        const t = operandTexts(k, o, f);
        if (!t) { ok = false; break; }
        combos = combos.flatMap((c) => t.map((x) => [...c, x]));
      }
      if (!ok) continue;
      for (const c of combos) {
        // Two memory operands are impossible.
        if (c.filter((x) => x.includes('[')).length > 1) continue;
        lines.add(`${name}${c.length ? ' ' + c.join(', ') : ''}`);
      }
    }
  }
  // xchg reg,reg (without the accumulator): NASM puts the first register in ModRM.reg,
  // we put it in r/m, the order objdump prints (see src/isa/README.md).
  return [...lines].filter((l) => !/^xchg (?!e?ax\b)\w+, (?!e?ax\b)\w+$/.test(l));
}
