// The target description gdb reads with qXfer:features:read:target.xml. The
// core feature is gdb's standard i386 one (what i386 gdb validates: the eight
// general registers, EIP, EFLAGS, the six segment registers and the x87
// registers, which read as zero here: the CPU has no FPU, CR0.EM is set).
// A ringside feature adds the control registers, read-only, so that
// `info registers cr3` works in gdb.

export interface RegisterDef {
  name: string;
  /** Bytes in the g packet. */
  size: number;
  type: string;
  group?: string;
}

export const REGISTERS: readonly RegisterDef[] = [
  ...['eax', 'ecx', 'edx', 'ebx'].map((name) => ({ name, size: 4, type: 'int32' })),
  { name: 'esp', size: 4, type: 'data_ptr' },
  { name: 'ebp', size: 4, type: 'data_ptr' },
  { name: 'esi', size: 4, type: 'int32' },
  { name: 'edi', size: 4, type: 'int32' },
  { name: 'eip', size: 4, type: 'code_ptr' },
  { name: 'eflags', size: 4, type: 'i386_eflags' },
  ...['cs', 'ss', 'ds', 'es', 'fs', 'gs'].map((name) => ({ name, size: 4, type: 'int32' })),
  ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({ name: `st${i}`, size: 10, type: 'i387_ext' })),
  ...['fctrl', 'fstat', 'ftag', 'fiseg', 'fioff', 'foseg', 'fooff', 'fop'].map((name) => ({
    name, size: 4, type: 'int', group: 'float',
  })),
  ...['cr0', 'cr2', 'cr3', 'cr4'].map((name) => ({ name, size: 4, type: 'uint32', group: 'system' })),
];

/** Register numbers (gdb's order). */
export const REG = {
  EIP: 8, EFLAGS: 9, CS: 10, GS: 15, FIRST_FPU: 16, FIRST_CR: 32,
} as const;

const EFLAGS_BITS: [number, string][] = [
  [0, 'CF'], [1, ''], [2, 'PF'], [4, 'AF'], [6, 'ZF'], [7, 'SF'], [8, 'TF'], [9, 'IF'], [10, 'DF'],
  [11, 'OF'], [14, 'NT'], [16, 'RF'], [17, 'VM'], [18, 'AC'], [19, 'VIF'], [20, 'VIP'], [21, 'ID'],
];

function reg(r: RegisterDef, regnum: number): string {
  return `<reg name="${r.name}" bitsize="${r.size * 8}" type="${r.type}" regnum="${regnum}"${r.group ? ` group="${r.group}"` : ''}/>`;
}

function buildXml(): string {
  const core = REGISTERS.slice(0, REG.FIRST_CR).map((r, i) => reg(r, i));
  const sys = REGISTERS.slice(REG.FIRST_CR).map((r, i) => reg(r, REG.FIRST_CR + i));
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE target SYSTEM "gdb-target.dtd">',
    '<target version="1.0">',
    '<architecture>i386</architecture>',
    '<feature name="org.gnu.gdb.i386.core">',
    '<flags id="i386_eflags" size="4">',
    ...EFLAGS_BITS.map(([bit, name]) => `<field name="${name}" start="${bit}" end="${bit}"/>`),
    '</flags>',
    ...core,
    '</feature>',
    '<feature name="org.ringside.i386.system">',
    ...sys,
    '</feature>',
    '</target>',
    '',
  ].join('\n');
}

export const TARGET_XML = buildXml();
