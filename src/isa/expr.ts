// Assembler expressions: parsing into a small tree and evaluating against symbols.
import { LineError } from './errors.ts';
import type { Token } from './lexer.ts';
import { lookupRegister } from './registers.ts';

export type Expr =
  | { k: 'num'; v: number }
  | { k: 'sym'; name: string; col: number }
  | { k: 'reg'; name: string; col: number }   // only meaningful inside [ ] memory operands
  | { k: 'here' }                              // $
  | { k: 'sectionStart' }                      // $$
  | { k: 'un'; op: '-' | '+' | '~'; a: Expr }
  | { k: 'bin'; op: string; a: Expr; b: Expr; col: number };

/** Token cursor shared by the expression and statement parsers. */
export class Cursor {
  pos = 0;
  constructor(readonly toks: Token[]) {}
  peek(o = 0): Token | undefined { return this.toks[this.pos + o]; }
  next(): Token {
    const t = this.toks[this.pos];
    if (!t) throw new LineError('unexpected end of line', this.endCol());
    this.pos++;
    return t;
  }
  atEnd(): boolean { return this.pos >= this.toks.length; }
  isPunct(text: string, o = 0): boolean { const t = this.peek(o); return !!t && t.kind === 'punct' && t.text === text; }
  isIdent(text: string, o = 0): boolean { const t = this.peek(o); return !!t && t.kind === 'ident' && t.text.toLowerCase() === text; }
  eatPunct(text: string): boolean { if (this.isPunct(text)) { this.pos++; return true; } return false; }
  expectPunct(text: string): void {
    if (!this.eatPunct(text)) {
      const t = this.peek();
      throw new LineError(t ? `expected '${text}' but found '${t.text}'` : `expected '${text}' at end of line`, t?.col ?? this.endCol());
    }
  }
  endCol(): number { const t = this.toks[this.toks.length - 1]; return t ? t.col + t.text.length : 1; }
  col(): number { return this.peek()?.col ?? this.endCol(); }
}

const BINARY_LEVELS: string[][] = [['|'], ['^'], ['&'], ['<<', '>>'], ['+', '-'], ['*', '/', '%']];

/**
 * The deepest expression tree accepted. Parsing, evaluation and the assembler's
 * other walks recurse over the tree, so a hostile line (thousands of parentheses,
 * unary signs or `+1` terms) must stop here with a diagnostic, not overflow the stack.
 */
export const MAX_EXPR_DEPTH = 200;

/** Parse an expression; `allowRegs` lets register names appear (memory operands). */
export function parseExpr(c: Cursor, allowRegs = false): Expr {
  return parseLevel(c, 0, allowRegs, 0).e;
}

/** A parsed subtree and the depth of its tree. */
interface Parsed { e: Expr; depth: number }

function tooDeep(col: number): never {
  throw new LineError(`expression is too complex: more than ${MAX_EXPR_DEPTH} nested operators or parentheses`, col);
}

// `nesting` counts the parentheses and unary operators around the subtree being parsed.
function parseLevel(c: Cursor, level: number, allowRegs: boolean, nesting: number): Parsed {
  if (level === BINARY_LEVELS.length) return parseUnary(c, allowRegs, nesting);
  let a = parseLevel(c, level + 1, allowRegs, nesting);
  for (;;) {
    const t = c.peek();
    if (!t || t.kind !== 'punct' || !BINARY_LEVELS[level].includes(t.text)) return a;
    c.next();
    const b = parseLevel(c, level + 1, allowRegs, nesting);
    const depth = 1 + Math.max(a.depth, b.depth);
    if (nesting + depth > MAX_EXPR_DEPTH) tooDeep(t.col);
    a = { e: { k: 'bin', op: t.text, a: a.e, b: b.e, col: t.col }, depth };
  }
}

function parseUnary(c: Cursor, allowRegs: boolean, nesting: number): Parsed {
  const t = c.peek();
  if (!t) throw new LineError('expected an expression', c.endCol());
  if (t.kind === 'punct' && (t.text === '-' || t.text === '+' || t.text === '~')) {
    if (nesting >= MAX_EXPR_DEPTH) tooDeep(t.col);
    c.next();
    const a = parseUnary(c, allowRegs, nesting + 1);
    return { e: { k: 'un', op: t.text, a: a.e }, depth: a.depth + 1 };
  }
  if (t.kind === 'punct' && t.text === '(') {
    if (nesting >= MAX_EXPR_DEPTH) tooDeep(t.col);
    c.next();
    const e = parseLevel(c, 0, allowRegs, nesting + 1);
    c.expectPunct(')');
    return e;
  }
  return { e: parseOperand(c, t, allowRegs), depth: 1 };
}

