// Building typed expression nodes: C's implicit conversions, pointer
// arithmetic scaling and the type checks that go with each operator.
import type { BinOp, Expr, ExprBody, Var } from './ast.ts';
import type { Diagnostics, SrcPos } from './diagnostics.ts';
import {
  CHAR, INT, UINT, commonType, hasConstMember, is64, isArith, isBool, isComplete, isConst, isFloat, isInteger, isScalar, isUnsigned, pointerTo, promote,
  sameStruct, sameType, sizeOf, typeName, unqual, withQualsOf, type Type,
} from './types.ts';

export const MAX_EXPR_DEPTH = 1000;

type Body = ExprBody;

/** Where an implicit conversion happens; gcc words its messages after it. */
export type ConvContext =
  | { k: 'assign' } | { k: 'init' } | { k: 'return' }
  | { k: 'arg'; n: number; fn: string };

/** What the parser wants to know about variables for its warnings. */
export interface UsageHooks {
  /** `e` (a variable) is the target of `=`, or its address is taken. */
  written(e: Extract<Expr, { k: 'var' }>): void;
  /** Is `v` a parameter of the current function? (gcc names those in const errors.) */
  isParam(v: Var): boolean;
}

export class ExprBuilder {
  /** Inside an operand that is never evaluated (`0 && x`, sizeof): gcc keeps quiet about 1/0 there. */
  unevaluated = 0;
  /** Has any expression had a floating type? (Then the program gets the x87 start-up and runtime.) */
  usesFloat = false;

  constructor(private diags: Diagnostics, private newTemp: (t: Type, pos: SrcPos) => Var, private hooks?: UsageHooks) {}

  /**
   * The node for `body` (always a fresh object literal at the call site, so it is
   * completed in place: copying it with a spread was a fifth of the time on a
   * function of 100,000 statements).
   */
  mk(body: Body, type: Type, pos: SrcPos): Expr {
    const b = body as unknown as { e?: Expr; lhs?: Expr; rhs?: Expr; c?: Expr; a?: Expr; b?: Expr; fn?: Expr; args?: unknown };
    let depth = 0;
    if (b.e && b.e.depth > depth) depth = b.e.depth;
    if (b.lhs && b.lhs.depth > depth) depth = b.lhs.depth;
    if (b.rhs && b.rhs.depth > depth) depth = b.rhs.depth;
    if (b.c && b.c.depth > depth) depth = b.c.depth;
    if (b.a && b.a.depth > depth) depth = b.a.depth;
    if (b.b && b.b.depth > depth) depth = b.b.depth;
    if (b.fn && b.fn.depth > depth) depth = b.fn.depth;
    if (Array.isArray(b.args)) for (const a of b.args as Expr[]) if (a.depth > depth) depth = a.depth;
    if (depth + 1 > MAX_EXPR_DEPTH) this.diags.fatal(pos, 'expression is too deeply nested');
    if (type.kind === 'float') this.usesFloat = true;
    const node = body as unknown as { type: Type; pos: SrcPos; depth: number };
    node.type = type; node.pos = pos; node.depth = depth + 1;
    return node as unknown as Expr;
  }

  /** A constant of `type`; a bigint is wrapped to the type's width, a number is taken as is. */
  num(value: number | bigint, pos: SrcPos, type: Type = INT): Expr {
    if (is64(type)) {
      const wide = wrap64(BigInt(value), type);
      return this.mk({ k: 'num', value: Number(wide), wide }, type, pos);
    }
    return this.mk({ k: 'num', value: typeof value === 'bigint' ? truncate(low32(value), type) : value }, type, pos);
  }

  /** A floating constant of `type` (a float's value is rounded to single precision). */
  fnum(value: number, pos: SrcPos, type: Type): Expr {
    return this.mk({ k: 'fnum', value: sizeOf(type) === 4 ? Math.fround(value) : value }, type, pos);
  }

  /** Value of an expression in an rvalue context: arrays and functions decay to pointers. */
  rv(e: Expr): Expr {
    if (e.type.kind === 'array') return this.mk({ k: 'addr', e }, pointerTo(e.type.base), e.pos);
    if (e.type.kind === 'func') return this.mk({ k: 'addr', e }, pointerTo(e.type), e.pos);
    return e;
  }

