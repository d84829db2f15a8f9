// Builds the corpus of encodings for the objdump fixture: every table form, with
// representative ModRM/SIB/displacement shapes, immediates and prefix combinations,
// plus hand-picked edge cases.
import { FORMS, V_KINDS, type Form } from '../src/isa/table.ts';

export interface CorpusEntry { bytes: number[]; note: string }

// ModRM tails (mod/rm part only; reg field is OR-ed in), for 32-bit addressing.
const MODRM32: number[][] = [
  [0xc0], [0xc3 + 0], [0xc7], // registers eax, ebx, edi
  [0x00], [0x03], [0x06],     // [eax] [ebx] [esi]
  [0x05, 0x78, 0x56, 0x34, 0x12], // [disp32]
  [0x45, 0x08], [0x45, 0xf8], [0x40, 0x7f], // [ebp+8] [ebp-8] [eax+0x7f]
  [0x80, 0x00, 0x10, 0x00, 0x00], [0x85, 0xf0, 0xff, 0xff, 0xff], // [eax+0x1000] [ebp-0x10]
  [0x04, 0x24], [0x44, 0x24, 0x04], // [esp] [esp+4]
  [0x04, 0x88], [0x04, 0xc5, 0x00, 0x20, 0x00, 0x00], // [eax+ecx*4] [eax*8+0x2000]
  [0x44, 0x9e, 0x10], [0x84, 0x51, 0x00, 0x01, 0x00, 0x00], // [esi+ebx*4+0x10] [ecx+edx*2+0x100]
  [0x04, 0x25, 0x00, 0x30, 0x00, 0x00], // SIB no base no index
];
// 16-bit addressing (with 0x67).
const MODRM16: number[][] = [
  [0x00], [0x01], [0x02], [0x03], [0x04], [0x05], [0x07],
  [0x06, 0x34, 0x12], [0x46, 0x08], [0x40, 0xfe], [0x87, 0x00, 0x10],
];

const IMM_BYTES = [0x12, 0x34, 0x56, 0x78];
const NEG_BYTES = [0xf0, 0xff, 0xff, 0xff];

function immBytes(form: Form, osize: 16 | 32, neg: boolean): number[] | null {
  const out: number[] = [];
  const src = neg ? NEG_BYTES : IMM_BYTES;
  for (const k of form.operands) {
    if (k === 'Ib' || k === 'sIb' || k === 'Jb') out.push(src[0]);
    else if (k === 'Iw') out.push(src[0], src[1]);
    else if (k === 'Iv' || k === 'Jv') out.push(...src.slice(0, osize / 8));
    else if (k === 'Ap') out.push(...IMM_BYTES.slice(0, osize / 8), 0x08, 0x00);
  }
  return out;
}

const hasMem = (f: Form) => f.modrm && f.mod !== 'reg' && f.operands.some((k) => k[0] === 'E' || k[0] === 'M');

