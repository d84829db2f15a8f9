// What each instruction does, as far as a decoder cache or a block compiler
// needs to know without running it: its semantic id and family, the flags it
// reads and writes, whether it ends a basic block, may fault, or changes
// state that a compiled block assumes constant. table.ts attaches these facts
// to every form; the CPU defines one semantic function per id.

/** EFLAGS bits as the facts name them (the same bit positions as EFLAGS). */
export const F_CF = 0x001, F_PF = 0x004, F_AF = 0x010, F_ZF = 0x040, F_SF = 0x080, F_DF = 0x400, F_OF = 0x800;
export const F_ARITH = F_CF | F_PF | F_AF | F_ZF | F_SF | F_OF;
export const F_ALL = F_ARITH | F_DF;

/** State a compiled block is specialised on: writing it must end the block. */
export const W_CS = 1, W_SS = 2, W_SREG = 4, W_IF = 8, W_IOPL = 16, W_CR = 32, W_TF = 64, W_DR = 128, W_TABLES = 256;

export type Family =
  | 'arith' | 'logic' | 'shift' | 'muldiv' | 'bcd' | 'bit' | 'move' | 'stack' | 'control' | 'flags' | 'string'
  | 'io' | 'segment' | 'system' | 'x87' | 'misc';

export interface Facts {
  /** Semantic id: one semantic function per id (jo..jg share 'jcc', the condition is in the opcode). */
  sem: string;
  family: Family;
  /** Flags (F_*) whose value the instruction uses. */
  flagsRead: number;
  /** Flags it sets or leaves undefined (a later reader must not see older values). */
  flagsWritten: number;
  /** Control may not continue at the next instruction (branches, INT, HLT, far transfers...). */
  endsBlock: boolean;
  /** Can raise an exception (memory operands are added by the decoder's caller, not here). */
  mayFault: boolean;
  /** W_* bits of specialised state it may write. */
  writes: number;
}

/** Flags each condition code (cc = low opcode nibble >> 1) reads. */
export const CC_READS = [F_OF, F_CF, F_ZF, F_CF | F_ZF, F_SF, F_PF, F_SF | F_OF, F_ZF | F_SF | F_OF];

const CC = ['o', 'no', 'b', 'ae', 'e', 'ne', 'be', 'a', 's', 'ns', 'p', 'np', 'l', 'ge', 'le', 'g'];

// [sem, family, read, written, flags]; flags: e = ends block, f = may fault, then W_* names.
type FactRow = [string, Family, number, number, string];