  isLvalue(e: Expr): boolean {
    return e.k === 'var' || e.k === 'deref' || e.k === 'str' || (e.k === 'member' && this.isLvalue(e.e)) || (e.k === 'comma' && e.literal === true);
  }

  /** Explicit or implicit conversion of `e` to `t`. */
  cast(e: Expr, t: Type, pos: SrcPos = e.pos): Expr {
    e = this.rv(e);
    if (t.kind === 'void') return this.mk({ k: 'cast', e }, t, pos);
    if (e.type.kind === 'void') this.diags.fatal(pos, 'void value not ignored as it ought to be');
    if (t.kind === 'struct' || e.type.kind === 'struct') {
      if (sameStruct(t, e.type)) return e;
      this.diags.fatal(pos, `cannot convert '${typeName(e.type)}' to '${typeName(t)}'`);
    }
    if (t.kind === 'array' || t.kind === 'func') this.diags.fatal(pos, `cannot cast to '${typeName(t)}'`);
    if (t.kind === 'ptr' && isFloat(e.type)) this.diags.fatal(pos, 'cannot convert to a pointer type');
    if (isFloat(t) && e.type.kind === 'ptr') this.diags.fatal(pos, 'pointer value used where a floating-point was expected');
    if (isBool(t) && !isBool(e.type)) {
      // Any nonzero scalar becomes 1.
      const ne = this.binary('!=', e, this.num(0, pos), pos);
      return ne.k === 'num' ? this.num(ne.value, pos, t) : this.mk({ k: 'cast', e: ne }, t, pos);
    }
    if (sameType(e.type, t) && !(t.kind === 'int' && e.type.kind === 'int' && t.name !== e.type.name)) return e;
    if (e.k === 'num' && t.kind === 'int') return this.num(is64(t) ? exactValue(e) : truncate(low32(exactValue(e)), t), pos, t);
    if (e.k === 'num' && isFloat(t)) return this.fnum(intToFloat(exactValue(e), sizeOf(t)), pos, t);
    if (e.k === 'fnum' && isFloat(t)) return this.fnum(e.value, pos, t);
    if (e.k === 'fnum' && t.kind === 'int') return this.num(floatToInt(e.value, t), pos, t);
    return this.mk({ k: 'cast', e }, t, pos);
  }

  /** Condition of if/while/?:/&&/||: any scalar. */
  cond(e: Expr): Expr {
    e = this.rv(e);
    if (!isScalar(e.type)) this.diags.fatal(e.pos, `used '${typeName(e.type)}' where a scalar is required`);
    // A 64-bit condition becomes `e != 0`, so every consumer tests a 32-bit int.
    if (is64(e.type) || isFloat(e.type)) return this.binary('!=', e, this.num(0, e.pos), e.pos);
    return e;
  }

  private needInteger(e: Expr, op: string): void {
    if (!isInteger(e.type)) this.diags.fatal(e.pos, `invalid operand to '${op}' (have '${typeName(e.type)}')`);
  }

  /** gcc's message for operands an operator does not take. */
  private badOperands(op: string, lt: Type, rt: Type, pos: SrcPos): never {
    return this.diags.fatal(pos, `invalid operands to binary ${op} (have '${typeName(lt)}' and '${typeName(rt)}')`);
  }

  private arith(op: BinOp, lhs: Expr, rhs: Expr, pos: SrcPos): Expr {
    const t = commonType(lhs.type, rhs.type);
    const l = this.cast(lhs, t), r = this.cast(rhs, t);
    if (isFloat(t)) {
      if (l.k === 'fnum' && r.k === 'fnum') {
        const v = foldFloat(op, l.value, r.value);
        return isCompare(op) ? this.num(v, pos) : this.fnum(v, pos, t);
      }
      return this.mk({ k: 'binop', op, lhs: l, rhs: r, unsigned: false }, isCompare(op) ? INT : t, pos);
    }
    if (l.k === 'num' && r.k === 'num') {
      const v = is64(t) ? foldWide(op, exactValue(l), exactValue(r), isUnsigned(t)) : foldBinary(op, l.value, r.value, isUnsigned(t));
      if (v !== undefined) return this.num(v, pos, isCompare(op) ? INT : t);
    }
    return this.mk({ k: 'binop', op, lhs: l, rhs: r, unsigned: isUnsigned(t) }, isCompare(op) ? INT : t, pos);
  }

