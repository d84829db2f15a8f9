// The one table of i386/486 instruction forms. The assembler (encoder.ts) and the
// disassembler (disassembler.ts) are both driven by FORMS below; neither keeps
// opcode knowledge of its own.
//
// Operand kinds (Intel opcode-map notation, "v" = 16 or 32 bits by operand size):
//   Eb Ew Ev   ModRM r/m operand of 8 / 16 / v bits
//   Esw        ModRM r/m: memory is 16 bits, a register is v bits (mov r/m,sreg; sldt; str; smsw)
//   Gb Gw Gv   ModRM reg field: general register of 8 / 16 / v bits
//   M          memory only, no size (lea)
//   Mb         memory only, shown as a byte (invlpg)
//   Mp         memory far pointer: 16:32 (FWORD) or 16:16 (DWORD)
//   Ma         memory pair of v-sized bounds (bound): QWORD or DWORD
//   Ms         memory pseudo-descriptor (lgdt & co), no size
//   Rd         ModRM r/m as a 32-bit register whatever mod says (mov to/from CRn/DRn/TRn)
//   Sw Cd Dd Td  ModRM reg field as a segment / control / debug / test register
//   Ib Iw Iv   immediate of 8 / 16 / v bits;  sIb  imm8 sign-extended to the operand size
//   Jb Jv      relative branch target, 8 / v bits
//   Ob Ov      moffs: absolute address of the address size, operand of 8 / v bits
//   Ap         far pointer immediate sel:offset (offset of v bits, then 16-bit selector)
//   Zb Zv      register number in the low 3 opcode bits (+rb, +rw/rd)
//   Bb         the byte at DS:[eBX] (xlat)
//   AL eAX CL DX one   implicit AL, AX/EAX, CL, DX, the constant 1
//   ES CS SS DS FS GS  implicit segment register
//   Xb Xv Yb Yv string operands DS:[eSI] (segment overridable) and ES:[eDI]

import { x87Rows } from './table-x87.ts';
import { factsOf, type Facts } from './facts.ts';

export type OperandKind =
  | 'Eb' | 'Ew' | 'Ev' | 'Esw' | 'Gb' | 'Gw' | 'Gv' | 'M' | 'Mb' | 'Mp' | 'Ma' | 'Ms' | 'Rd'
  | 'Sw' | 'Cd' | 'Dd' | 'Td' | 'Ib' | 'Iw' | 'Iv' | 'sIb' | 'Jb' | 'Jv' | 'Ob' | 'Ov' | 'Ap'
  | 'Zb' | 'Zv' | 'Bb' | 'AL' | 'eAX' | 'CL' | 'DX' | 'one'
  | 'ES' | 'CS' | 'SS' | 'DS' | 'FS' | 'GS' | 'Xb' | 'Xv' | 'Yb' | 'Yv'
  // x87 (see table-x87.ts)
  | 'Mw' | 'Md' | 'Mq' | 'Mt' | 'Mx' | 'ST' | 'STi' | 'AX';

