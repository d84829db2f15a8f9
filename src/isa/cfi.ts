// Call frame information for hand-written assembly: the `.cfi_*` directives
// of GNU as (startproc, endproc, def_cfa, def_cfa_offset, def_cfa_register,
// offset, restore, undefined, same_value, remember_state, restore_state,
// escape). cc turns what they say into .debug_frame (cc/dwarf.ts), so that
// gdb can unwind through routines that have no frame pointer, such as the
// kernel's trap entry.
//
// Before assembly each directive line becomes `NAME equ $`: the address of
// the next instruction, with no bytes and no effect on labels or local-label
// scope. After assembly those symbols give every rule its address and are
// removed from the image.
import type { AsmUnit } from './assembler.ts';
import type { LinkedImage, LinkedSymbol } from './linked-image.ts';
import { problemAt, type Problem } from './problems.ts';

/** DWARF register numbers for i386 (the System V psABI). */
export const DWARF_REGS: Readonly<Record<string, number>> = {
  eax: 0, ecx: 1, edx: 2, ebx: 3, esp: 4, ebp: 5, esi: 6, edi: 7, eip: 8, eflags: 9,
  es: 40, cs: 41, ss: 42, ds: 43, fs: 44, gs: 45,
};

export type CfiOp =
  | { op: 'def_cfa'; reg: number; offset: number }
  | { op: 'def_cfa_offset'; offset: number }
  | { op: 'def_cfa_register'; reg: number }
  | { op: 'offset'; reg: number; offset: number }
  | { op: 'restore' | 'undefined' | 'same_value'; reg: number }
  | { op: 'remember_state' | 'restore_state' }
  | { op: 'escape'; bytes: number[] };

/** One routine's rules: each applies from its address on. */
export interface CfiProc {
  start: number;
  end: number;
  rules: { addr: number; op: CfiOp }[];
}

interface Pending {
  symbol: string;
  kind: 'startproc' | 'endproc' | 'rule';
  op: CfiOp | null;
  file: string;
  line: number;
}

const SYMBOL_PREFIX = '__cfi.';

/** Replaces the units' `.cfi_*` lines; returns the new units and what the lines said. */
export function extractCfi(units: AsmUnit[]): { units: AsmUnit[]; pending: Pending[]; errors: Problem[] } {
  const pending: Pending[] = [];
  const errors: Problem[] = [];
  const out = units.map((unit, u) => {
    if (!unit.text.includes('.cfi_')) return unit;
    const lines = unit.text.split('\n');
    lines.forEach((raw, i) => {
      const text = raw.replace(/;.*/, '').trim();
      if (!text.startsWith('.cfi_')) return;
      const symbol = `${SYMBOL_PREFIX}${u}.${i}`;
      lines[i] = `${symbol} equ $`;
      const pos = { file: unit.name, line: i + 1, col: raw.indexOf('.cfi_') + 1 };
      try {
        const parsed = parseDirective(text);
        pending.push({ symbol, kind: parsed === 'startproc' || parsed === 'endproc' ? parsed : 'rule',
          op: typeof parsed === 'string' ? null : parsed, file: unit.name, line: i + 1 });
      } catch (e) {
        errors.push(problemAt(pos, (e as Error).message));
      }
    });
    return { name: unit.name, text: lines.join('\n') };
  });
  return { units: out, pending, errors };
}

function parseDirective(text: string): CfiOp | 'startproc' | 'endproc' {
  const m = /^\.cfi_(\w+)\s*(.*)$/.exec(text)!;
  const name = m[1]!;
  const args = m[2]!.trim() === '' ? [] : m[2]!.split(',').map((a) => a.trim());
  const want = (n: number) => {
    if (args.length !== n) throw new Error(`.cfi_${name} takes ${n === 0 ? 'no operands' : n === 1 ? 'one operand' : `${n} operands`}`);
  };
  switch (name) {
    case 'startproc': case 'endproc': want(0); return name;
    case 'def_cfa': want(2); return { op: name, reg: register(args[0]!), offset: cfaOffset(args[1]!) };
    case 'def_cfa_offset': want(1); return { op: name, offset: cfaOffset(args[0]!) };
    case 'def_cfa_register': want(1); return { op: name, reg: register(args[0]!) };
    case 'offset': {
      want(2);
      const offset = integer(args[1]!);
      if (offset % 4 !== 0) throw new Error(`.cfi_offset ${offset}: a saved register's offset is a multiple of 4`);
      return { op: name, reg: register(args[0]!), offset };
    }
    case 'restore': case 'undefined': case 'same_value': want(1); return { op: name, reg: register(args[0]!) };
    case 'remember_state': case 'restore_state': want(0); return { op: name };
    case 'escape': {
      if (args.length === 0) throw new Error('.cfi_escape needs at least one byte');
      const bytes = args.map(integer);
      for (const b of bytes) if (b < 0 || b > 255) throw new Error(`.cfi_escape byte ${b} is not in 0..255`);
      return { op: name, bytes };
    }
    default: throw new Error(`unknown CFI directive '.cfi_${name}'`);
  }
}

function register(text: string): number {
  const r = DWARF_REGS[text.toLowerCase()];
  if (r !== undefined) return r;
  if (/^\d+$/.test(text)) return Number(text);
  throw new Error(`'${text}' is not a register CFI can name (eax..edi, eip, eflags, es cs ss ds fs gs, or a DWARF number)`);
}

function cfaOffset(text: string): number {
  const v = integer(text);
  if (v < 0) throw new Error(`the CFA is at a non-negative offset from its register, not ${v}`);
  return v;
}

function integer(text: string): number {
  const m = /^([+-]?)(0x[0-9a-f]+|\d+)$/i.exec(text);
  if (!m) throw new Error(`expected an integer, found '${text}'`);
  const v = Number(m[2]);
  return m[1] === '-' ? -v : v;
}

/** Gives the pending rules their addresses, drops their symbols from the image and
 *  checks that every routine is opened and closed once. Returns diagnostics. */
export function resolveCfi(image: LinkedImage, pending: Pending[]): { procs: CfiProc[]; errors: Problem[] } {
  const procs: CfiProc[] = [];
  const errors: Problem[] = [];
  if (pending.length === 0) return { procs, errors };
  const at = new Map<string, number>();
  const kept: LinkedSymbol[] = [];
  for (const s of image.symbols) {
    if (s.name.startsWith(SYMBOL_PREFIX)) at.set(s.name, s.value);
    else kept.push(s);
  }
  image.symbols = kept;
  let open: CfiProc | null = null;
  let openedAt: Pending | null = null;
  for (const p of pending) {
    const addr = at.get(p.symbol)!;
    const here = (message: string): Problem => ({ file: p.file, line: p.line, col: 1, message });
    if (p.kind === 'startproc') {
      if (open) errors.push(here(`.cfi_startproc inside the routine opened at line ${openedAt!.line}`));
      open = { start: addr, end: addr, rules: [] };
      openedAt = p;
    } else if (p.kind === 'endproc') {
      if (!open) errors.push(here('.cfi_endproc without .cfi_startproc'));
      else {
        open.end = addr;
        procs.push(open);
      }
      open = null;
    } else if (!open) {
      errors.push(here('CFI directive outside .cfi_startproc/.cfi_endproc'));
    } else {
      open.rules.push({ addr, op: p.op! });
    }
  }
  if (open) errors.push({ file: openedAt!.file, line: openedAt!.line, col: 1, message: '.cfi_startproc without .cfi_endproc' });
  return { procs, errors };
}