  binary(op: BinOp, lhs0: Expr, rhs0: Expr, pos: SrcPos): Expr {
    const lhs = this.rv(lhs0), rhs = this.rv(rhs0);
    const lt = lhs.type, rt = rhs.type;
    for (const side of [lhs, rhs]) {
      if (side.type.kind === 'void') this.diags.fatal(side.pos, 'void value not ignored as it ought to be');
      if (side.type.kind === 'struct') this.diags.fatal(side.pos, `invalid operand to '${op}' (have '${typeName(side.type)}')`);
    }
    // Floating operands: arithmetic and comparisons only, never with a pointer.
    if (isFloat(lt) || isFloat(rt)) {
      const ok = isArith(lt) && isArith(rt) && ['+', '-', '*', '/', '==', '!=', '<', '<=', '>', '>='].includes(op);
      if (!ok) this.badOperands(op, lt, rt, pos);
      return this.arith(op, lhs, rhs, pos);
    }
    switch (op) {
      case '+':
        if (isInteger(lt) && isInteger(rt)) return this.arith(op, lhs, rhs, pos);
        if (lt.kind === 'ptr' && isInteger(rt)) return this.ptrAdd('+', lhs, rhs, pos);
        if (isInteger(lt) && rt.kind === 'ptr') return this.ptrAdd('+', rhs, lhs, pos);
        return this.diags.fatal(pos, `invalid operands to '+' ('${typeName(lt)}' and '${typeName(rt)}')`);
      case '-':
        if (isInteger(lt) && isInteger(rt)) return this.arith(op, lhs, rhs, pos);
        if (lt.kind === 'ptr' && isInteger(rt)) return this.ptrAdd('-', lhs, rhs, pos);
        if (lt.kind === 'ptr' && rt.kind === 'ptr') {
          const size = this.elemSize(lt, pos);
          const diff = this.mk({ k: 'binop', op: '-', lhs: this.cast(lhs, INT), rhs: this.cast(rhs, INT), unsigned: false }, INT, pos);
          return size === 1 ? diff : this.mk({ k: 'binop', op: '/', lhs: diff, rhs: this.num(size, pos), unsigned: false }, INT, pos);
        }
        return this.diags.fatal(pos, `invalid operands to '-' ('${typeName(lt)}' and '${typeName(rt)}')`);
      case '*': case '/': case '%': case '&': case '|': case '^':
        this.needInteger(lhs, op); this.needInteger(rhs, op);
        // Not a compile error: outside constant expressions it is a run-time #DE.
        if ((op === '/' || op === '%') && rhs.k === 'num' && exactValue(rhs) === 0n && this.unevaluated === 0) this.diags.warn(pos, 'div-by-zero', 'division by zero');
        return this.arith(op, lhs, rhs, pos);
      case '<<': case '>>': {
        this.needInteger(lhs, op); this.needInteger(rhs, op);
        const t = promote(lt);
        const l = this.cast(lhs, t), r = this.cast(rhs, INT);
        if (l.k === 'num' && r.k === 'num')
          return this.num(is64(t) ? foldWide(op, exactValue(l), exactValue(r), isUnsigned(t))! : foldBinary(op, l.value, r.value, isUnsigned(t))!, pos, t);
        return this.mk({ k: 'binop', op, lhs: l, rhs: r, unsigned: isUnsigned(t) }, t, pos);
      }
      default: {
        // Comparisons.
        if (isInteger(lt) && isInteger(rt)) return this.arith(op, lhs, rhs, pos);
        if ((lt.kind === 'ptr' || isInteger(lt)) && (rt.kind === 'ptr' || isInteger(rt)))
          return this.mk({ k: 'binop', op, lhs: this.cast(lhs, UINT), rhs: this.cast(rhs, UINT), unsigned: true }, INT, pos);
        return this.diags.fatal(pos, `invalid operands to '${op}' ('${typeName(lt)}' and '${typeName(rt)}')`);
      }
    }
  }

  private elemSize(pt: Type, pos: SrcPos): number {
    const base = (pt as Extract<Type, { kind: 'ptr' }>).base;
    if (base.kind === 'void' || base.kind === 'func') {
      this.diags.warn(pos, 'pointer-arith', `pointer of type '${typeName(pt)}' used in arithmetic`);
      return 1;
    }
    if (!isComplete(base)) this.diags.fatal(pos, `arithmetic on a pointer to incomplete type '${typeName(base)}'`);
    return sizeOf(base);
  }

