// The statements a line of assembly can hold, as produced by parser.ts.
import type { Expr } from './expr.ts';
import type { RegInfo } from './registers.ts';

export type SizeKw = 8 | 16 | 32 | 48 | 64 | 80;

export type Operand =
  | { kind: 'reg'; reg: RegInfo; name: string; col: number }
  | {
    kind: 'mem'; col: number;
    size: SizeKw | null;
    /** Segment register number of an explicit override, or null. */
    seg: number | null;
    /** Register terms inside the brackets: name → coefficient (scale). */
    regs: { name: string; coef: number }[];
    disp: Expr | null;
    /** Written "far [mem]" */
    far: boolean;
  }
  | { kind: 'imm'; expr: Expr; size: SizeKw | null; hint: 'short' | 'near' | 'far' | null; col: number }
  | { kind: 'farptr'; sel: Expr; off: Expr; col: number };

export interface Loc { file: string; line: number; col: number }

export type Statement =
  | { s: 'label'; name: string; local: boolean; loc: Loc }
  | { s: 'equ'; name: string; expr: Expr; loc: Loc }
  | { s: 'insn'; prefixes: string[]; mnemonic: string; operands: Operand[]; loc: Loc }
  | { s: 'data'; width: 1 | 2 | 4 | 8; items: ({ str: string } | { expr: Expr } | { big: bigint })[]; loc: Loc }
  | { s: 'res'; width: 1 | 2 | 4 | 8; count: Expr; loc: Loc }
  | { s: 'times'; count: Expr; body: Statement; loc: Loc }
  | { s: 'align'; n: Expr; loc: Loc }
  | { s: 'section'; name: string; attrs: string[]; loc: Loc }
  | { s: 'global'; names: string[]; loc: Loc }
  | { s: 'line'; line: number; inc: number; file: string; loc: Loc }
  | { s: 'bits'; bits: number; loc: Loc };