function parseOperand(c: Cursor, t: Token, allowRegs: boolean): Expr {
  if (t.kind === 'number') {
    if (Number.isNaN(t.value)) throw new LineError(`number '${t.text}' does not fit in 32 bits`, t.col);
    c.next();
    return { k: 'num', v: t.value };
  }
  if (t.kind === 'string') { c.next(); return { k: 'num', v: charConstant(t.str, t.col) }; }
  if (t.kind === 'ident') {
    if (t.text === '$') { c.next(); return { k: 'here' }; }
    if (t.text === '$$') { c.next(); return { k: 'sectionStart' }; }
    const reg = t.escaped ? null : lookupRegister(t.text);
    if (reg) {
      if (!allowRegs) throw new LineError(`register '${t.text}' cannot be used in an expression`, t.col);
      c.next();
      return { k: 'reg', name: t.text.toLowerCase(), col: t.col };
    }
    if (t.text.toLowerCase() === 'eiz' && allowRegs && !t.escaped) { c.next(); return { k: 'reg', name: 'eiz', col: t.col }; }
    c.next();
    return { k: 'sym', name: t.text, col: t.col };
  }
  throw new LineError(`expected an expression but found '${t.text}'`, t.col);
}

/** 'ab' → 0x6261: characters packed little-endian, as NASM does. */
export function charConstant(s: string, col: number): number {
  if (s.length > 4) throw new LineError(`character constant '${s}' is longer than 4 bytes`, col);
  let v = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    const code = s.charCodeAt(i);
    if (code > 255) throw new LineError(`character '${s[i]}' is not a single byte`, col);
    v = (v * 256) + code;
  }
  return v >>> 0;
}

export interface EvalEnv {
  /** Value of a symbol, or undefined when not (yet) known. */
  lookup(name: string): number | undefined;
  here: number;
  sectionStart: number;
}

/** Result of evaluation: `known` is false when an undefined symbol took part. */
export interface Value { v: number; known: boolean; undefinedName?: string; undefinedCol?: number }

export function evaluate(e: Expr, env: EvalEnv): Value {
  switch (e.k) {
    case 'num': return { v: e.v, known: true };
    case 'here': return { v: env.here, known: true };
    case 'sectionStart': return { v: env.sectionStart, known: true };
    case 'sym': {
      const v = env.lookup(e.name);
      return v === undefined ? { v: 0, known: false, undefinedName: e.name, undefinedCol: e.col } : { v, known: true };
    }
    case 'reg': throw new LineError(`register '${e.name}' cannot be used in an expression`, e.col);
    case 'un': {
      const a = evaluate(e.a, env);
      const v = e.op === '-' ? -a.v : e.op === '~' ? ~a.v : a.v;
      return { ...a, v: v | 0 };
    }
    case 'bin': {
      const a = evaluate(e.a, env), b = evaluate(e.b, env);
      const known = a.known && b.known;
      const undef = a.known ? b : a;
      let v: number;
      switch (e.op) {
        case '+': v = a.v + b.v; break;
        case '-': v = a.v - b.v; break;
        case '*': v = Math.imul(a.v, b.v); break;
        case '/': case '%':
          if (b.v === 0) {
            if (!known) { v = 0; break; }
            throw new LineError('division by zero', e.col);
          }
          v = e.op === '/' ? Math.trunc(a.v / b.v) : a.v % b.v; break;
        case '<<': v = b.v >= 32 ? 0 : a.v << b.v; break;
        case '>>': v = b.v >= 32 ? 0 : a.v >>> b.v; break;
        case '&': v = a.v & b.v; break;
        case '|': v = a.v | b.v; break;
        case '^': v = a.v ^ b.v; break;
        default: throw new LineError(`unknown operator '${e.op}'`, e.col);
      }
      return { v: v | 0, known, undefinedName: known ? undefined : undef.undefinedName, undefinedCol: known ? undefined : undef.undefinedCol };
    }
  }
}

/** Rename local labels (".x" → "owner.x") in an expression, for the label scope at the reference. */
export function mapSymbols(e: Expr, f: (name: string) => string): Expr {
  // Unchanged subtrees are returned as they are: most expressions name no local label.
  switch (e.k) {
    case 'sym': { const name = f(e.name); return name === e.name ? e : { ...e, name }; }
    case 'un': { const a = mapSymbols(e.a, f); return a === e.a ? e : { ...e, a }; }
    case 'bin': {
      const a = mapSymbols(e.a, f), b = mapSymbols(e.b, f);
      return a === e.a && b === e.b ? e : { ...e, a, b };
    }
    default: return e;
  }
}
