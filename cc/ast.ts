// The typed AST produced by the parser and consumed by the code generator.
// The parser has already applied C's conversions, so every node's `type` is final
// and operators carry the signedness they must use.
import type { SrcPos } from './diagnostics.ts';
import type { Member, Type } from './types.ts';

export interface Var {
  name: string;
  type: Type;
  isLocal: boolean;
  offset: number;          // locals: offset from EBP (negative), params positive
  asmName: string;         // globals and static locals: the assembly label
  isStatic: boolean;
  isExtern: boolean;
  isDefined: boolean;      // globals: has a definition in this unit
  init?: GlobalInit;       // globals: initial bytes and address relocations
  pos: SrcPos;
  typedefName?: string;    // declared with a typedef name as its whole type (the debug info says so)
}

export interface GlobalInit { bytes: number[]; relocs: { offset: number; label: string; addend: number }[] }

export type BinOp = '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '<<' | '>>' | '==' | '!=' | '<' | '<=' | '>' | '>=';

export type ExprBody =
  | { k: 'num'; value: number; wide?: bigint }      // wide: the exact value of a 64-bit constant
  | { k: 'fnum'; value: number }                     // a floating constant (a float's value is already rounded to float)
  | { k: 'str'; label: string; bytes: number[] }     // lvalue of type char[N]
  | { k: 'var'; v: Var }
  | { k: 'binop'; op: BinOp; lhs: Expr; rhs: Expr; unsigned: boolean }
  | { k: 'logand' | 'logor'; lhs: Expr; rhs: Expr }
  | { k: 'not' | 'bitnot' | 'neg' | 'deref' | 'addr'; e: Expr }
  | { k: 'member'; e: Expr; member: Member }
  | { k: 'cast'; e: Expr }                           // convert e to node.type
  | { k: 'assign'; lhs: Expr; rhs: Expr }
  | { k: 'cond'; c: Expr; a: Expr; b: Expr }
  | { k: 'comma'; lhs: Expr; rhs: Expr; literal?: true }   // literal: a compound literal, an lvalue
  | { k: 'call'; fn: Expr; args: Expr[]; retBuf?: Var }  // retBuf: caller's slot for a struct result
  | { k: 'memzero'; v: Var };                        // zero a whole local (initializers)

export type Expr = ExprBody & { type: Type; pos: SrcPos; depth: number };

export type Stmt = { pos: SrcPos } & (
  | { k: 'expr'; e: Expr }
  | { k: 'return'; e?: Expr }
  | { k: 'block'; body: Stmt[] }
  | { k: 'if'; c: Expr; then: Stmt; els?: Stmt }
  | { k: 'for'; init?: Stmt; c?: Expr; inc?: Expr; body: Stmt; brk: string; cont: string }
  | { k: 'do'; body: Stmt; c: Expr; brk: string; cont: string }
  | { k: 'switch'; e: Expr; body: Stmt; cases: { value: bigint; label: string }[]; dflt?: string; brk: string }
  | { k: 'case'; label: string; body: Stmt }
  | { k: 'goto'; label: string }
  | { k: 'jump'; label: string }                     // break / continue
  | { k: 'label'; label: string; body: Stmt }
  | { k: 'asm'; text: string }
);

export interface Func {
  name: string;
  asmName: string;
  type: Extract<Type, { kind: 'func' }>;
  isStatic: boolean;
  params: Var[];
  locals: Var[];
  body: Stmt;
  stackSize: number;
  retBuf?: Var;            // hidden pointer parameter when returning a struct
  pos: SrcPos;
}

export interface Program {
  funcs: Func[];
  globals: Var[];          // every global and static local mentioned (defined or extern)
  strings: { label: string; bytes: number[] }[];
  topAsm: string[];        // file-scope asm("...") blocks
  referenced: Set<string>; // asm names used by code or data
  unitPrefix: string;      // the unit's static-name prefix (floating constants get labels from it)
  typedefs: { name: string; type: Type; line: number }[]; // every typedef the unit declares, for the debug info
  usesFloat?: boolean;     // some expression has a floating type (the program needs the x87 start-up)
}
