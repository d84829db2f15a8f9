// C types for the i386 target (ILP32): char 1, short 2, int/long/pointers 4,
// long long 8 (aligned to 4 inside structs, as the i386 System V ABI says).

export interface Member { name: string; type: Type; offset: number }

export type Type =
  | { kind: 'void' }
  | { kind: 'int'; size: 1 | 2 | 4 | 8; unsigned: boolean; name: string }
  | { kind: 'float'; size: 4 | 8; name: 'float' | 'double' | 'long double' }
  | { kind: 'ptr'; base: Type }
  | { kind: 'array'; base: Type; len: number } // len < 0: incomplete (int a[])
  | { kind: 'func'; ret: Type; params: Type[]; variadic: boolean; unprototyped: boolean }
  | StructType;

export interface StructType {
  kind: 'struct';
  tag: string | undefined;
  isUnion: boolean;
  members: Member[];
  size: number;
  align: number;
  complete: boolean;
}

export const VOID: Type = { kind: 'void' };
export const CHAR: Type = { kind: 'int', size: 1, unsigned: false, name: 'char' };
export const UCHAR: Type = { kind: 'int', size: 1, unsigned: true, name: 'unsigned char' };
export const SHORT: Type = { kind: 'int', size: 2, unsigned: false, name: 'short' };
export const USHORT: Type = { kind: 'int', size: 2, unsigned: true, name: 'unsigned short' };
export const INT: Type = { kind: 'int', size: 4, unsigned: false, name: 'int' };
export const UINT: Type = { kind: 'int', size: 4, unsigned: true, name: 'unsigned int' };
export const LONG: Type = { kind: 'int', size: 4, unsigned: false, name: 'long' };
export const ULONG: Type = { kind: 'int', size: 4, unsigned: true, name: 'unsigned long' };
export const LLONG: Type = { kind: 'int', size: 8, unsigned: false, name: 'long long' };
export const ULLONG: Type = { kind: 'int', size: 8, unsigned: true, name: 'unsigned long long' };
/** _Bool: one byte holding 0 or 1; converting to it compares with zero. */
export const BOOL: Type = { kind: 'int', size: 1, unsigned: true, name: '_Bool' };
/** IEEE single and double; long double is double here (8 bytes), not gcc's 12-byte x87 format. */
export const FLOAT: Type = { kind: 'float', size: 4, name: 'float' };
export const DOUBLE: Type = { kind: 'float', size: 8, name: 'double' };
export const LDOUBLE: Type = { kind: 'float', size: 8, name: 'long double' };
export const isBool = (t: Type): boolean => t.kind === 'int' && t.name === '_Bool';

export const pointerTo = (base: Type): Type => ({ kind: 'ptr', base });

// const: a qualified type is an object whose prototype is the unqualified
// type, with an own `isConst`. Everything else reads through to the base
// (a struct completed later is seen complete through its const version).
const constVersions = new WeakMap<Type, Type>();
export function isConst(t: Type): boolean { return Object.prototype.hasOwnProperty.call(t, 'isConst'); }
export function unqual(t: Type): Type { return isConst(t) ? (Object.getPrototypeOf(t) as Type) : t; }
export function constOf(t: Type): Type {
  if (isConst(t)) return t;
  let q = constVersions.get(t);
  if (!q) {
    q = Object.create(t, { isConst: { value: true, enumerable: false } }) as Type;
    constVersions.set(t, q);
  }
  return q;
}
/** `t` with `from`'s qualifiers added. */
export const withQualsOf = (t: Type, from: Type): Type => (isConst(from) ? constOf(t) : t);
/** Does writing an object of this type break a const (itself, or a member of a struct)? */
export function hasConstMember(t: Type): boolean {
  if (isConst(t)) return true;
  if (t.kind === 'array') return hasConstMember(t.base);
  if (t.kind === 'struct' && t.complete) return t.members.some((m) => hasConstMember(m.type));
  return false;
}
/** The same struct/union type, whatever the qualifiers. */
export const sameStruct = (a: Type, b: Type): boolean => a.kind === 'struct' && unqual(a) === unqual(b);
export const arrayOf = (base: Type, len: number): Type => ({ kind: 'array', base, len });

export const isInteger = (t: Type): t is Extract<Type, { kind: 'int' }> => t.kind === 'int';
export const isPointer = (t: Type): boolean => t.kind === 'ptr';
export const isFloat = (t: Type): t is Extract<Type, { kind: 'float' }> => t.kind === 'float';
/** Integer or floating: the operands of + - * / and the comparisons. */
export const isArith = (t: Type): boolean => t.kind === 'int' || t.kind === 'float';
export const isScalar = (t: Type): boolean => t.kind === 'int' || t.kind === 'ptr' || t.kind === 'float';
export const isPtrLike = (t: Type): boolean => t.kind === 'ptr' || t.kind === 'array';
export const isUnsigned = (t: Type): boolean => t.kind === 'ptr' || (t.kind === 'int' && t.unsigned);
/** A 64-bit integer: lives in EDX:EAX in the code generator. */
export const is64 = (t: Type): boolean => t.kind === 'int' && t.size === 8;

export function sizeOf(t: Type): number {
  switch (t.kind) {
    case 'void': return 1; // GNU-style: void* arithmetic steps by 1
    case 'int': case 'float': return t.size;
    case 'ptr': return 4;
    case 'array': return t.len < 0 ? 0 : t.len * sizeOf(t.base);
    case 'func': return 1;
    case 'struct': return t.size;
  }
}