  private ptrAdd(op: '+' | '-', ptr: Expr, idx: Expr, pos: SrcPos): Expr {
    const size = this.elemSize(ptr.type, pos);
    let scaled = this.cast(idx, INT);
    if (size !== 1) scaled = this.arith('*', scaled, this.num(size, pos), pos);
    return this.mk({ k: 'binop', op, lhs: ptr, rhs: scaled, unsigned: true }, ptr.type, pos);
  }

  logical(k: 'logand' | 'logor', lhs: Expr, rhs: Expr, pos: SrcPos): Expr {
    const l = this.cond(lhs), r = this.cond(rhs);
    // `0 && x` and `1 || x` never evaluate x: constant even when x is not (or divides by zero).
    if (l.k === 'num' && (k === 'logand' ? l.value === 0 : l.value !== 0)) return this.num(k === 'logand' ? 0 : 1, pos);
    if (l.k === 'num' && r.k === 'num') {
      const v = k === 'logand' ? l.value !== 0 && r.value !== 0 : l.value !== 0 || r.value !== 0;
      return this.num(v ? 1 : 0, pos);
    }
    return this.mk({ k, lhs: l, rhs: r }, INT, pos);
  }

  unary(k: 'not' | 'bitnot' | 'neg', e0: Expr, pos: SrcPos): Expr {
    const e = this.rv(e0);
    if (k === 'not') {
      const c = this.cond(e);
      return c.k === 'num' ? this.num(c.value === 0 ? 1 : 0, pos) : this.mk({ k, e: c }, INT, pos);
    }
    if (isFloat(e.type)) {
      if (k === 'bitnot') this.diags.fatal(pos, 'wrong type argument to bit-complement');
      const f = this.cast(e, unqual(e.type));
      return f.k === 'fnum' ? this.fnum(-f.value, pos, f.type) : this.mk({ k, e: f }, f.type, pos);
    }
    this.needInteger(e, k === 'neg' ? '-' : '~');
    const t = promote(e.type);
    const c = this.cast(e, t);
    if (c.k === 'num' && is64(t)) return this.num(k === 'neg' ? -exactValue(c) : ~exactValue(c), pos, t);
    if (c.k === 'num') return this.num(truncate(k === 'neg' ? -c.value : ~c.value, t), pos, t);
    return this.mk({ k, e: c }, t, pos);
  }

  deref(e0: Expr, pos: SrcPos): Expr {
    const e = this.rv(e0);
    if (e.type.kind !== 'ptr') this.diags.fatal(pos, `invalid type argument of unary '*' (have '${typeName(e.type)}')`);
    const base = e.type.base;
    if (base.kind === 'void') this.diags.fatal(pos, "dereferencing a 'void *' pointer");
    // *&x is x; keeps function designators simple.
    if (base.kind === 'func') return e.k === 'addr' ? e.e : this.mk({ k: 'deref', e }, base, pos);
    return this.mk({ k: 'deref', e }, base, pos);
  }

  addr(e: Expr, pos: SrcPos): Expr {
    if (!this.isLvalue(e) && e.type.kind !== 'func') this.diags.fatal(pos, "lvalue required as unary '&' operand");
    if (e.k === 'deref') return this.cast(e.e, pointerTo(e.type), pos);
    if (e.k === 'var') this.hooks?.written(e);
    return this.mk({ k: 'addr', e }, pointerTo(e.type), pos);
  }

  /** `lhs = rhs`; `init` for the assignments an initializer is lowered to (const objects may be initialized). */
  assign(lhs: Expr, rhs0: Expr, pos: SrcPos, init = false): Expr {
    if (!this.isLvalue(lhs) || lhs.k === 'str' || lhs.type.kind === 'func') this.diags.fatal(pos, 'lvalue required as left operand of assignment');
    if (lhs.type.kind === 'array') this.diags.fatal(pos, `assignment to an expression with array type '${typeName(lhs.type)}'`);
    if (!init) this.checkWritable(lhs, 'assignment', pos);
    if (lhs.k === 'var') this.hooks?.written(lhs);
    const rhs = this.rv(rhs0);
    if (lhs.type.kind === 'struct') {
      if (!sameStruct(rhs.type, lhs.type)) this.diags.fatal(pos, `incompatible types when ${init ? 'initializing' : 'assigning to'} type '${typeName(lhs.type)}' ${init ? 'using' : 'from'} type '${typeName(rhs.type)}'`);
      return this.mk({ k: 'assign', lhs, rhs }, lhs.type, pos);
    }
    if (rhs.type.kind === 'struct') this.diags.fatal(pos, `incompatible types when ${init ? 'initializing' : 'assigning to'} type '${typeName(lhs.type)}' ${init ? 'using' : 'from'} type '${typeName(rhs.type)}'`);
    return this.mk({ k: 'assign', lhs, rhs: this.convert(rhs, lhs.type, init ? { k: 'init' } : { k: 'assign' }, pos) }, lhs.type, pos);
  }