/** A form also carries its Facts (facts.ts): semantic id, family, flags read and written, block end... */
export interface Form extends Facts {
  /** Mnemonic as GNU objdump -M intel prints it. */
  mnemonic: string;
  /** Opcode bytes: one byte, or 0x0F then one byte. For +r forms, the base opcode. */
  opcode: number[];
  /** ModRM present. */
  modrm: boolean;
  /** /digit value of the ModRM reg field, or null for /r or no ModRM. */
  ext: number | null;
  /** Register number is added to the last opcode byte. */
  plusReg: boolean;
  operands: OperandKind[];
  /** The form exists only at this operand size (cbw vs cwde), or null for any. */
  osize: 16 | 32 | null;
  /** Only decoded without a 0x66 prefix (nop: with one it is xchg ax,ax / xchg eax,eax). */
  noOpsizePrefix: boolean;
  /** The form exists only at this address size (jcxz vs jecxz), or null for any. */
  asize: 16 | 32 | null;
  /** ModRM must be a register (mod = 3) or a memory operand (mod != 3). */
  mod: 'reg' | 'mem' | null;
  /** Register form with a fixed ModRM r/m field (x87 fld1 = D9 /5 r/m 0), or null. */
  rm: number | null;
  /** Mnemonic objdump prints when a 0x66 prefix makes the operand size 16 (pushw, callw, retw, ...). */
  name16: string | null;
  /** Mnemonic objdump prints when a 0x66 prefix makes the operand size 32 in 16-bit code (pushd, retd, ...). */
  name32: string | null;
  /** name16 is printed for operand size 16 even without a prefix (lgdtw in 16-bit code). */
  alwaysSuffix: boolean;
  /** Extra mnemonics the assembler accepts; a size forces the operand size (movsd:32). */
  aliases: { name: string; osize: 16 | 32 | null }[];
  /** Only decoded, never chosen by the assembler (redundant encodings such as 0x82). */
  decodeOnly: boolean;
  /** Only assembled, never used to decode (operand-order twins such as xchg r32,r/m32; aam with no operand). */
  assembleOnly: boolean;
  /** The operand size changes what the instruction does even without v-sized operands (pusha, ret, ...). */
  sizeMatters: boolean;
}

// Row: [mnemonic, opcode spec, operands, flags]. Opcode spec: hex bytes, then "/r",
// "/0".."/7" or "+r". Flags (space separated): o16 o32 a16 a32 reg mem dis sz
// a=<alias>[:16|:32],...
type Row = [string, string, string, string?];

const ALU = ['add', 'or', 'adc', 'sbb', 'and', 'sub', 'xor', 'cmp'];
const SHIFTS = ['rol', 'ror', 'rcl', 'rcr', 'shl', 'shr', 'shl', 'sar'];
const CC = ['o', 'no', 'b', 'ae', 'e', 'ne', 'be', 'a', 's', 'ns', 'p', 'np', 'l', 'ge', 'le', 'g'];
const CC_ALIASES: string[][] = [
  [], [], ['c', 'nae'], ['nb', 'nc'], ['z'], ['nz'], ['na'], ['nbe'],
  [], [], ['pe'], ['po'], ['nge'], ['nl'], ['ng'], ['nle'],
];
const hex = (n: number) => n.toString(16).padStart(2, '0');