const ROWS: FactRow[] = [
  ['add', 'arith', 0, F_ARITH, ''], ['adc', 'arith', F_CF, F_ARITH, ''], ['sub', 'arith', 0, F_ARITH, ''],
  ['sbb', 'arith', F_CF, F_ARITH, ''], ['cmp', 'arith', 0, F_ARITH, ''], ['neg', 'arith', 0, F_ARITH, ''],
  ['inc', 'arith', 0, F_ARITH & ~F_CF, ''], ['dec', 'arith', 0, F_ARITH & ~F_CF, ''],
  ['cmpxchg', 'arith', 0, F_ARITH, ''], ['xadd', 'arith', 0, F_ARITH, ''],
  ['and', 'logic', 0, F_ARITH, ''], ['or', 'logic', 0, F_ARITH, ''], ['xor', 'logic', 0, F_ARITH, ''],
  ['test', 'logic', 0, F_ARITH, ''], ['not', 'logic', 0, 0, ''],
  // A shift by zero leaves every flag as it was, so shifts also read them.
  ...['rol', 'ror', 'rcl', 'rcr', 'shl', 'shr', 'sar', 'shld', 'shrd']
    .map((m): FactRow => [m, 'shift', F_ARITH, F_ARITH, '']),
  ['mul', 'muldiv', 0, F_ARITH, ''], ['imul', 'muldiv', 0, F_ARITH, ''],
  ['div', 'muldiv', 0, F_ARITH, 'f'], ['idiv', 'muldiv', 0, F_ARITH, 'f'],
  ['daa', 'bcd', F_CF | F_AF, F_ARITH, ''], ['das', 'bcd', F_CF | F_AF, F_ARITH, ''],
  ['aaa', 'bcd', F_AF, F_ARITH, ''], ['aas', 'bcd', F_AF, F_ARITH, ''],
  ['aam', 'bcd', 0, F_ARITH, 'f'], ['aad', 'bcd', 0, F_ARITH, ''],
  ['bt', 'bit', 0, F_CF, ''], ['bts', 'bit', 0, F_CF, ''], ['btr', 'bit', 0, F_CF, ''], ['btc', 'bit', 0, F_CF, ''],
  ['bsf', 'bit', 0, F_ZF, ''], ['bsr', 'bit', 0, F_ZF, ''],
  ['setcc', 'bit', -1, 0, ''], ['salc', 'bit', F_CF, 0, ''],
  ['mov', 'move', 0, 0, ''], ['movzx', 'move', 0, 0, ''], ['movsx', 'move', 0, 0, ''], ['lea', 'move', 0, 0, ''],
  ['xchg', 'move', 0, 0, ''], ['bswap', 'move', 0, 0, ''], ['xlat', 'move', 0, 0, ''],
  ['cbw', 'move', 0, 0, ''], ['cwde', 'move', 0, 0, ''], ['cwd', 'move', 0, 0, ''], ['cdq', 'move', 0, 0, ''],
  ['lahf', 'flags', F_ARITH & ~F_OF, 0, ''], ['sahf', 'flags', 0, F_ARITH & ~F_OF, ''],
  ['clc', 'flags', 0, F_CF, ''], ['stc', 'flags', 0, F_CF, ''], ['cmc', 'flags', F_CF, F_CF, ''],
  ['cld', 'flags', 0, F_DF, ''], ['std', 'flags', 0, F_DF, ''],
  ['cli', 'flags', 0, 0, 'f IF'], ['sti', 'flags', 0, 0, 'e f IF'],
  ['push', 'stack', 0, 0, ''], ['pop', 'stack', 0, 0, ''], ['pusha', 'stack', 0, 0, ''], ['popa', 'stack', 0, 0, ''],
  ['pushf', 'stack', F_ALL, 0, ''], ['popf', 'stack', 0, F_ALL, 'e f IF IOPL TF'],
  ['enter', 'stack', 0, 0, ''], ['leave', 'stack', 0, 0, ''],
  ['jcc', 'control', -1, 0, 'e'], ['jmp', 'control', 0, 0, 'e'], ['call', 'control', 0, 0, 'e'],
  ['ret', 'control', 0, 0, 'e'], ['loop', 'control', 0, 0, 'e'], ['loope', 'control', F_ZF, 0, 'e'],
  ['loopne', 'control', F_ZF, 0, 'e'], ['jcxz', 'control', 0, 0, 'e'], ['jecxz', 'control', 0, 0, 'e'],
  ['retf', 'control', 0, 0, 'e f CS SS SREG'], ['iret', 'control', 0, F_ALL, 'e f CS SS SREG IF IOPL TF'],
  ['int', 'control', 0, 0, 'e f CS SS SREG IF TF'], ['int3', 'control', 0, 0, 'e f CS SS SREG IF TF'],
  ['int1', 'control', 0, 0, 'e f CS SS SREG IF TF'], ['into', 'control', F_OF, 0, 'e f CS SS SREG IF TF'],
  ['bound', 'control', 0, 0, 'f'], ['hlt', 'control', 0, 0, 'e f'],
  ['movs', 'string', F_DF, 0, ''], ['stos', 'string', F_DF, 0, ''], ['lods', 'string', F_DF, 0, ''],
  ['cmps', 'string', F_DF, F_ARITH, ''], ['scas', 'string', F_DF, F_ARITH, ''],
  ['ins', 'string', F_DF, 0, 'f'], ['outs', 'string', F_DF, 0, 'e f'],
  ['in', 'io', 0, 0, 'f'], ['out', 'io', 0, 0, 'e f'],
  ['les', 'segment', 0, 0, 'f SREG'], ['lds', 'segment', 0, 0, 'f SREG'], ['lfs', 'segment', 0, 0, 'f SREG'],
  ['lgs', 'segment', 0, 0, 'f SREG'], ['lss', 'segment', 0, 0, 'e f SS'],
  ['arpl', 'system', 0, F_ZF, 'f'], ['lar', 'system', 0, F_ZF, 'f'], ['lsl', 'system', 0, F_ZF, 'f'],
  ['verr', 'system', 0, F_ZF, 'f'], ['verw', 'system', 0, F_ZF, 'f'],
  ['sldt', 'system', 0, 0, 'f'], ['str', 'system', 0, 0, 'f'], ['smsw', 'system', 0, 0, ''],
  ['sgdt', 'system', 0, 0, 'f'], ['sidt', 'system', 0, 0, 'f'],
  ['lldt', 'system', 0, 0, 'e f TABLES'], ['ltr', 'system', 0, 0, 'e f TABLES'],
  ['lgdt', 'system', 0, 0, 'e f TABLES'], ['lidt', 'system', 0, 0, 'e f TABLES'],
  ['lmsw', 'system', 0, 0, 'e f CR'], ['clts', 'system', 0, 0, 'e f CR'], ['invlpg', 'system', 0, 0, 'e f CR'],
  ['movcr', 'system', 0, 0, 'e f CR'], ['movdr', 'system', 0, 0, 'e f DR'], ['movtr', 'system', 0, 0, 'f'],
  ['invd', 'system', 0, 0, 'f'], ['wbinvd', 'system', 0, 0, 'f'], ['cpuid', 'system', 0, 0, ''],
  ['ud2', 'system', 0, 0, 'e f'], ['nop', 'misc', 0, 0, ''],
  ['fwait', 'x87', 0, 0, 'f'], ['esc', 'x87', 0, 0, 'f'],
];