  /** Writing through a const-qualified lvalue is a constraint violation. */
  checkWritable(lhs: Expr, what: 'assignment' | 'increment' | 'decrement', pos: SrcPos): void {
    // A struct with a const member cannot be assigned as a whole either.
    if (!isConst(lhs.type) && !(lhs.type.kind === 'struct' && hasConstMember(lhs.type))) return;
    if (lhs.k === 'var') this.diags.error(pos, `${what} of read-only ${this.hooks?.isParam(lhs.v) ? 'parameter' : 'variable'} '${lhs.v.name}'`);
    else if (lhs.k === 'member') {
      // A member declared const, or any member of a const object.
      if (isConst(lhs.member.type)) this.diags.error(pos, `${what} of read-only member '${lhs.member.name}'`);
      else this.diags.error(pos, `${what} of member '${lhs.member.name}' in read-only object`);
    }
    else if (lhs.k === 'deref' && lhs.e.k === 'var') this.diags.error(pos, `${what} of read-only location '*${lhs.e.v.name}'`);
    else this.diags.error(pos, `${what} of read-only location`);
  }

  /**
   * An implicit conversion as by assignment (C11 6.5.16.1): integer to pointer
   * and pointer to integer need a cast, pointers must point to compatible
   * types (or one is void *), a constant that changes value is warned about.
   */
  convert(e0: Expr, t: Type, ctx: ConvContext, pos: SrcPos = e0.pos): Expr {
    const e = this.rv(e0);
    const from = e.type;
    const where = (what: string): string => {
      switch (ctx.k) {
        case 'assign': return `assignment to '${typeName(t)}' from '${typeName(from)}' ${what}`;
        case 'init': return `initialization of '${typeName(t)}' from '${typeName(from)}' ${what}`;
        case 'return': return `returning '${typeName(from)}' from a function with return type '${typeName(t)}' ${what}`;
        case 'arg': return `passing argument ${ctx.n} of ${ctx.fn} ${what}`;
      }
    };
    const incompatible = (): string => {
      switch (ctx.k) {
        case 'assign': return `assignment to '${typeName(t)}' from incompatible pointer type '${typeName(from)}'`;
        case 'init': return `initialization of '${typeName(t)}' from incompatible pointer type '${typeName(from)}'`;
        case 'return': return `returning '${typeName(from)}' from a function with incompatible return type '${typeName(t)}'`;
        case 'arg': return `passing argument ${ctx.n} of ${ctx.fn} from incompatible pointer type`;
      }
    };
    const action = ctx.k === 'assign' ? 'assignment' : ctx.k === 'init' ? 'initialization' : ctx.k === 'return' ? 'return' : `passing argument ${ctx.n} of ${ctx.fn}`;
    if ((t.kind === 'ptr' && isFloat(from)) || (isFloat(t) && (from.kind === 'ptr' || from.kind === 'struct'))) {
      switch (ctx.k) {
        case 'assign': this.diags.fatal(pos, `incompatible types when assigning to type '${typeName(t)}' from type '${typeName(from)}'`);
        case 'init': this.diags.fatal(pos, `incompatible types when initializing type '${typeName(t)}' using type '${typeName(from)}'`);
        case 'return': this.diags.fatal(pos, `incompatible types when returning type '${typeName(from)}' but '${typeName(t)}' was expected`);
        case 'arg': this.diags.fatal(pos, `incompatible type for argument ${ctx.n} of ${ctx.fn}`);
      }
    }
    if (t.kind === 'ptr' && isInteger(from)) {
      if (!(e.k === 'num' && exactValue(e) === 0n)) this.diags.error(pos, `${where('makes pointer from integer without a cast')} [-Wint-conversion]`);
    } else if (isInteger(t) && !isBool(t) && from.kind === 'ptr') {
      this.diags.error(pos, `${where('makes integer from pointer without a cast')} [-Wint-conversion]`);
    } else if (t.kind === 'ptr' && from.kind === 'ptr') {
      const tb = t.base, fb = from.base;
      const voidOk = (unqual(tb).kind === 'void' || unqual(fb).kind === 'void');
      if (voidOk || sameType(tb, fb)) {
        if (isConst(fb) && !isConst(tb)) this.diags.warn(pos, 'discarded-qualifiers', `${action} discards 'const' qualifier from pointer target type`);
      } else if (isInteger(tb) && isInteger(fb) && tb.size === fb.size && tb.unsigned !== fb.unsigned) {
        const m = ctx.k === 'assign' ? `assignment from '${typeName(from)}' to '${typeName(t)}'`
          : ctx.k === 'init' ? `initialization of '${typeName(t)}' from '${typeName(from)}'`
          : ctx.k === 'return' ? `returning '${typeName(from)}' from a function with return type '${typeName(t)}'` : action;
        this.diags.warn(pos, 'pointer-sign', `pointer targets in ${m} differ in signedness`);
      } else this.diags.error(pos, `${incompatible()} [-Wincompatible-pointer-types]`);
    } else if (isInteger(t) && !isBool(t) && isInteger(from) && e.k === 'num' && ctx.k !== 'arg') {
      // gcc checks assignments, initializers and returns, not arguments.
      this.checkConstantFits(e, t, pos);
    } else if (isInteger(t) && !isBool(t) && e.k === 'fnum' && ctx.k !== 'arg') {
      this.checkFloatConstantFits(e, t, pos);
    }
    return this.cast(e, t, pos);
  }