function rows(): Row[] {
  const r: Row[] = [];
  // The sign-extended imm8 group comes first: on equal length the assembler keeps the first form (as NASM does).
  ALU.forEach((m, i) => {
    r.push([m, `83 /${i}`, 'Ev,sIb'], [m, `80 /${i}`, 'Eb,Ib'], [m, `81 /${i}`, 'Ev,Iv'], [m, `82 /${i}`, 'Eb,Ib', 'dis']);
  });
  ALU.forEach((m, i) => {
    const b = i * 8;
    r.push([m, `${hex(b)} /r`, 'Eb,Gb'], [m, `${hex(b + 1)} /r`, 'Ev,Gv'], [m, `${hex(b + 2)} /r`, 'Gb,Eb'],
      [m, `${hex(b + 3)} /r`, 'Gv,Ev'], [m, `${hex(b + 4)}`, 'AL,Ib'], [m, `${hex(b + 5)}`, 'eAX,Iv']);
  });
  r.push(
    ['push', '06', 'ES', 'w=pushw d=pushd'], ['pop', '07', 'ES', 'w=popw d=popd'], ['push', '0e', 'CS', 'w=pushw d=pushd'],
    ['push', '16', 'SS', 'w=pushw d=pushd'], ['pop', '17', 'SS', 'w=popw d=popd'], ['push', '1e', 'DS', 'w=pushw d=pushd'],
    ['pop', '1f', 'DS', 'w=popw d=popd'], ['push', '0f a0', 'FS', 'w=pushw d=pushd'], ['pop', '0f a1', 'FS', 'w=popw d=popd'],
    ['push', '0f a8', 'GS', 'w=pushw d=pushd'], ['pop', '0f a9', 'GS', 'w=popw d=popd'],
    ['daa', '27', ''], ['das', '2f', ''], ['aaa', '37', ''], ['aas', '3f', ''],
    ['inc', '40 +r', 'Zv'], ['dec', '48 +r', 'Zv'], ['push', '50 +r', 'Zv'], ['pop', '58 +r', 'Zv'],
    ['pusha', '60', '', 'sz w=pushaw d=pushad'], ['popa', '61', '', 'sz w=popaw d=popad'],
    ['bound', '62 /r', 'Gv,Ma'], ['arpl', '63 /r', 'Ew,Gw'],
    ['push', '68', 'Iv', 'w=pushw d=pushd'], ['imul', '69 /r', 'Gv,Ev,Iv'], ['push', '6a', 'sIb', 'w=pushw d=pushd'],
    ['imul', '6b /r', 'Gv,Ev,sIb'],
    ['ins', '6c', 'Yb,DX', 'a=insb'], ['ins', '6d', 'Yv,DX', 'a=insw:16,insd:32'],
    ['outs', '6e', 'DX,Xb', 'a=outsb'], ['outs', '6f', 'DX,Xv', 'a=outsw:16,outsd:32'],
  );
  CC.forEach((c, i) => r.push([`j${c}`, hex(0x70 + i), 'Jb', aliasFlag(CC_ALIASES[i].map((a) => `j${a}`))]));
  r.push(
    // Operand-order twins for "xchg reg, mem" and "test reg, mem". xchg reg,reg puts the first
    // register in r/m, the order objdump prints (NASM would use the reg field; both are valid).
    ['test', '84 /r', 'Eb,Gb'], ['test', '85 /r', 'Ev,Gv'], ['xchg', '86 /r', 'Eb,Gb'], ['xchg', '87 /r', 'Ev,Gv'],
    ['xchg', '86 /r', 'Gb,Eb', 'asm'], ['xchg', '87 /r', 'Gv,Ev', 'asm'],
    ['test', '84 /r', 'Gb,Eb', 'asm'], ['test', '85 /r', 'Gv,Ev', 'asm'],
    ['mov', '88 /r', 'Eb,Gb'], ['mov', '89 /r', 'Ev,Gv'], ['mov', '8a /r', 'Gb,Eb'], ['mov', '8b /r', 'Gv,Ev'],
    ['mov', '8c /r', 'Esw,Sw'], ['lea', '8d /r', 'Gv,M'], ['mov', '8e /r', 'Sw,Esw'], ['pop', '8f /0', 'Ev'],
    ['nop', '90', '', 'no66'], ['xchg', '90 +r', 'Zv,eAX'], ['xchg', '90 +r', 'eAX,Zv', 'asm'],
    ['cbw', '98', '', 'o16'], ['cwde', '98', '', 'o32'], ['cwd', '99', '', 'o16'], ['cdq', '99', '', 'o32'],
    ['call', '9a', 'Ap', 'sz'], ['fwait', '9b', '', 'a=wait'],
    ['pushf', '9c', '', 'sz w=pushfw d=pushfd'], ['popf', '9d', '', 'sz w=popfw d=popfd'],
    ['sahf', '9e', ''], ['lahf', '9f', ''],
    ['mov', 'a0', 'AL,Ob'], ['mov', 'a1', 'eAX,Ov'], ['mov', 'a2', 'Ob,AL'], ['mov', 'a3', 'Ov,eAX'],
    ['movs', 'a4', 'Yb,Xb', 'a=movsb'], ['movs', 'a5', 'Yv,Xv', 'a=movsw:16,movsd:32'],
    ['cmps', 'a6', 'Xb,Yb', 'a=cmpsb'], ['cmps', 'a7', 'Xv,Yv', 'a=cmpsw:16,cmpsd:32'],
    ['test', 'a8', 'AL,Ib'], ['test', 'a9', 'eAX,Iv'],
    ['stos', 'aa', 'Yb,AL', 'a=stosb'], ['stos', 'ab', 'Yv,eAX', 'a=stosw:16,stosd:32'],
    ['lods', 'ac', 'AL,Xb', 'a=lodsb'], ['lods', 'ad', 'eAX,Xv', 'a=lodsw:16,lodsd:32'],
    ['scas', 'ae', 'AL,Yb', 'a=scasb'], ['scas', 'af', 'eAX,Yv', 'a=scasw:16,scasd:32'],
    ['mov', 'b0 +r', 'Zb,Ib'], ['mov', 'b8 +r', 'Zv,Iv'],
  );
  SHIFTS.forEach((m, i) => {
    const f = i === 6 ? 'dis' : i === 4 ? 'a=sal' : '';
    r.push([m, `c0 /${i}`, 'Eb,Ib', f], [m, `c1 /${i}`, 'Ev,Ib', f], [m, `d0 /${i}`, 'Eb,one', f],
      [m, `d1 /${i}`, 'Ev,one', f], [m, `d2 /${i}`, 'Eb,CL', f], [m, `d3 /${i}`, 'Ev,CL', f]);
  });
  r.push(
    ['ret', 'c2', 'Iw', 'sz w=retw d=retd'], ['ret', 'c3', '', 'sz w=retw d=retd'],
    ['les', 'c4 /r', 'Gv,Mp'], ['lds', 'c5 /r', 'Gv,Mp'],
    ['mov', 'c6 /0', 'Eb,Ib'], ['mov', 'c7 /0', 'Ev,Iv'],
    ['enter', 'c8', 'Iw,Ib', 'sz w=enterw d=enterd'], ['leave', 'c9', '', 'sz w=leavew d=leaved'],
    ['retf', 'ca', 'Iw', 'sz w=retfw d=retfd'], ['retf', 'cb', '', 'sz w=retfw d=retfd'],
    ['int3', 'cc', ''], ['int', 'cd', 'Ib'], ['into', 'ce', ''], ['iret', 'cf', '', 'sz w=iretw d=iretd'],
    // SALC (D6) is undocumented but present on the 486 and executed by the CPU; objdump says "(bad)".
    ['salc', 'd6', ''],
    ['aam', 'd4', 'Ib'], ['aad', 'd5', 'Ib'], ['aam', 'd4 0a', '', 'asm'], ['aad', 'd5 0a', '', 'asm'], ['xlat', 'd7', 'Bb', 'a=xlatb'],
    ['loopne', 'e0', 'Jb', 'a=loopnz'], ['loope', 'e1', 'Jb', 'a=loopz'], ['loop', 'e2', 'Jb'],
    ['jecxz', 'e3', 'Jb', 'a32'], ['jcxz', 'e3', 'Jb', 'a16'],
    ['in', 'e4', 'AL,Ib'], ['in', 'e5', 'eAX,Ib'], ['out', 'e6', 'Ib,AL'], ['out', 'e7', 'Ib,eAX'],
    ['call', 'e8', 'Jv', 'w=callw d=calld'], ['jmp', 'e9', 'Jv', 'w=jmpw d=jmpd'], ['jmp', 'ea', 'Ap', 'sz'], ['jmp', 'eb', 'Jb'],
    ['in', 'ec', 'AL,DX'], ['in', 'ed', 'eAX,DX'], ['out', 'ee', 'DX,AL'], ['out', 'ef', 'DX,eAX'],
    ['int1', 'f1', '', 'a=icebp'], ['hlt', 'f4', ''], ['cmc', 'f5', ''],
    ['test', 'f6 /0', 'Eb,Ib'], ['test', 'f6 /1', 'Eb,Ib', 'dis'], ['not', 'f6 /2', 'Eb'], ['neg', 'f6 /3', 'Eb'],
    ['mul', 'f6 /4', 'Eb'], ['imul', 'f6 /5', 'Eb'], ['div', 'f6 /6', 'Eb'], ['idiv', 'f6 /7', 'Eb'],
    ['test', 'f7 /0', 'Ev,Iv'], ['test', 'f7 /1', 'Ev,Iv', 'dis'], ['not', 'f7 /2', 'Ev'], ['neg', 'f7 /3', 'Ev'],
    ['mul', 'f7 /4', 'Ev'], ['imul', 'f7 /5', 'Ev'], ['div', 'f7 /6', 'Ev'], ['idiv', 'f7 /7', 'Ev'],
    ['clc', 'f8', ''], ['stc', 'f9', ''], ['cli', 'fa', ''], ['sti', 'fb', ''], ['cld', 'fc', ''], ['std', 'fd', ''],
    ['inc', 'fe /0', 'Eb'], ['dec', 'fe /1', 'Eb'],
    ['inc', 'ff /0', 'Ev'], ['dec', 'ff /1', 'Ev'], ['call', 'ff /2', 'Ev'], ['call', 'ff /3', 'Mp'],
    ['jmp', 'ff /4', 'Ev'], ['jmp', 'ff /5', 'Mp'], ['push', 'ff /6', 'Ev'],
    // Two-byte opcodes.
    ['sldt', '0f 00 /0', 'Esw'], ['str', '0f 00 /1', 'Esw'], ['lldt', '0f 00 /2', 'Ew'], ['ltr', '0f 00 /3', 'Ew'],
    ['verr', '0f 00 /4', 'Ew'], ['verw', '0f 00 /5', 'Ew'],
    ['sgdtd', '0f 01 /0', 'Ms', 'mem sz always w=sgdtw a=sgdt'], ['sidtd', '0f 01 /1', 'Ms', 'mem sz always w=sidtw a=sidt'],
    ['lgdtd', '0f 01 /2', 'Ms', 'mem sz always w=lgdtw a=lgdt'], ['lidtd', '0f 01 /3', 'Ms', 'mem sz always w=lidtw a=lidt'],
    ['smsw', '0f 01 /4', 'Esw'], ['lmsw', '0f 01 /6', 'Ew'], ['invlpg', '0f 01 /7', 'Mb', 'mem'],
    ['lar', '0f 02 /r', 'Gv,Esw'], ['lsl', '0f 03 /r', 'Gv,Esw'], ['clts', '0f 06', ''],
    ['invd', '0f 08', ''], ['wbinvd', '0f 09', ''], ['ud2', '0f 0b', ''],
    ['mov', '0f 20 /r', 'Rd,Cd'], ['mov', '0f 21 /r', 'Rd,Dd'], ['mov', '0f 22 /r', 'Cd,Rd'],
    ['mov', '0f 23 /r', 'Dd,Rd'], ['mov', '0f 24 /r', 'Rd,Td'], ['mov', '0f 26 /r', 'Td,Rd'],
  );
  CC.forEach((c, i) => r.push([`j${c}`, `0f ${hex(0x80 + i)}`, 'Jv', aliasFlag(CC_ALIASES[i].map((a) => `j${a}`))]));
  CC.forEach((c, i) => r.push([`set${c}`, `0f ${hex(0x90 + i)} /0`, 'Eb', aliasFlag(CC_ALIASES[i].map((a) => `set${a}`))]));
  r.push(
    ['cpuid', '0f a2', ''], ['bt', '0f a3 /r', 'Ev,Gv'], ['shld', '0f a4 /r', 'Ev,Gv,Ib'], ['shld', '0f a5 /r', 'Ev,Gv,CL'],
    ['bts', '0f ab /r', 'Ev,Gv'], ['shrd', '0f ac /r', 'Ev,Gv,Ib'], ['shrd', '0f ad /r', 'Ev,Gv,CL'],
    ['imul', '0f af /r', 'Gv,Ev'],
    ['cmpxchg', '0f b0 /r', 'Eb,Gb'], ['cmpxchg', '0f b1 /r', 'Ev,Gv'], ['lss', '0f b2 /r', 'Gv,Mp'],
    ['btr', '0f b3 /r', 'Ev,Gv'], ['lfs', '0f b4 /r', 'Gv,Mp'], ['lgs', '0f b5 /r', 'Gv,Mp'],
    ['movzx', '0f b6 /r', 'Gv,Eb'], ['movzx', '0f b7 /r', 'Gv,Ew'],
    ['bt', '0f ba /4', 'Ev,Ib'], ['bts', '0f ba /5', 'Ev,Ib'], ['btr', '0f ba /6', 'Ev,Ib'], ['btc', '0f ba /7', 'Ev,Ib'],
    ['btc', '0f bb /r', 'Ev,Gv'], ['bsf', '0f bc /r', 'Gv,Ev'], ['bsr', '0f bd /r', 'Gv,Ev'],
    ['movsx', '0f be /r', 'Gv,Eb'], ['movsx', '0f bf /r', 'Gv,Ew'],
    ['xadd', '0f c0 /r', 'Eb,Gb'], ['xadd', '0f c1 /r', 'Ev,Gv'], ['bswap', '0f c8 +r', 'Zv'],
  );
  return r;
}

