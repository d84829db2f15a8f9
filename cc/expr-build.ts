// Building typed expression nodes: C's implicit conversions, pointer
// arithmetic scaling and the type checks that go with each operator.
import type { BinOp, Expr, ExprBody, Var } from './ast.ts';
import type { Diagnostics, SrcPos } from './diagnostics.ts';
import {
  CHAR, INT, UINT, commonType, is64, isBool, isComplete, isInteger, isScalar, isUnsigned, pointerTo, promote, sameType,
  sizeOf, typeName, type Type,
} from './types.ts';

export const MAX_EXPR_DEPTH = 1000;

type Body = ExprBody;

export class ExprBuilder {
  constructor(private diags: Diagnostics, private newTemp: (t: Type, pos: SrcPos) => Var) {}

  mk(body: Body, type: Type, pos: SrcPos): Expr {
    const b = body as unknown as Record<string, unknown>;
    let depth = 0;
    for (const key of ['e', 'lhs', 'rhs', 'c', 'a', 'b', 'fn']) {
      const child = b[key] as Expr | undefined;
      if (child && child.depth > depth) depth = child.depth;
    }
    if (Array.isArray(b.args)) for (const a of b.args as Expr[]) if (a.depth > depth) depth = a.depth;
    if (depth + 1 > MAX_EXPR_DEPTH) this.diags.fatal(pos, 'expression is too deeply nested');
    return { ...(body as object), type, pos, depth: depth + 1 } as Expr;
  }

  /** A constant of `type`; a bigint is wrapped to the type's width, a number is taken as is. */
  num(value: number | bigint, pos: SrcPos, type: Type = INT): Expr {
    if (is64(type)) {
      const wide = wrap64(BigInt(value), type);
      return this.mk({ k: 'num', value: Number(wide), wide }, type, pos);
    }
    return this.mk({ k: 'num', value: typeof value === 'bigint' ? truncate(low32(value), type) : value }, type, pos);
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
      if (t.kind === 'struct' && e.type.kind === 'struct' && t === e.type) return e;
      this.diags.fatal(pos, `cannot convert '${typeName(e.type)}' to '${typeName(t)}'`);
    }
    if (t.kind === 'array' || t.kind === 'func') this.diags.fatal(pos, `cannot cast to '${typeName(t)}'`);
    if (isBool(t) && !isBool(e.type)) {
      // Any nonzero scalar becomes 1.
      const ne = this.binary('!=', e, this.num(0, pos), pos);
      return ne.k === 'num' ? this.num(ne.value, pos, t) : this.mk({ k: 'cast', e: ne }, t, pos);
    }
    if (sameType(e.type, t) && !(t.kind === 'int' && e.type.kind === 'int' && t.name !== e.type.name)) return e;
    if (e.k === 'num' && t.kind === 'int') return this.num(is64(t) ? exactValue(e) : truncate(low32(exactValue(e)), t), pos, t);
    return this.mk({ k: 'cast', e }, t, pos);
  }

  /** Condition of if/while/?:/&&/||: any scalar. */
  cond(e: Expr): Expr {
    e = this.rv(e);
    if (!isScalar(e.type)) this.diags.fatal(e.pos, `used '${typeName(e.type)}' where a scalar is required`);
    // A 64-bit condition becomes `e != 0`, so every consumer tests a 32-bit int.
    if (is64(e.type)) return this.binary('!=', e, this.num(0, e.pos), e.pos);
    return e;
  }

  private needInteger(e: Expr, op: string): void {
    if (!isInteger(e.type)) this.diags.fatal(e.pos, `invalid operand to '${op}' (have '${typeName(e.type)}')`);
  }

  private arith(op: BinOp, lhs: Expr, rhs: Expr, pos: SrcPos): Expr {
    const t = commonType(lhs.type, rhs.type);
    const l = this.cast(lhs, t), r = this.cast(rhs, t);
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
        if ((op === '/' || op === '%') && rhs.k === 'num' && rhs.value === 0 && lhs.k === 'num') this.diags.fatal(pos, 'division by zero in constant expression');
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
    if (base.kind === 'void' || base.kind === 'func') return 1;
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
    return this.mk({ k: 'addr', e }, pointerTo(e.type), pos);
  }

  assign(lhs: Expr, rhs0: Expr, pos: SrcPos): Expr {
    if (!this.isLvalue(lhs) || lhs.k === 'str') this.diags.fatal(pos, 'lvalue required as left operand of assignment');
    if (lhs.type.kind === 'array') this.diags.fatal(pos, `assignment to an expression with array type '${typeName(lhs.type)}'`);
    const rhs = this.rv(rhs0);
    if (lhs.type.kind === 'struct') {
      if (rhs.type !== lhs.type) this.diags.fatal(pos, `incompatible types when assigning to type '${typeName(lhs.type)}' from type '${typeName(rhs.type)}'`);
      return this.mk({ k: 'assign', lhs, rhs }, lhs.type, pos);
    }
    if (rhs.type.kind === 'struct') this.diags.fatal(pos, `incompatible types when assigning to type '${typeName(lhs.type)}' from type '${typeName(rhs.type)}'`);
    return this.mk({ k: 'assign', lhs, rhs: this.cast(rhs, lhs.type, pos) }, lhs.type, pos);
  }

  /** `a op= b`, evaluating the address of `a` only once. */
  compoundAssign(op: BinOp, lhs: Expr, rhs: Expr, pos: SrcPos): Expr {
    if (!this.isLvalue(lhs)) this.diags.fatal(pos, 'lvalue required as left operand of assignment');
    if (lhs.k === 'var') return this.assign(lhs, this.binary(op, lhs, rhs, pos), pos);
    const tmp = this.newTemp(pointerTo(lhs.type), pos);
    const tv = this.mk({ k: 'var', v: tmp }, tmp.type, pos);
    const setTmp = this.assign(tv, this.addr(lhs, pos), pos);
    const target = this.mk({ k: 'deref', e: tv }, lhs.type, pos);
    return this.mk({ k: 'comma', lhs: setTmp, rhs: this.assign(target, this.binary(op, target, rhs, pos), pos) }, lhs.type, pos);
  }

  /** Post-increment/decrement: `(a += 1) - 1` converted back to a's type. */
  postIncDec(lhs: Expr, delta: number, pos: SrcPos): Expr {
    if (lhs.type.kind !== 'ptr' && lhs.type.kind !== 'int') this.diags.fatal(pos, `wrong type argument to ${delta > 0 ? 'increment' : 'decrement'}`);
    const one = this.num(1, pos);
    const updated = this.compoundAssign(delta > 0 ? '+' : '-', lhs, one, pos);
    return this.cast(this.binary(delta > 0 ? '-' : '+', updated, one, pos), lhs.type, pos);
  }

  member(e: Expr, name: string, pos: SrcPos): Expr {
    if (e.type.kind !== 'struct') this.diags.fatal(pos, `request for member '${name}' in something not a structure or union`);
    if (!e.type.complete) this.diags.fatal(pos, `invalid use of incomplete type '${typeName(e.type)}'`);
    const m = e.type.members.find((x) => x.name === name);
    if (!m) this.diags.fatal(pos, `'${typeName(e.type)}' has no member named '${name}'`);
    return this.mk({ k: 'member', e, member: m }, m.type, pos);
  }

  stringType(len: number): Type { return { kind: 'array', base: CHAR, len }; }
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