  /** -Woverflow: an implicit conversion of a constant that changes its value. */
  private checkConstantFits(e: Extract<Expr, { k: 'num' }>, t: Extract<Type, { kind: 'int' }>, pos: SrcPos): void {
    const v = exactValue(e);
    const bits = BigInt(t.size * 8);
    const smin = -(1n << (bits - 1n)), smax = (1n << (bits - 1n)) - 1n, umax = (1n << bits) - 1n;
    const fromT = e.type as Extract<Type, { kind: 'int' }>;
    if (t.unsigned ? v >= smin && v <= umax : v >= smin && v <= smax) return;
    // Same width, other signedness: implementation-defined, and gcc keeps quiet.
    if (!t.unsigned && fromT.size <= t.size) return;
    const got = t.unsigned ? BigInt.asUintN(t.size * 8, v) : BigInt.asIntN(t.size * 8, v);
    const kind = t.unsigned ? 'unsigned conversion' : 'overflow in conversion';
    this.diags.warn(pos, 'overflow', `${kind} from '${typeName(promote(fromT))}' to '${typeName(t)}' changes value from '${v}' to '${got}'`);
  }

  /** -Woverflow: a floating constant outside the integer type's range (gcc saturates it). */
  private checkFloatConstantFits(e: Extract<Expr, { k: 'fnum' }>, t: Extract<Type, { kind: 'int' }>, pos: SrcPos): void {
    const v = Math.trunc(e.value);
    const bits = BigInt(t.size * 8);
    const min = t.unsigned ? 0n : -(1n << (bits - 1n)), max = t.unsigned ? (1n << bits) - 1n : (1n << (bits - 1n)) - 1n;
    if (Number.isFinite(v) && BigInt(v) >= min && BigInt(v) <= max) return;
    this.diags.warn(pos, 'overflow', `overflow in conversion from '${typeName(unqual(e.type))}' to '${typeName(t)}' changes value from '${gccFloatText(e.value)}' to '${floatToInt(e.value, t)}'`);
  }