export function alignOf(t: Type): number {
  switch (t.kind) {
    case 'int': case 'float': return Math.min(t.size, 4);
    case 'array': return alignOf(t.base);
    case 'struct': return t.align;
    default: return 4;
  }
}

export const alignTo = (n: number, a: number): number => Math.ceil(n / a) * a;

/** Is this type complete enough to have a size (for objects, sizeof, arithmetic)? */
export function isComplete(t: Type): boolean {
  if (t.kind === 'void' || t.kind === 'func') return false;
  if (t.kind === 'array') return t.len >= 0 && isComplete(t.base);
  if (t.kind === 'struct') return t.complete;
  return true;
}

/** Integer promotion: char/short become int. */
export function promote(t: Type): Type {
  t = unqual(t);
  if (t.kind === 'int' && t.size < 4) return INT;
  return t;
}

/**
 * Usual arithmetic conversions for two integer operands. long long can hold
 * every 32-bit value, so it wins over unsigned int; unsigned long long over all.
 */
export function commonType(a: Type, b: Type): Type {
  // A floating operand wins; the wider floating type of the two.
  if (a.kind === 'float' || b.kind === 'float') {
    const fa = a.kind === 'float' ? a.size : 0, fb = b.kind === 'float' ? b.size : 0;
    return unqual(fa >= fb ? a : b);
  }
  const pa = promote(a), pb = promote(b);
  if (is64(pa) || is64(pb)) return (is64(pa) && isUnsigned(pa)) || (is64(pb) && isUnsigned(pb)) ? ULLONG : LLONG;
  // long has int's size here, but keeps its rank (for diagnostics and -Wformat).
  const isLong = (t: Type) => t.kind === 'int' && t.size === 4 && t.name.includes('long');
  if (isLong(pa) || isLong(pb)) return isUnsigned(pa) || isUnsigned(pb) ? ULONG : LONG;
  return isUnsigned(pa) || isUnsigned(pb) ? UINT : INT;
}

/** gcc's spelling of the integer types in diagnostics. */
const GCC_INT_NAMES: Record<string, string> = {
  short: 'short int', 'unsigned short': 'short unsigned int', long: 'long int', 'unsigned long': 'long unsigned int',
  'long long': 'long long int', 'unsigned long long': 'long long unsigned int',
};

export function typeName(t: Type): string {
  if (isConst(t)) {
    const inner = typeName(unqual(t));
    return t.kind === 'ptr' ? `${inner} const` : `const ${inner}`;
  }
  switch (t.kind) {
    case 'void': return 'void';
    case 'int': return GCC_INT_NAMES[t.name] ?? t.name;
    case 'float': return t.name;
    case 'ptr': {
      // gcc's spelling: 'char **', 'int (*)(void)', 'int (*)[4]'.
      if (t.base.kind === 'func' || t.base.kind === 'array') return declaratorName(t.base, '(*)');
      const inner = typeName(t.base);
      return inner.endsWith('*') ? `${inner}*` : `${inner} *`;
    }
    case 'array': return `${typeName(t.base)}[${t.len < 0 ? '' : t.len}]`;
    case 'func': return declaratorName(t, '');
    case 'struct': return `${t.isUnion ? 'union' : 'struct'} ${t.tag ?? '<anonymous>'}`;
  }
}

/** An array or function type around a declarator text such as '(*)'. */
function declaratorName(t: Type, inner: string): string {
  const sep = inner ? ' ' : '';
  if (t.kind === 'array') return `${typeName(t.base)}${sep}${inner}[${t.len < 0 ? '' : t.len}]`;
  if (t.kind === 'func') {
    const params = t.params.length === 0 ? (t.unprototyped ? '' : 'void') : t.params.map(typeName).join(', ') + (t.variadic ? ', ...' : '');
    return `${typeName(t.ret)}${inner ? sep + inner : ' '}(${params})`;
  }
  return typeName(t);
}

/** Structural compatibility used for assignment checks and redeclarations (qualifiers of `a` and `b` themselves ignored). */
export function sameType(a: Type, b: Type): boolean {
  a = unqual(a); b = unqual(b);
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'void': return true;
    case 'int': { const bb = b as typeof a; return a.size === bb.size && a.unsigned === bb.unsigned; }
    case 'float': return a.name === (b as typeof a).name;
    case 'ptr': { const bb = (b as typeof a).base; return isConst(a.base) === isConst(bb) && sameType(a.base, bb); }
    case 'array': { const bb = b as typeof a; return (a.len === bb.len || a.len < 0 || bb.len < 0) && sameType(a.base, bb.base); }
    case 'func': {
      const bb = b as typeof a;
      if (!sameType(a.ret, bb.ret)) return false;
      if (a.unprototyped || bb.unprototyped) return true;
      return a.variadic === bb.variadic && a.params.length === bb.params.length && a.params.every((p, i) => sameType(p, bb.params[i]!));
    }
    case 'struct': return false; // distinct struct types are distinct (identity checked above)
  }
}

/** Array and function types decay to pointers in rvalue contexts. */
export function decay(t: Type): Type {
  if (t.kind === 'array') return pointerTo(t.base);
  if (t.kind === 'func') return pointerTo(t);
  return t;
}