function aliasFlag(names: string[]): string {
  return names.length ? `a=${names.join(',')}` : '';
}

/** Operand kinds whose size follows the operand-size attribute. */
export const V_KINDS: ReadonlySet<OperandKind> = new Set<OperandKind>(
  ['Ev', 'Gv', 'Mp', 'Ma', 'Iv', 'sIb', 'Jv', 'Ov', 'Ap', 'Zv', 'eAX', 'Xv', 'Yv']);

function parseRow([mnemonic, spec, ops, flagText]: Row): Form {
  const parts = spec.split(/\s+/);
  const opcode: number[] = [];
  let modrm = false, ext: number | null = null, plusReg = false;
  for (const p of parts) {
    if (p === '/r') modrm = true;
    else if (/^\/[0-7]$/.test(p)) { modrm = true; ext = Number(p[1]); }
    else if (p === '+r') plusReg = true;
    else opcode.push(parseInt(p, 16));
  }
  const flags = (flagText ?? '').split(/\s+/).filter(Boolean);
  const operands = ops ? (ops.split(',') as OperandKind[]) : [];
  const aliases: Form['aliases'] = [];
  let name16: string | null = null, name32: string | null = null;
  for (const f of flags) {
    if (f.startsWith('w=')) name16 = f.slice(2);
    if (f.startsWith('d=')) name32 = f.slice(2);
    if (f.startsWith('a=')) {
      for (const a of f.slice(2).split(',')) {
        const [name, size] = a.split(':');
        aliases.push({ name, osize: size === '16' ? 16 : size === '32' ? 32 : null });
      }
    }
  }
  const osize = flags.includes('o16') ? 16 : flags.includes('o32') ? 32 : null;
  return {
    ...factsOf(mnemonic, opcode, operands),
    mnemonic, opcode, modrm, ext, plusReg, operands, osize,
    noOpsizePrefix: flags.includes('no66'),
    asize: flags.includes('a16') ? 16 : flags.includes('a32') ? 32 : null,
    mod: flags.includes('mem') ? 'mem' : flags.includes('reg') ? 'reg' : null,
    rm: flags.some((f) => f.startsWith('rm=')) ? Number(flags.find((f) => f.startsWith('rm='))!.slice(3)) : null,
    name16,
    name32,
    alwaysSuffix: flags.includes('always'),
    aliases,
    decodeOnly: flags.includes('dis'),
    assembleOnly: flags.includes('asm'),
    sizeMatters: osize !== null || flags.includes('sz') || name16 !== null,
  };
}

/** Every instruction form, in the order the assembler prefers them. */
export const FORMS: readonly Form[] = [...rows(), ...x87Rows()].map(parseRow);

/** The byte prefixes the decoder and encoder know about. */
export const PREFIX = {
  lock: 0xf0, repne: 0xf2, rep: 0xf3, opsize: 0x66, addrsize: 0x67,
  es: 0x26, cs: 0x2e, ss: 0x36, ds: 0x3e, fs: 0x64, gs: 0x65,
} as const;