  /** `a op= b`, evaluating the address of `a` only once. */
  compoundAssign(op: BinOp, lhs: Expr, rhs: Expr, pos: SrcPos, what: 'assignment' | 'increment' | 'decrement' = 'assignment'): Expr {
    if (!this.isLvalue(lhs)) this.diags.fatal(pos, what === 'assignment' ? 'lvalue required as left operand of assignment' : `lvalue required as ${what} operand`);
    this.checkWritable(lhs, what, pos);
    if (lhs.k === 'var') return this.assign(lhs, this.binary(op, lhs, rhs, pos), pos, true);
    const tmp = this.newTemp(pointerTo(lhs.type), pos);
    const tv = this.mk({ k: 'var', v: tmp }, tmp.type, pos);
    const setTmp = this.assign(tv, this.addr(lhs, pos), pos, true);
    const target = this.mk({ k: 'deref', e: tv }, lhs.type, pos);
    return this.mk({ k: 'comma', lhs: setTmp, rhs: this.assign(target, this.binary(op, target, rhs, pos), pos, true) }, lhs.type, pos);
  }

  /** Post-increment/decrement: `(a += 1) - 1` converted back to a's type. */
  postIncDec(lhs: Expr, delta: number, pos: SrcPos): Expr {
    if (isFloat(lhs.type)) return this.postIncDecFloat(lhs, delta, pos);
    if (lhs.type.kind !== 'ptr' && lhs.type.kind !== 'int') this.diags.fatal(pos, `wrong type argument to ${delta > 0 ? 'increment' : 'decrement'}`);
    const one = this.num(1, pos);
    const updated = this.compoundAssign(delta > 0 ? '+' : '-', lhs, one, pos, delta > 0 ? 'increment' : 'decrement');
    return this.cast(this.binary(delta > 0 ? '-' : '+', updated, one, pos), unqual(lhs.type), pos);
  }

  /**
   * Floating post-increment keeps the old value in a temporary: `(a += 1) - 1`
   * would round (0.1f + 1 - 1 is not 0.1f). Built as `(p = &a, t = *p, *p = t + 1, t)`.
   */
  private postIncDecFloat(lhs: Expr, delta: number, pos: SrcPos): Expr {
    const what = delta > 0 ? 'increment' : 'decrement';
    if (!this.isLvalue(lhs)) this.diags.fatal(pos, `lvalue required as ${what} operand`);
    this.checkWritable(lhs, what, pos);
    const t = unqual(lhs.type);
    const pv = this.newTemp(pointerTo(t), pos), tv = this.newTemp(t, pos);
    const p = this.mk({ k: 'var', v: pv }, pv.type, pos), old = this.mk({ k: 'var', v: tv }, t, pos);
    const target = this.mk({ k: 'deref', e: p }, lhs.type, pos);
    const setP = this.assign(p, this.addr(lhs, pos), pos, true);
    const setOld = this.assign(old, target, pos, true);
    const update = this.assign(target, this.binary(delta > 0 ? '+' : '-', old, this.num(1, pos), pos), pos, true);
    const seq = (a: Expr, b: Expr): Expr => this.mk({ k: 'comma', lhs: a, rhs: b }, b.type, pos);
    return seq(setP, seq(setOld, seq(update, old)));
  }

  member(e: Expr, name: string, pos: SrcPos): Expr {
    if (e.type.kind !== 'struct') this.diags.fatal(pos, `request for member '${name}' in something not a structure or union`);
    if (!e.type.complete) this.diags.fatal(pos, `invalid use of incomplete type '${typeName(e.type)}'`);
    const m = e.type.members.find((x) => x.name === name);
    if (!m) this.diags.fatal(pos, `'${typeName(e.type)}' has no member named '${name}'`);
    return this.mk({ k: 'member', e, member: m }, withQualsOf(m.type, e.type), pos);
  }

  stringType(len: number): Type { return { kind: 'array', base: CHAR, len }; }
}

/** An integer constant as the nearest float or double. */
export function intToFloat(v: bigint, size: number): number {
  // Number() rounds a bigint to the nearest double; a float then rounds once more
  // (exact for every value below 2^53, which covers every 32-bit one).
  const d = Number(v);
  return size === 4 ? Math.fround(d) : d;
}

/** C's truncating conversion of a constant, saturating outside the type's range as gcc folds it. */
export function floatToInt(v: number, t: Type): bigint {
  if (t.kind !== 'int') return 0n;
  const bits = BigInt(t.size * 8);
  const min = t.unsigned ? 0n : -(1n << (bits - 1n)), max = t.unsigned ? (1n << bits) - 1n : (1n << (bits - 1n)) - 1n;
  if (Number.isNaN(v)) return 0n;
  if (!Number.isFinite(v)) return v > 0 ? max : min;
  const i = BigInt(Math.trunc(v));
  return i < min ? min : i > max ? max : i;
}