export function buildCorpus(): CorpusEntry[] {
  const out: CorpusEntry[] = [];
  const seen = new Set<string>();
  const add = (bytes: number[], note: string) => {
    const key = bytes.join(',');
    if (!seen.has(key)) { seen.add(key); out.push({ bytes, note }); }
  };
  for (const f of FORMS) {
    if (f.assembleOnly) continue;
    const sizes: (16 | 32)[] = f.osize ? [f.osize] : f.sizeMatters || f.operands.some((k) => V_KINDS.has(k) || k === 'Esw') ? [32, 16] : [32];
    for (const osize of sizes) {
      const p66 = osize === 16 ? [0x66] : [];
      const regs = f.plusReg ? [0, 3, 7] : [0];
      for (const r of regs) {
        const opcode = [...f.opcode];
        opcode[opcode.length - 1] += r;
        for (const neg of [false, true]) {
          const imm = immBytes(f, osize, neg);
          if (imm === null) continue;
          if (neg && !f.operands.some((k) => k === 'sIb' || k === 'Jb' || k === 'Jv')) continue;
          if (!f.modrm) {
            const asizes = f.asize === 16 ? [[0x67]] : [[]];
            if (f.operands.some((k) => k[0] === 'X' || k[0] === 'Y' || k === 'Bb' || k[0] === 'O')) asizes.push([0x67]);
            for (const a of asizes) {
              add([...p66, ...a, ...opcode, ...(f.operands.some((k) => k[0] === 'O') && a.length ? IMM_BYTES.slice(0, 2) : f.operands.some((k) => k[0] === 'O') ? IMM_BYTES : []), ...imm], `${f.mnemonic} o${osize}`);
            }
            continue;
          }
          const regFields = f.ext !== null ? [f.ext] : [0, 2, 5];
          for (const reg of regFields) {
            if (f.operands.includes('Sw') && reg > 5) continue;
            for (const tail of f.rm !== null ? [[0xc0 | f.rm]] : MODRM32) {
              const isReg = tail[0] >= 0xc0;
              if ((f.mod === 'mem' || f.operands.some((k) => k[0] === 'M')) && isReg) continue;
              if (f.mod === 'reg' && !isReg) continue;
              if (f.operands.includes('Rd') && tail.length > 1) continue;
              if (f.rm !== null && !(isReg && (tail[0] & 7) === f.rm)) continue;
              add([...p66, ...opcode, tail[0] | (reg << 3), ...tail.slice(1), ...imm], `${f.mnemonic} o${osize}`);
            }
            if (hasMem(f)) {
              for (const tail of MODRM16) add([...p66, 0x67, ...opcode, tail[0] | (reg << 3), ...tail.slice(1), ...imm], `${f.mnemonic} a16`);
              add([0x64, ...p66, ...opcode, 0x00 | (reg << 3), ...imm], `${f.mnemonic} fs`);
              add([0x26, ...p66, ...opcode, 0x05 | (reg << 3), ...IMM_BYTES, ...imm], `${f.mnemonic} es disp32`);
              if (f.operands[0]?.[0] === 'E' && !['mov', 'test', 'lea', 'push', 'pop', 'call', 'jmp'].includes(f.mnemonic)) {
                add([0xf0, ...p66, ...opcode, 0x00 | (reg << 3), ...imm], `lock ${f.mnemonic}`);
              }
            }
          }
        }
      }
      // String instructions with rep prefixes and segment overrides.
      if (f.operands.some((k) => k[0] === 'X' || k[0] === 'Y')) {
        add([0xf3, ...p66, ...f.opcode], `rep ${f.mnemonic}`);
        add([0xf2, ...p66, ...f.opcode], `repne ${f.mnemonic}`);
        if (f.operands.some((k) => k[0] === 'X')) add([0x2e, ...p66, ...f.opcode], `cs ${f.mnemonic}`);
      }
    }
  }
  // Hand-picked edge cases.
  const edge: [number[], string][] = [
    [[0x66, 0x90], 'xchg ax,ax'], [[0xd6], 'salc'], [[0x0f, 0xff], 'undefined 0f opcode'], [[0x0f, 0x0d, 0x00], 'undefined 0f opcode'],
    [[0x66, 0x8c, 0x00], 'data16 on sreg store'], [[0x64, 0x90], 'fs nop'], [[0xf3, 0xc3], 'repz ret'],
    [[0x8d, 0x04, 0x64], 'eiz index'], [[0x8b, 0x45, 0x00], 'ebp+0'], [[0x8b, 0x80, 0, 0, 0, 0], 'disp32 zero'],
    [[0xeb, 0xfe], 'jmp self'], [[0xe8, 0xfb, 0xff, 0xff, 0xff], 'call back'],
    [[0x0f, 0x20, 0xd8], 'mov eax,cr3'], [[0x0f, 0x22, 0xd8], 'mov cr3,eax'], [[0x0f, 0x21, 0xf8], 'mov eax,db7'],
    [[0xc1, 0xe0, 0x04], 'shl eax,4'], [[0xcd, 0x80], 'int 0x80'],
  ];
  for (const [b, n] of edge) add(b, n);
  return out;
}