const BY_SEM = new Map<string, Facts>(ROWS.map(([sem, family, flagsRead, flagsWritten, flags]) => {
  const words = flags.split(' ').filter(Boolean);
  let writes = 0;
  for (const w of words) {
    const bit = ({ CS: W_CS, SS: W_SS, SREG: W_SREG, IF: W_IF, IOPL: W_IOPL, CR: W_CR, TF: W_TF, DR: W_DR, TABLES: W_TABLES } as Record<string, number>)[w];
    if (bit) writes |= bit;
  }
  return [sem, { sem, family, flagsRead, flagsWritten, endsBlock: words.includes('e'), mayFault: words.includes('f'), writes }];
}));

/** The semantic id of a table form, from its mnemonic and opcode. */
export function semanticId(mnemonic: string, opcode: readonly number[], operands: readonly string[]): string {
  const op = opcode[opcode.length - 1];
  if (opcode[0] >= 0xd8 && opcode[0] <= 0xdf && opcode.length >= 1 && mnemonic.startsWith('f')) return 'esc';
  if (mnemonic === 'mov') {
    if (operands.includes('Cd')) return 'movcr';
    if (operands.includes('Dd')) return 'movdr';
    if (operands.includes('Td')) return 'movtr';
  }
  if (/^(sgdt|sidt|lgdt|lidt)d$/.test(mnemonic)) return mnemonic.slice(0, 4);
  if (mnemonic[0] === 'j' && CC.includes(mnemonic.slice(1)) && (opcode.length === 1 ? (op & 0xf0) === 0x70 : (op & 0xf0) === 0x80)) return 'jcc';
  if (mnemonic.startsWith('set') && CC.includes(mnemonic.slice(3))) return 'setcc';
  return mnemonic;
}

/** Facts for a table form. Condition-code forms read the flags of their condition. */
export function factsOf(mnemonic: string, opcode: readonly number[], operands: readonly string[]): Facts {
  const sem = semanticId(mnemonic, opcode, operands);
  const base = BY_SEM.get(sem);
  if (!base) throw new Error(`instruction facts: no entry for ${sem}`);
  let { flagsRead, writes } = base;
  if (flagsRead === -1) flagsRead = CC_READS[(opcode[opcode.length - 1] & 0xf) >> 1];
  // Loads of segment registers by MOV and POP: SS also inhibits interrupts for one instruction.
  if ((mnemonic === 'mov' || mnemonic === 'pop') && operands[0] === 'Sw') writes |= W_SREG | W_SS;
  if (mnemonic === 'pop' && operands[0] === 'SS') writes |= W_SS;
  if (mnemonic === 'pop' && /^(ES|DS|FS|GS)$/.test(operands[0] ?? '')) writes |= W_SREG;
  // Far JMP/CALL (direct or through memory) load CS, and a call gate may switch stacks.
  if ((sem === 'jmp' || sem === 'call') && (operands[0] === 'Ap' || operands[0] === 'Mp')) writes |= W_CS | W_SS | W_SREG;
  const endsBlock = base.endsBlock || (writes & (W_SS | W_CS)) !== 0 || (sem === 'mov' && operands[0] === 'Sw');
  const mayFault = base.mayFault || writes !== 0 || operands.some((k) => k === 'Sw' || k === 'Mp');
  return { ...base, flagsRead, writes, endsBlock, mayFault };
}