/** gcc's spelling of a floating constant in diagnostics: 1.0e+10. */
function gccFloatText(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const [m, e] = v.toExponential().split('e');
  return `${m!.includes('.') ? m : m + '.0'}e${e!.startsWith('-') ? e : '+' + e!.slice(1)}`;
}

/** Constant folding on doubles (comparisons give 0 or 1, false when unordered). */
export function foldFloat(op: BinOp, a: number, b: number): number {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return a / b;
    case '==': return a === b ? 1 : 0;
    case '!=': return a !== b ? 1 : 0;
    case '<': return a < b ? 1 : 0;
    case '<=': return a <= b ? 1 : 0;
    case '>': return a > b ? 1 : 0;
    case '>=': return a >= b ? 1 : 0;
    default: return NaN;
  }
}

export function isCompare(op: BinOp): boolean {
  return op === '==' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>=';
}

/** The exact value of a constant node (a 32-bit one holds it in `value`). */
export function exactValue(e: Extract<Expr, { k: 'num' }>): bigint { return e.wide ?? BigInt(e.value); }

/** The low 32 bits of a value, as a signed number. */
export function low32(v: bigint): number { return Number(BigInt.asIntN(32, v)); }

export function wrap64(v: bigint, t: Type): bigint { return isUnsigned(t) ? BigInt.asUintN(64, v) : BigInt.asIntN(64, v); }

/** Constant folding with 64-bit C semantics (shift counts taken mod 64); undefined for division by zero. */
export function foldWide(op: BinOp, a: bigint, b: bigint, unsigned: boolean): bigint | undefined {
  const res = (v: bigint) => (unsigned ? BigInt.asUintN(64, v) : BigInt.asIntN(64, v));
  switch (op) {
    case '+': return res(a + b);
    case '-': return res(a - b);
    case '*': return res(a * b);
    case '/': return b === 0n ? undefined : res(a / b);   // bigint division truncates toward zero, as C does
    case '%': return b === 0n ? undefined : res(a % b);
    case '&': return res(a & b);
    case '|': return res(a | b);
    case '^': return res(a ^ b);
    case '<<': return res(a << (b & 63n));
    case '>>': return res(a >> (b & 63n));              // a is already unsigned or signed as the type says
    case '==': return a === b ? 1n : 0n;
    case '!=': return a !== b ? 1n : 0n;
    case '<': return a < b ? 1n : 0n;
    case '<=': return a <= b ? 1n : 0n;
    case '>': return a > b ? 1n : 0n;
    case '>=': return a >= b ? 1n : 0n;
  }
}

export function truncate(v: number, t: Type): number {
  if (t.kind !== 'int') return v | 0;
  if (t.size === 1) return t.unsigned ? v & 0xff : (v << 24) >> 24;
  if (t.size === 2) return t.unsigned ? v & 0xffff : (v << 16) >> 16;
  return t.unsigned ? v >>> 0 : v | 0;
}

/** Constant folding with 32-bit C semantics; undefined for division by zero. */
export function foldBinary(op: BinOp, a: number, b: number, unsigned: boolean): number | undefined {
  const ua = a >>> 0, ub = b >>> 0;
  const res = (v: number) => (unsigned ? v >>> 0 : v | 0);
  switch (op) {
    case '+': return res(a + b);
    case '-': return res(a - b);
    case '*': return res(Math.imul(a, b));
    case '/': if (b === 0) return undefined; return unsigned ? Math.floor(ua / ub) >>> 0 : res(Math.trunc(a / b));
    case '%': if (b === 0) return undefined; return unsigned ? (ua % ub) >>> 0 : res(a % b);
    case '&': return res(a & b);
    case '|': return res(a | b);
    case '^': return res(a ^ b);
    case '<<': return res(a << (b & 31));
    case '>>': return unsigned ? ua >>> (b & 31) : a >> (b & 31);
    case '==': return a === b || ua === ub ? 1 : 0;
    case '!=': return a === b || ua === ub ? 0 : 1;
    case '<': return (unsigned ? ua < ub : a < b) ? 1 : 0;
    case '<=': return (unsigned ? ua <= ub : a <= b) ? 1 : 0;
    case '>': return (unsigned ? ua > ub : a > b) ? 1 : 0;
    case '>=': return (unsigned ? ua >= ub : a >= b) ? 1 : 0;
  }
}
