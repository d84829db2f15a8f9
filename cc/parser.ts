// Parser: preprocessed tokens → typed AST (declarations, statements,
// expressions), recursive descent in the shape of the C grammar.
import type { Expr, Func, Program, Stmt, Var, BinOp } from './ast.ts';
import { Diagnostics, ParseAbort, type SrcPos } from './diagnostics.ts';
import { ExprBuilder, exactValue } from './expr-build.ts';
import { checkFormat } from './format-check.ts';
import { GlobalInitWriter, parseInitializer, lowerLocalInit, type Init } from './initializer.ts';
import type { Token } from './lexer.ts';
import { bytesToText, decodeEscapes, isFloatLiteral, parseCharLiteral, parseFloatLiteral, parseIntLiteral, type IntLiteralType } from './literals.ts';
import { Scopes } from './scope.ts';
import {
  BOOL, CHAR, INT, LLONG, LONG, SHORT, UCHAR, UINT, ULLONG, ULONG, USHORT, VOID, alignOf, alignTo, arrayOf, commonType,
  DOUBLE, FLOAT, LDOUBLE, constOf, isArith, isComplete, isConst, isInteger, pointerTo, promote, sameStruct, sameType, sizeOf, typeName, unqual,
  type StructType, type Type, type Member,
} from './types.ts';

const KEYWORDS = new Set([
  'auto', 'break', 'case', 'char', 'const', 'continue', 'default', 'do', 'double', 'else', 'enum', 'extern',
  'float', 'for', 'goto', 'if', 'inline', 'int', 'long', 'register', 'restrict', 'return', 'short', 'signed',
  'sizeof', 'static', 'struct', 'switch', 'typedef', 'union', 'unsigned', 'void', 'volatile', 'while',
  'asm', '__asm__', '__asm', '_Bool', '__inline', '__inline__', '__volatile__', '__const', '__restrict',
]);

const TYPE_WORDS = new Set([
  'void', 'char', 'short', 'int', 'long', 'signed', 'unsigned', 'struct', 'union', 'enum', 'typedef', 'static',
  'extern', 'const', 'volatile', 'auto', 'register', 'inline', 'restrict', 'float', 'double', '_Bool',
  '__inline', '__inline__', '__const', '__restrict', '__volatile__',
]);

const MAX_NESTING = 200;

type Storage = 'typedef' | 'static' | 'extern' | undefined;
interface DeclSpec { type: Type; storage: Storage; typedefName?: string }
interface Declarator {
  type: Type; name?: string; pos: SrcPos; paramNames?: (string | undefined)[]; paramPos?: SrcPos[];
  /** The typedef name the declaration's whole type was spelled with (for the debug info). */
  typedefName?: string; paramTypedefs?: (string | undefined)[];
}

/** Per-translation-unit naming: statics and string labels get a unit prefix so units never clash. */
export interface UnitNaming { prefix: string }

export function parseProgram(toks: Token[], naming: UnitNaming, diags: Diagnostics): Program {
  return new Parser(toks, naming, diags).program();
}

class Parser {
  private k = 0;
  private scopes = new Scopes();
  private b: ExprBuilder;
  private prog: Program = { funcs: [], globals: [], strings: [], topAsm: [], referenced: new Set(), unitPrefix: '', typedefs: [] };
  private fn: Func | undefined;
  private labelCount = 0;
  private nesting = 0;
  private brk: string[] = [];
  private cont: string[] = [];
  private switches: { type: Type; cases: { value: bigint; label: string }[]; dflt?: string; pos: SrcPos }[] = [];
  private userLabels = new Map<string, { defined: boolean; pos: SrcPos }>();
  private staticCount = 0;
  /** The current function's own variables, for -Wunused-variable and -Wuninitialized. */
  private usage = new Map<Var, { refs: Expr[]; written: boolean; writes: Set<Expr>; auto: boolean }>();
  /** Inside sizeof: a variable named there is used but not read. */
  private unevaluated = 0;

  constructor(private toks: Token[], private naming: UnitNaming, private diags: Diagnostics) {
    this.prog.unitPrefix = `__s${naming.prefix}_`;
    this.b = new ExprBuilder(diags, (t, pos) => this.newLocal(`tmp${this.labelCount++}`, t, pos), {
      written: (e) => { const u = this.usage.get(e.v); if (u) { u.written = true; u.writes.add(e); } },
      isParam: (v) => this.fn?.params.includes(v) ?? false,
    });
  }

  // ---- token helpers ----
  private get tok(): Token { return this.toks[this.k]!; }
  private peek(n = 1): Token { return this.toks[Math.min(this.k + n, this.toks.length - 1)]!; }
  private is(text: string): boolean { const t = this.tok; return (t.kind === 'punct' || t.kind === 'ident') && t.text === text; }
  private next(): Token { const t = this.tok; if (t.kind !== 'eof') this.k++; return t; }
  private consume(text: string): boolean { if (this.is(text)) { this.k++; return true; } return false; }
  private expect(text: string, what?: string): Token {
    if (this.is(text)) return this.next();
    const t = this.tok;
    return this.diags.fatal(t.pos, `expected '${text}'${what ? ' ' + what : ''} before ${describe(t)}`);
  }
  private ident(what: string): Token {
    const t = this.tok;
    if (t.kind !== 'ident' || KEYWORDS.has(t.text)) this.diags.fatal(t.pos, `expected ${what} before ${describe(t)}`);
    return this.next();
  }
  private newLabel(): string { return `.L${++this.labelCount}`; }
  private enterNesting(pos: SrcPos): void {
    if (++this.nesting > MAX_NESTING) this.diags.fatal(pos, 'code is nested too deeply');
  }

  // ---- program ----
  program(): Program {
    while (this.tok.kind !== 'eof') {
      const start = this.k;
      try { this.topLevel(); } catch (e) {
        if (!(e instanceof ParseAbort)) throw e;
        this.nesting = 0; this.fn = undefined;
        while (this.scopeDepth > 0) this.leaveScope(); // back to file scope
        this.recoverTopLevel(start);
      }
    }
    this.prog.usesFloat = this.b.usesFloat;
    return this.prog;
  }

  private scopeDepth = 0;
  private enterScope(): void { this.scopes.enter(); this.scopeDepth++; }
  private leaveScope(): void { this.scopes.leave(); this.scopeDepth--; }

  /** Skip to the end of the broken declaration: a `;` or a closing `}` at brace depth 0. */
  private recoverTopLevel(start: number): void {
    if (this.k === start) this.next();
    let depth = 0;
    // Rewind far enough to count the braces we were inside.
    for (let i = start; i < this.k; i++) {
      const t = this.toks[i]!;
      if (t.kind === 'punct' && t.text === '{') depth++;
      if (t.kind === 'punct' && t.text === '}') depth = Math.max(0, depth - 1);
    }
    while (this.tok.kind !== 'eof') {
      const t = this.next();
      if (t.kind !== 'punct') continue;
      if (t.text === '{') depth++;
      else if (t.text === '}') { depth--; if (depth <= 0) return; }
      else if (t.text === ';' && depth === 0) return;
    }
  }

  private recoverStatement(): void {
    let depth = 0;
    while (this.tok.kind !== 'eof') {
      const t = this.tok;
      if (t.kind === 'punct') {
        if (t.text === '{') depth++;
        else if (t.text === '}') { if (depth === 0) return; depth--; if (depth === 0) { this.next(); return; } }
        else if (t.text === ';' && depth === 0) { this.next(); return; }
      }
      this.next();
    }
  }

  private topLevel(): void {
    if (this.consume(';')) return;
    if (this.is('asm') || this.is('__asm__') || this.is('__asm')) {
      this.prog.topAsm.push(this.asmBody());
      this.expect(';');
      return;
    }
    const pos = this.tok.pos;
    if (!this.isTypeStart()) this.diags.fatal(pos, `expected a declaration before ${describe(this.tok)}`);
    const spec = this.declSpec();
    if (this.consume(';')) return; // struct/enum declaration only
    let first = true;
    for (;;) {
      const d = this.typedefNamed(this.declarator(spec.type), spec);
      if (!d.name) this.diags.fatal(d.pos, 'expected identifier in declaration');
      if (spec.storage === 'typedef') this.declareTypedef(d);
      else if (d.type.kind === 'func') {
        const v = this.declareFunction(d, spec.storage);
        if (first && this.is('{')) { this.funcDef(v, d); return; }
      } else this.globalVar(d, spec.storage);
      first = false;
      if (this.consume(';')) return;
      this.expect(',', 'or \';\'');
    }
  }

  /** Notes the typedef name when the declarator added nothing to the specifiers' type. */
  private typedefNamed(d: Declarator, spec: DeclSpec): Declarator {
    if (spec.typedefName !== undefined && d.type === spec.type) d.typedefName = spec.typedefName;
    return d;
  }

  private declareTypedef(d: Declarator): void {
    const prev = this.scopes.lookupCurrent(d.name!);
    if (prev && (prev.kind !== 'typedef' || !sameType(prev.type, d.type)))
      this.diags.error(d.pos, `'${d.name}' redeclared as different kind of symbol`);
    this.scopes.declare(d.name!, { kind: 'typedef', type: d.type });
    this.prog.typedefs.push({ name: d.name!, type: d.type, line: d.pos.line });
  }

  private asmName(name: string, isStatic: boolean): string {
    return isStatic ? `__s${this.naming.prefix}_${name}` : name;
  }

  /** A name with linkage declared before: at file scope, or by a block-scope extern (C11 6.2.2). */
  private linked(name: string): ReturnType<Scopes['lookup']> {
    const b = this.scopes.lookupFile(name);
    if (b) return b;
    const v = this.blockExterns.get(name);
    return v && { kind: 'var', v };
  }

  /** Declarations with linkage made inside a block: visible only there, but the same object as a later file-scope one. */
  private blockExterns = new Map<string, Var>();

  private declareFunction(d: Declarator, storage: Storage): Var {
    const name = d.name!;
    const prev = this.linked(name);
    if (prev) {
      if (prev.kind !== 'var' || prev.v.type.kind !== 'func') this.diags.fatal(d.pos, `'${name}' redeclared as different kind of symbol`);
      if (!sameType(prev.v.type, d.type)) this.diags.fatal(d.pos, `conflicting types for '${name}'`);
      if (storage === 'static' && !prev.v.isStatic) this.diags.error(d.pos, `static declaration of '${name}' follows non-static declaration`);
      if (storage === 'static' && !this.scopes.atFileScope) this.diags.error(d.pos, `invalid storage class for function '${name}'`);
      if (this.scopes.atFileScope && !this.scopes.lookupFile(name)) this.scopes.declareFile(name, prev);
      // A prototype after an unprototyped declaration refines it.
      if (prev.v.type.kind === 'func' && prev.v.type.unprototyped) prev.v.type = d.type;
      if (!this.scopes.atFileScope) this.scopes.declare(name, prev);
      return prev.v;
    }
    if (d.type.kind === 'func' && d.type.ret.kind === 'array') this.diags.fatal(d.pos, `'${name}' declared as function returning an array`);
    if (storage === 'static' && !this.scopes.atFileScope) this.diags.error(d.pos, `invalid storage class for function '${name}'`);
    const isStatic = storage === 'static';
    const v: Var = {
      name, type: d.type, isLocal: false, offset: 0, asmName: this.asmName(name, isStatic),
      isStatic, isExtern: !isStatic, isDefined: false, pos: d.pos,
    };
    if (this.scopes.atFileScope) this.scopes.declareFile(name, { kind: 'var', v });
    else { this.blockExterns.set(name, v); this.scopes.declare(name, { kind: 'var', v }); }
    return v;
  }

  private globalVar(d: Declarator, storage: Storage): Var {
    const name = d.name!;
    const prev = this.linked(name);
    let v: Var;
    if (prev) {
      if (prev.kind !== 'var' || prev.v.type.kind === 'func') this.diags.fatal(d.pos, `'${name}' redeclared as different kind of symbol`);
      v = prev.v;
      if (!sameType(v.type, d.type)) this.diags.fatal(d.pos, `conflicting types for '${name}'; have '${typeName(d.type)}'`);
      if (isConst(v.type) !== isConst(d.type)) this.diags.fatal(d.pos, `conflicting type qualifiers for '${name}'`);
      // C11 6.2.2: `extern` takes the earlier linkage; no storage class means external linkage.
      if (storage === 'static' && !v.isStatic) this.diags.error(d.pos, `static declaration of '${name}' follows non-static declaration`);
      if (storage === undefined && v.isStatic) this.diags.error(d.pos, `non-static declaration of '${name}' follows static declaration`);
      if (v.type.kind === 'array' && v.type.len < 0) v.type = d.type;
      if (this.scopes.atFileScope && !this.scopes.lookupFile(name)) this.scopes.declareFile(name, prev);
    } else {
      const isStatic = storage === 'static';
      v = {
        name, type: d.type, isLocal: false, offset: 0, asmName: this.asmName(name, isStatic), isStatic,
        isExtern: true, isDefined: false, pos: d.pos,
      };
      if (this.scopes.atFileScope) this.scopes.declareFile(name, { kind: 'var', v });
      else this.blockExterns.set(name, v);
      this.prog.globals.push(v);
    }
    if (d.type.kind === 'void') this.diags.fatal(d.pos, `variable '${name}' declared void`);
    v.typedefName ??= d.typedefName;
    if (this.consume('=')) {
      if (v.init) this.diags.fatal(d.pos, `redefinition of '${name}'`);
      this.defineGlobalData(v, d.pos);
    } else if (storage !== 'extern') {
      v.isExtern = false;
      v.isDefined = true;
    }
    if (v.isDefined && !isComplete(v.type) && !(v.type.kind === 'array' && v.type.len < 0 && !v.init))
      this.diags.fatal(d.pos, `storage size of '${name}' isn't known`);
    return v;
  }

  private defineGlobalData(v: Var, pos: SrcPos): void {
    const init = parseInitializer(this.initCtx(), v.type);
    if (v.type.kind === 'array' && v.type.len < 0) v.type = arrayOf(v.type.base, init.arrayLen ?? 0);
    if (!isComplete(v.type)) this.diags.fatal(pos, `storage size of '${v.name}' isn't known`);
    const w = new GlobalInitWriter(sizeOf(v.type), this.diags, (label) => this.prog.referenced.add(label));
    w.write(init.init, v.type, 0);
    v.init = w.result();
    v.isExtern = false;
    v.isDefined = true;
  }

  private initCtx() {
    return {
      diags: this.diags,
      b: this.b,
      tok: () => this.tok,
      is: (t: string) => this.is(t),
      consume: (t: string) => this.consume(t),
      expect: (t: string) => this.expect(t),
      assign: () => this.assign(),
      peek: (n: number) => this.peek(n),
    };
  }

  private funcDef(v: Var, d: Declarator): void {
    const ft = v.type as Extract<Type, { kind: 'func' }>;
    if (v.isDefined) this.diags.fatal(d.pos, `redefinition of '${v.name}'`);
    v.isDefined = true;
    v.isExtern = false;
    const fn: Func = {
      name: v.name, asmName: v.asmName, type: d.type as Extract<Type, { kind: 'func' }>, isStatic: v.isStatic,
      params: [], locals: [], body: { k: 'block', body: [], pos: d.pos }, stackSize: 0, pos: d.pos,
    };
    if (ft.ret.kind === 'struct' && !isComplete(ft.ret)) this.diags.fatal(d.pos, `return type is an incomplete type '${typeName(ft.ret)}'`);
    this.fn = fn;
    this.userLabels = new Map();
    this.usage = new Map();
    const errorsBefore = this.diags.realErrors;
    this.enterScope();
    if (fn.type.ret.kind === 'struct') fn.retBuf = this.newLocal('__retbuf', pointerTo(fn.type.ret), d.pos, false, true);
    (d.paramNames ?? []).forEach((name, i) => {
      const t = fn.type.params[i]!;
      const pos = d.paramPos?.[i] ?? d.pos;
      if (!name) this.diags.fatal(pos, 'parameter name omitted');
      if (d.paramNames!.indexOf(name) !== i) return; // reported as a redefinition of the parameter
      if (!isComplete(t)) this.diags.fatal(pos, `parameter '${name}' has incomplete type`);
      const param = this.newLocal(name, t, pos, true, true);
      param.typedefName = d.paramTypedefs?.[i];
      fn.params.push(param);
    });
    const body = this.compound(true);
    const close = this.toks[this.k - 1]!.pos;
    this.leaveScope();
    // After an error in the body, what it left out would only cause noise.
    const clean = this.diags.realErrors === errorsBefore;
    if (clean) this.usageWarnings();
    if (clean && fn.type.ret.kind !== 'void' && fn.name !== 'main' && fallsThrough(body))
      this.diags.warn(close, 'return-type', 'control reaches end of non-void function');
    for (const [name, l] of this.userLabels) if (!l.defined) this.diags.error(l.pos, `label '${name}' used but not defined`);
    fn.body = body;
    this.prog.funcs.push(fn);
    this.fn = undefined;
  }

  private usageWarnings(): void {
    for (const [v, u] of this.usage) {
      if (u.refs.length === 0) this.diags.warn(v.pos, 'unused-variable', `unused variable '${v.name}'`);
      else if (u.auto && !u.written && (v.type.kind === 'int' || v.type.kind === 'ptr' || v.type.kind === 'float')) {
        const read = u.refs.find((r) => !u.writes.has(r));
        if (read) this.diags.warn(read.pos, 'uninitialized', `'${v.name}' is used uninitialized`);
      }
    }
  }

  private newLocal(name: string, type: Type, pos: SrcPos, declare = false, isParam = false): Var {
    const v: Var = { name, type, isLocal: true, offset: 0, asmName: '', isStatic: false, isExtern: false, isDefined: true, pos };
    if (!this.fn) this.diags.fatal(pos, 'temporary outside a function');
    if (!isParam) this.fn.locals.push(v);
    if (declare) {
      if (this.scopes.lookupCurrent(name)) this.diags.error(pos, `redefinition of '${name}'`);
      this.scopes.declare(name, { kind: 'var', v });
    }
    return v;
  }

  // ---- declaration specifiers and declarators ----
  private isTypeStart(): boolean {
    const t = this.tok;
    if (t.kind !== 'ident') return false;
    if (TYPE_WORDS.has(t.text)) return true;
    const b = this.scopes.lookup(t.text);
    return b?.kind === 'typedef';
  }

  private declSpec(): DeclSpec {
    const spec = this.declSpecInner();
    return this.specConst ? { ...spec, type: constOf(spec.type) } : spec;
  }

  private specConst = false;

  private declSpecInner(): DeclSpec {
    this.specConst = false;
    let isConstQ = false;
    let storage: Storage;
    const counts = { void: 0, char: 0, short: 0, int: 0, long: 0, signed: 0, unsigned: 0, float: 0, double: 0 };
    let other: Type | undefined;
    let typedefName: string | undefined;
    const start = this.tok.pos;
    for (;;) {
      const t = this.tok;
      if (t.kind !== 'ident') break;
      const w = t.text;
      if (w === 'typedef' || w === 'static' || w === 'extern') {
        if (storage && storage !== w) this.diags.fatal(t.pos, 'multiple storage classes in declaration specifiers');
        storage = w; this.next(); continue;
      }
      if (w === 'const' || w === '__const') isConstQ = true;
      if (['const', 'volatile', 'auto', 'register', 'inline', 'restrict', '__inline', '__inline__', '__const', '__restrict', '__volatile__'].includes(w)) { this.next(); continue; }
      if (w === '_Bool') {
        if (other || Object.values(counts).some((n) => n > 0)) this.diags.fatal(t.pos, 'two or more data types in declaration specifiers');
        this.next(); other = BOOL; continue;
      }
      if (w in counts) {
        if (other) this.diags.fatal(t.pos, 'two or more data types in declaration specifiers');
        counts[w as keyof typeof counts]++; this.next(); continue;
      }
      if (w === 'struct' || w === 'union') {
        if (other || Object.values(counts).some((n) => n > 0)) this.diags.fatal(t.pos, 'two or more data types in declaration specifiers');
        this.next(); other = this.structDecl(w === 'union', t.pos); continue;
      }
      if (w === 'enum') {
        if (other || Object.values(counts).some((n) => n > 0)) this.diags.fatal(t.pos, 'two or more data types in declaration specifiers');
        this.next(); other = this.enumDecl(); continue;
      }
      const b = this.scopes.lookup(w);
      if (b?.kind === 'typedef' && !other && Object.values(counts).every((n) => n === 0)) { other = b.type; typedefName = w; this.next(); continue; }
      break;
    }
    this.specConst = isConstQ;
    if (other) return { type: other, storage, typedefName };
    const c = counts;
    if (c.long > 2) this.diags.fatal(start, "'long long long' is too long");
    if (c.signed && c.unsigned) this.diags.fatal(start, "both 'signed' and 'unsigned' in declaration specifiers");
    if (c.float || c.double) {
      // float, double, long double: nothing else may join them.
      const fname = c.float ? 'float' : 'double';
      // gcc names a modifier that cannot go with the floating type.
      for (const m of ['long', 'short', 'signed', 'unsigned'] as const)
        if (c[m] > (m === 'long' && c.double && !c.float ? 1 : 0)) this.diags.fatal(start, `both '${m}' and '${fname}' in declaration specifiers`);
      if (c.float + c.double > 1 || c.char + c.int + c.void > 0) this.diags.fatal(start, 'two or more data types in declaration specifiers');
      return { type: c.float ? FLOAT : c.long ? LDOUBLE : DOUBLE, storage };
    }
    if (c.void) {
      if (c.char + c.short + c.int + c.long + c.signed + c.unsigned > 0 || c.void > 1) this.diags.fatal(start, 'two or more data types in declaration specifiers');
      return { type: VOID, storage };
    }
    if (c.char > 1 || c.short > 1 || c.int > 1 || (c.char && (c.short || c.int || c.long)) || (c.short && c.long))
      this.diags.fatal(start, 'two or more data types in declaration specifiers');
    let type: Type;
    if (c.char) type = c.unsigned ? UCHAR : CHAR;
    else if (c.short) type = c.unsigned ? USHORT : SHORT;
    else if (c.long === 2) type = c.unsigned ? ULLONG : LLONG;
    else if (c.long) type = c.unsigned ? ULONG : LONG;
    else if (c.int || c.signed || c.unsigned) type = c.unsigned ? UINT : INT;
    else {
      if (storage) return { type: INT, storage }; // `static x;` means int
      return this.diags.fatal(start, `expected a type before ${describe(this.tok)}`);
    }
    return { type, storage };
  }

  private structDecl(isUnion: boolean, pos: SrcPos): Type {
    let tag: string | undefined;
    if (this.tok.kind === 'ident' && !KEYWORDS.has(this.tok.text)) tag = this.next().text;
    if (!tag && !this.is('{')) this.diags.fatal(this.tok.pos, `expected '{' or a tag after '${isUnion ? 'union' : 'struct'}'`);
    const kw = isUnion ? 'union' : 'struct';
    if (!this.is('{')) {
      // Reference (or forward declaration with a following `;`).
      const fwd = this.is(';');
      const existing = fwd ? this.scopes.lookupTagCurrent(tag!) : this.scopes.lookupTag(tag!);
      if (existing) {
        if (existing.kind !== 'struct' || existing.type.isUnion !== isUnion) this.diags.fatal(pos, `'${tag}' defined as wrong kind of tag`);
        return existing.type;
      }
      const st: StructType = { kind: 'struct', tag, isUnion, members: [], size: 0, align: 1, complete: false };
      this.scopes.declareTag(tag!, { kind: 'struct', type: st });
      return st;
    }
    this.next(); // {
    let st: StructType;
    const existing = tag ? this.scopes.lookupTagCurrent(tag) : undefined;
    if (existing) {
      if (existing.kind !== 'struct' || existing.type.isUnion !== isUnion) this.diags.fatal(pos, `'${tag}' defined as wrong kind of tag`);
      if (existing.type.complete) this.diags.fatal(pos, `redefinition of '${kw} ${tag}'`);
      st = existing.type;
    } else {
      st = { kind: 'struct', tag, isUnion, members: [], size: 0, align: 1, complete: false };
      if (tag) this.scopes.declareTag(tag, { kind: 'struct', type: st });
    }
    const members: Member[] = [];
    let offset = 0, size = 0, align = 1;
    while (!this.consume('}')) {
      if (this.tok.kind === 'eof') this.diags.fatal(this.tok.pos, `expected '}' at end of ${kw} definition`);
      const spec = this.declSpec();
      if (spec.storage) this.diags.fatal(this.tok.pos, `storage class in ${kw} member`);
      if (this.consume(';')) {
        // Anonymous struct/union member: lift its members.
        if (spec.type.kind === 'struct' && !spec.type.tag) {
          const inner = spec.type;
          const a = inner.align;
          const at = isUnion ? 0 : alignTo(offset, a);
          for (const m of inner.members) members.push({ name: m.name, type: m.type, offset: at + m.offset });
          if (!isUnion) offset = at + inner.size;
          size = Math.max(size, at + inner.size); align = Math.max(align, a);
        }
        continue;
      }
      for (;;) {
        const d = this.typedefNamed(this.declarator(spec.type), spec);
        if (this.is(':')) this.diags.fatal(this.tok.pos, 'bit-fields are not supported');
        if (!d.name) this.diags.fatal(d.pos, 'expected member name');
        if (d.type.kind === 'func') this.diags.fatal(d.pos, `member '${d.name}' declared as a function`);
        if (!isComplete(d.type)) {
          // A flexible array member is allowed last.
          if (!(d.type.kind === 'array' && d.type.len < 0 && isComplete(d.type.base))) this.diags.fatal(d.pos, `member '${d.name}' has incomplete type`);
        }
        if (members.some((m) => m.name === d.name)) this.diags.fatal(d.pos, `duplicate member '${d.name}'`);
        const a = alignOf(d.type);
        const at = isUnion ? 0 : alignTo(offset, a);
        const msize = d.type.kind === 'array' && d.type.len < 0 ? 0 : sizeOf(d.type);
        members.push({ name: d.name, type: d.type, offset: at });
        if (!isUnion) offset = at + msize;
        size = Math.max(size, at + msize); align = Math.max(align, a);
        if (this.consume(',')) continue;
        this.expect(';', `after member '${d.name}'`);
        break;
      }
    }
    st.members = members;
    st.align = align;
    st.size = alignTo(size, align);
    st.complete = true;
    return st;
  }

  private definedEnums = new WeakSet<object>();

  private enumDecl(): Type {
    let tag: string | undefined;
    if (this.tok.kind === 'ident' && !KEYWORDS.has(this.tok.text)) tag = this.next().text;
    if (!this.consume('{')) {
      if (!tag) this.diags.fatal(this.tok.pos, "expected '{' after 'enum'");
      const ex = this.scopes.lookupTag(tag);
      if (ex && ex.kind !== 'enum') this.diags.fatal(this.tok.pos, `'${tag}' defined as wrong kind of tag`);
      return INT;
    }
    if (tag) {
      const ex = this.scopes.lookupTagCurrent(tag);
      if (ex?.kind === 'struct') this.diags.fatal(this.tok.pos, `'${tag}' defined as wrong kind of tag`);
      if (ex?.kind === 'enum' && this.definedEnums.has(ex)) this.diags.fatal(this.tok.pos, `redeclaration of 'enum ${tag}'`);
      const b = { kind: 'enum' as const };
      this.definedEnums.add(b);
      this.scopes.declareTag(tag, b);
    }
    let value = 0;
    while (!this.consume('}')) {
      const nameTok = this.ident('an enumerator name');
      if (this.consume('=')) value = this.constExpr();
      if (this.scopes.lookupCurrent(nameTok.text)) this.diags.error(nameTok.pos, `redeclaration of '${nameTok.text}'`);
      this.scopes.declare(nameTok.text, { kind: 'enumconst', value });
      value = (value + 1) | 0;
      if (this.consume('}')) break;
      this.expect(',', 'in enumerator list');
    }
    return INT;
  }

  private pointers(t: Type): Type {
    while (this.consume('*')) {
      t = pointerTo(t);
      while (['const', 'volatile', 'restrict', '__restrict', '__const'].some((q) => this.is(q))) {
        if (this.is('const') || this.is('__const')) t = constOf(t);
        this.next();
      }
    }
    return t;
  }

  /** A declarator (possibly abstract): pointers, a name or (nested declarator), then array/function suffixes. */
  declarator(base: Type, abstract = false): Declarator {
    const pos0 = this.tok.pos;
    this.enterNesting(pos0);
    try {
      let t = this.pointers(base);
      if (this.is('(') && (this.peek().text === '*' || this.peek().text === '(' || (this.peek().kind === 'ident' && !this.isTypeName(this.peek())))) {
        // Nested declarator: parse what follows the parentheses first, then come back.
        const open = this.k;
        this.next();
        this.skipBalanced();
        const outer = this.suffix(t);
        const end = this.k;
        this.k = open + 1;
        const inner = this.declarator(outer.type, abstract);
        this.expect(')');
        this.k = end;
        return { ...inner, paramNames: inner.paramNames ?? outer.paramNames, paramPos: inner.paramPos ?? outer.paramPos, paramTypedefs: inner.paramTypedefs ?? outer.paramTypedefs };
      }
      let name: string | undefined;
      let pos = this.tok.pos;
      if (this.tok.kind === 'ident' && !KEYWORDS.has(this.tok.text) && !(abstract && this.isTypeName(this.tok))) {
        const t0 = this.next(); name = t0.text; pos = t0.pos;
      } else if (!abstract && this.tok.kind === 'ident' && KEYWORDS.has(this.tok.text)) {
        this.diags.fatal(this.tok.pos, `expected identifier before '${this.tok.text}'`);
      }
      const outerName = this.declName;
      this.declName = name;
      let s: ReturnType<Parser['suffix']>;
      try { s = this.suffix(t); } finally { this.declName = outerName; }
      return { type: s.type, name, pos, paramNames: s.paramNames, paramPos: s.paramPos, paramTypedefs: s.paramTypedefs };
    } finally { this.nesting--; }
  }

  /** The name being declared, for gcc's wording of array size errors. */
  private declName: string | undefined;

  private isTypeName(t: Token): boolean {
    if (t.kind !== 'ident') return false;
    if (TYPE_WORDS.has(t.text)) return true;
    return this.scopes.lookup(t.text)?.kind === 'typedef';
  }

  private skipBalanced(): void {
    let depth = 1;
    while (depth > 0) {
      const t = this.next();
      if (t.kind === 'eof') this.diags.fatal(t.pos, "expected ')'");
      if (t.text === '(' && t.kind === 'punct') depth++;
      if (t.text === ')' && t.kind === 'punct') depth--;
    }
  }

  private suffix(t: Type): { type: Type; paramNames?: (string | undefined)[]; paramPos?: SrcPos[]; paramTypedefs?: (string | undefined)[] } {
    if (this.is('(')) {
      const pos = this.next().pos;
      const params: Type[] = [];
      const names: (string | undefined)[] = [];
      const poss: SrcPos[] = [];
      const typedefs: (string | undefined)[] = [];
      let variadic = false;
      let unprototyped = false;
      if (this.is('void') && this.peek().text === ')') { this.next(); this.next(); }
      else if (this.consume(')')) unprototyped = true;
      else {
        this.enterScope();
        try {
          for (;;) {
            if (this.consume('...')) { variadic = true; this.expect(')'); break; }
            if (!this.isTypeStart()) this.diags.fatal(this.tok.pos, `expected parameter type before ${describe(this.tok)}`);
            const spec = this.declSpec();
            let d = this.declarator(spec.type, true);
            if (d.type.kind === 'void') this.diags.fatal(d.pos, "'void' must be the only parameter");
            // Arrays and functions as parameters are pointers.
            if (d.type.kind === 'array') d = { ...d, type: pointerTo(d.type.base) };
            else if (d.type.kind === 'func') d = { ...d, type: pointerTo(d.type) };
            if (d.name !== undefined && names.includes(d.name)) this.diags.error(d.pos, `redefinition of parameter '${d.name}'`);
            params.push(d.type); names.push(d.name); poss.push(d.pos);
            typedefs.push(spec.typedefName !== undefined && d.type === spec.type ? spec.typedefName : undefined);
            if (this.consume(')')) break;
            this.expect(',', 'or \')\' in parameter list');
          }
        } finally { this.leaveScope(); }
      }
      const rest = this.suffix(t);
      if (rest.type.kind === 'func') this.diags.fatal(pos, 'function returning a function');
      if (rest.type.kind === 'array') this.diags.fatal(pos, 'function returning an array');
      return { type: { kind: 'func', ret: rest.type, params, variadic, unprototyped }, paramNames: names, paramPos: poss, paramTypedefs: typedefs };
    }
    if (this.is('[')) {
      const pos = this.next().pos;
      let len = -1;
      if (!this.consume(']')) {
        len = this.constNode(this.declName ? `size of array '${this.declName}' has non-integer type` : 'size of array has non-integer type').value;
        if (len < 0) this.diags.fatal(pos, 'size of array is negative');
        if (len > 0x10000000) this.diags.fatal(pos, 'size of array is too large');
        this.expect(']');
      }
      const inner = this.suffix(t);
      if (inner.type.kind === 'func') this.diags.fatal(pos, 'declaration of an array of functions');
      if (!isComplete(inner.type)) this.diags.fatal(pos, `array has incomplete element type '${typeName(inner.type)}'`);
      if (len * sizeOf(inner.type) > 0x10000000) this.diags.fatal(pos, 'size of array is too large');
      return { type: arrayOf(inner.type, len) };
    }
    return { type: t };
  }

  private typeName(): Type {
    const spec = this.declSpec();
    if (spec.storage) this.diags.fatal(this.tok.pos, 'storage class in type name');
    const d = this.declarator(spec.type, true);
    if (d.name) this.diags.fatal(d.pos, `unexpected identifier '${d.name}' in type name`);
    return d.type;
  }

  // ---- statements ----
  private compound(isFunctionBody = false): Stmt {
    const pos = this.expect('{').pos;
    if (!isFunctionBody) this.enterScope();
    const body: Stmt[] = [];
    try {
      while (!this.is('}')) {
        if (this.tok.kind === 'eof') this.diags.fatal(this.tok.pos, "expected '}' at end of input");
        try {
          if (this.isTypeStart() && this.peek().text !== ':') body.push(...this.localDecl());
          else body.push(this.statement());
        } catch (e) {
          if (!(e instanceof ParseAbort)) throw e;
          this.recoverStatement();
        }
      }
      this.next();
    } finally { if (!isFunctionBody) this.leaveScope(); }
    return { k: 'block', body, pos };
  }

  private localDecl(): Stmt[] {
    const spec = this.declSpec();
    const out: Stmt[] = [];
    if (this.consume(';')) return out;
    for (;;) {
      const d = this.typedefNamed(this.declarator(spec.type), spec);
      if (!d.name) this.diags.fatal(d.pos, 'expected identifier in declaration');
      if (spec.storage === 'typedef') this.declareTypedef(d);
      else if (d.type.kind === 'func') this.declareFunction(d, spec.storage);
      else if (spec.storage === 'extern') {
        if (this.is('=')) this.diags.fatal(this.tok.pos, `'${d.name}' has both 'extern' and initializer`);
        const prev = this.scopes.lookupCurrent(d.name);
        if (prev && !(prev.kind === 'var' && !prev.v.isLocal)) this.diags.fatal(d.pos, `extern declaration of '${d.name}' follows declaration with no linkage`);
        this.scopes.declare(d.name, { kind: 'var', v: this.globalVar(d, 'extern') });
      } else if (spec.storage === 'static') this.staticLocal(d);
      else out.push(...this.autoLocal(d));
      if (this.consume(';')) return out;
      this.expect(',', "or ';' in declaration");
    }
  }

  private staticLocal(d: Declarator): void {
    const label = `__s${this.naming.prefix}_${this.fn?.name ?? 'f'}_${d.name}_${++this.staticCount}`;
    const v: Var = { name: d.name!, type: d.type, isLocal: false, offset: 0, asmName: label, isStatic: true, isExtern: false, isDefined: true, pos: d.pos, typedefName: d.typedefName };
    if (this.scopes.lookupCurrent(d.name!)) this.diags.error(d.pos, `redefinition of '${d.name}'`);
    this.scopes.declare(d.name!, { kind: 'var', v });
    this.prog.globals.push(v);
    this.usage.set(v, { refs: [], written: true, writes: new Set(), auto: false });
    if (this.consume('=')) this.defineGlobalData(v, d.pos);
    else if (!isComplete(v.type)) this.diags.fatal(d.pos, `storage size of '${d.name}' isn't known`);
  }

  private autoLocal(d: Declarator): Stmt[] {
    if (d.type.kind === 'void') this.diags.fatal(d.pos, `variable '${d.name}' declared void`);
    // The name is in scope inside its own initializer (`struct n *p = malloc(sizeof *p)`).
    const v = this.newLocal(d.name!, d.type, d.pos, true);
    v.typedefName = d.typedefName;
    this.usage.set(v, { refs: [], written: false, writes: new Set(), auto: true });
    let init: Init | undefined;
    if (this.consume('=')) {
      const r = parseInitializer(this.initCtx(), v.type);
      init = r.init;
      if (v.type.kind === 'array' && v.type.len < 0) v.type = arrayOf(v.type.base, r.arrayLen ?? 0);
    }
    if (!isComplete(v.type)) this.diags.fatal(d.pos, `storage size of '${d.name}' isn't known`);
    if (!init) return [];
    return lowerLocalInit(this.b, v, init, d.pos).map((e) => ({ k: 'expr' as const, e, pos: d.pos }));
  }

  private statement(): Stmt {
    const pos = this.tok.pos;
    this.enterNesting(pos);
    try { return this.statementInner(pos); } finally { this.nesting--; }
  }

  private statementInner(pos: SrcPos): Stmt {
    const t = this.tok;
    if (t.kind === 'ident' && !KEYWORDS.has(t.text) && this.peek().text === ':' && this.scopes.lookup(t.text)?.kind !== 'typedef') {
      this.next(); this.next();
      const l = this.userLabels.get(t.text);
      if (l?.defined) this.diags.error(t.pos, `duplicate label '${t.text}'`);
      this.userLabels.set(t.text, { defined: true, pos: t.pos });
      const body = this.is('}') ? { k: 'block' as const, body: [], pos } : this.statement();
      return { k: 'label', label: userLabel(t.text), body, pos };
    }
    if (this.is('{')) return this.compound();
    if (this.consume(';')) return { k: 'block', body: [], pos };
    if (t.kind === 'ident') switch (t.text) {
      case 'return': {
        this.next();
        const ret = this.fn!.type.ret;
        if (this.consume(';')) {
          // An error in gcc 14 (C99 6.8.6.4: a return without a value only in a void function).
          if (ret.kind !== 'void') this.diags.error(t.pos, "'return' with no value, in function returning non-void [-Wreturn-mismatch]");
          return { k: 'return', pos };
        }
        const e = this.expr();
        this.expect(';', 'after return value');
        if (ret.kind === 'void') {
          if (e.type.kind !== 'void') this.diags.error(e.pos, "'return' with a value, in function returning void [-Wreturn-mismatch]");
          return { k: 'block', body: [{ k: 'expr', e, pos }, { k: 'return', pos }], pos };
        }
        if (ret.kind === 'struct') {
          if (!sameStruct(this.b.rv(e).type, ret)) this.diags.fatal(e.pos, `incompatible types when returning type '${typeName(e.type)}' but '${typeName(ret)}' was expected`);
          return { k: 'return', e, pos };
        }
        return { k: 'return', e: this.b.convert(e, unqual(ret), { k: 'return' }), pos };
      }
      case 'if': {
        this.next(); this.expect('(');
        const c = this.b.cond(this.expr());
        this.expect(')');
        const then = this.statement();
        const els = this.consume('else') ? this.statement() : undefined;
        return { k: 'if', c, then, els, pos };
      }
      case 'while': {
        this.next(); this.expect('(');
        const c = this.b.cond(this.expr());
        this.expect(')');
        const brk = this.newLabel(), cont = this.newLabel();
        const body = this.loopBody(brk, cont);
        return { k: 'for', c, body, brk, cont, pos };
      }
      case 'do': {
        this.next();
        const brk = this.newLabel(), cont = this.newLabel();
        const body = this.loopBody(brk, cont);
        this.expect('while', "after 'do' body"); this.expect('(');
        const c = this.b.cond(this.expr());
        this.expect(')'); this.expect(';');
        return { k: 'do', body, c, brk, cont, pos };
      }
      case 'for': {
        this.next(); this.expect('(');
        this.enterScope();
        try {
          let init: Stmt | undefined;
          if (this.isTypeStart()) init = { k: 'block', body: this.localDecl(), pos };
          else if (!this.consume(';')) { init = { k: 'expr', e: this.expr(), pos }; this.expect(';'); }
          const c = this.is(';') ? undefined : this.b.cond(this.expr());
          this.expect(';');
          const inc = this.is(')') ? undefined : this.expr();
          this.expect(')');
          const brk = this.newLabel(), cont = this.newLabel();
          const body = this.loopBody(brk, cont);
          return { k: 'for', init, c, inc, body, brk, cont, pos };
        } finally { this.leaveScope(); }
      }
      case 'switch': {
        this.next(); this.expect('(');
        let e = this.b.rv(this.expr());
        if (!isInteger(e.type)) this.diags.fatal(e.pos, 'switch quantity not an integer');
        e = this.b.cast(e, promote(e.type));
        this.expect(')');
        const brk = this.newLabel();
        const sw = { type: e.type, cases: [] as { value: bigint; label: string }[], dflt: undefined as string | undefined, pos };
        this.switches.push(sw);
        this.brk.push(brk);
        try {
          const body = this.statement();
          return { k: 'switch', e, body, cases: sw.cases, dflt: sw.dflt, brk, pos };
        } finally { this.switches.pop(); this.brk.pop(); }
      }
      case 'case': case 'default': {
        this.next();
        const sw = this.switches[this.switches.length - 1];
        const c = t.text === 'case' ? this.constNode('case label does not reduce to an integer constant') : undefined;
        this.expect(':', `after '${t.text}'`);
        if (!sw) this.diags.fatal(t.pos, `'${t.text}' label not within a switch statement`);
        // A case value is converted to the switch's (promoted) type, so it compares at that width.
        const conv = c && this.b.cast(c, sw.type);
        const value = conv?.k === 'num' ? exactValue(conv) : 0n;
        const label = this.newLabel();
        if (t.text === 'default') {
          if (sw.dflt) this.diags.error(t.pos, "multiple default labels in one switch");
          sw.dflt = label;
        } else {
          if (sw.cases.some((c) => c.value === value)) this.diags.error(t.pos, `duplicate case value ${value}`);
          sw.cases.push({ value, label });
        }
        const body = this.is('}') ? { k: 'block' as const, body: [], pos } : this.statement();
        return { k: 'case', label, body, pos };
      }
      case 'break': case 'continue': {
        this.next(); this.expect(';', `after '${t.text}'`);
        const stack = t.text === 'break' ? this.brk : this.cont;
        const label = stack[stack.length - 1];
        if (!label) this.diags.fatal(t.pos, `'${t.text}' statement not within ${t.text === 'break' ? 'a loop or switch' : 'a loop'}`);
        return { k: 'jump', label, pos };
      }
      case 'goto': {
        this.next();
        const name = this.ident('a label name');
        this.expect(';');
        if (!this.userLabels.has(name.text)) this.userLabels.set(name.text, { defined: false, pos: name.pos });
        return { k: 'goto', label: userLabel(name.text), pos };
      }
      case 'asm': case '__asm__': case '__asm': {
        const text = this.asmBody();
        this.expect(';');
        return { k: 'asm', text, pos };
      }
      case 'else': this.diags.fatal(t.pos, "'else' without a previous 'if'");
    }
    const e = this.expr();
    this.expect(';', 'after expression');
    return { k: 'expr', e, pos };
  }

  private loopBody(brk: string, cont: string): Stmt {
    this.brk.push(brk); this.cont.push(cont);
    try { return this.statement(); } finally { this.brk.pop(); this.cont.pop(); }
  }

  private asmBody(): string {
    this.next();
    while (this.is('volatile') || this.is('__volatile__')) this.next();
    this.expect('(', "after 'asm'");
    if (this.tok.kind !== 'str') this.diags.fatal(this.tok.pos, 'expected a string literal in asm statement');
    const bytes = this.stringBytes();
    if (this.is(':')) this.diags.fatal(this.tok.pos, 'asm operands are not supported; write plain assembly text');
    this.expect(')');
    return bytesToText(bytes.slice(0, -1));
  }

  // ---- expressions ----
  expr(): Expr {
    let e = this.assign();
    while (this.is(',')) {
      const pos = this.next().pos;
      const rhs = this.b.rv(this.assign());
      e = this.b.mk({ k: 'comma', lhs: e, rhs }, rhs.type, pos);
    }
    return e;
  }

  private assign(): Expr {
    const lhs = this.conditional();
    const t = this.tok;
    if (t.kind !== 'punct') return lhs;
    if (t.text === '=') { this.next(); return this.b.assign(lhs, this.assign(), t.pos); }
    const ops: Record<string, BinOp> = { '+=': '+', '-=': '-', '*=': '*', '/=': '/', '%=': '%', '&=': '&', '|=': '|', '^=': '^', '<<=': '<<', '>>=': '>>' };
    const op = ops[t.text];
    if (op) { this.next(); return this.b.compoundAssign(op, lhs, this.assign(), t.pos); }
    return lhs;
  }

  private conditional(): Expr {
    const c = this.binary(0);
    if (!this.is('?')) return c;
    const pos = this.next().pos;
    this.enterNesting(pos);
    try {
      const a = this.b.rv(this.expr());
      this.expect(':', 'in conditional expression');
      const b = this.b.rv(this.conditional());
      const cond = this.b.cond(c);
      let type: Type;
      if (isArith(a.type) && isArith(b.type)) {
        type = commonType(a.type, b.type);
      } else if (a.type.kind === 'ptr') type = a.type;
      else if (b.type.kind === 'ptr') type = b.type;
      else if (a.type.kind === 'void' || b.type.kind === 'void') type = VOID;
      else if (sameStruct(a.type, b.type)) type = a.type;
      else return this.diags.fatal(pos, `type mismatch in conditional expression ('${typeName(a.type)}' and '${typeName(b.type)}')`);
      const conv = (e: Expr) => (type.kind === 'void' || type.kind === 'struct' ? e : this.b.cast(e, type));
      // Constant conditions fold, so `c ? 1 : 2` works in constant expressions.
      if (cond.k === 'num' && a.k === 'num' && b.k === 'num') return conv(cond.value !== 0 ? a : b);
      return this.b.mk({ k: 'cond', c: cond, a: conv(a), b: conv(b) }, type, pos);
    } finally { this.nesting--; }
  }

  private static PREC: Record<string, number> = {
    '||': 1, '&&': 2, '|': 3, '^': 4, '&': 5, '==': 6, '!=': 6, '<': 7, '>': 7, '<=': 7, '>=': 7,
    '<<': 8, '>>': 8, '+': 9, '-': 9, '*': 10, '/': 10, '%': 10,
  };

  private binary(minPrec: number): Expr {
    let lhs = this.cast();
    for (;;) {
      const t = this.tok;
      const prec = t.kind === 'punct' ? Parser.PREC[t.text] : undefined;
      if (prec === undefined || prec <= minPrec) return lhs;
      this.next();
      // The right operand of `0 && x` / `1 || x` is never evaluated.
      const skipped = (t.text === '&&' || t.text === '||') && lhs.k === 'num' && (t.text === '&&') === (exactValue(lhs) === 0n);
      if (skipped) this.b.unevaluated++;
      let rhs: Expr;
      try { rhs = this.binary(prec); } finally { if (skipped) this.b.unevaluated--; }
      if (t.text === '&&') lhs = this.b.logical('logand', lhs, rhs, t.pos);
      else if (t.text === '||') lhs = this.b.logical('logor', lhs, rhs, t.pos);
      else lhs = this.b.binary(t.text as BinOp, lhs, rhs, t.pos);
    }
  }

  private isCastStart(): boolean {
    return this.is('(') && this.isTypeName(this.peek());
  }

  private cast(): Expr {
    if (this.isCastStart()) {
      const pos = this.next().pos;
      const t = this.typeName();
      this.expect(')');
      if (this.is('{')) return this.postfixOf(this.compoundLiteral(t, pos));
      this.enterNesting(pos);
      try {
        const e = this.cast();
        if (t.kind !== 'void' && !(t.kind === 'int' || t.kind === 'ptr' || t.kind === 'float')) this.diags.fatal(pos, `conversion to non-scalar type '${typeName(t)}' requested`);
        return this.b.cast(e, t, pos);
      } finally { this.nesting--; }
    }
    return this.unary();
  }

  /** `(T){ ... }`: an unnamed local initialized like a declaration; the value is that object. */
  private compoundLiteral(type: Type, pos: SrcPos): Expr {
    if (!this.fn) this.diags.fatal(pos, 'compound literals are only supported inside functions');
    if (type.kind === 'void' || type.kind === 'func') this.diags.fatal(pos, `invalid compound literal type '${typeName(type)}'`);
    const r = parseInitializer(this.initCtx(), type);
    if (type.kind === 'array' && type.len < 0) type = arrayOf(type.base, r.arrayLen ?? 0);
    if (!isComplete(type)) this.diags.fatal(pos, `compound literal has incomplete type '${typeName(type)}'`);
    const v = this.newLocal(`lit${this.labelCount++}`, type, pos);
    const varExpr = this.b.mk({ k: 'var', v }, type, pos);
    let e: Expr = varExpr;
    const inits = lowerLocalInit(this.b, v, r.init, pos);
    for (let i = inits.length - 1; i >= 0; i--) e = this.b.mk({ k: 'comma', lhs: inits[i]!, rhs: e, literal: true }, type, pos);
    return e;
  }

  private unary(): Expr {
    const t = this.tok;
    if (t.kind !== 'punct' && !(t.kind === 'ident' && t.text === 'sizeof')) return this.postfix();
    this.enterNesting(t.pos);
    try {
      switch (t.text) {
        case '+': { this.next(); const e = this.b.rv(this.cast()); if (!isArith(e.type)) this.diags.fatal(t.pos, "wrong type argument to unary plus"); return this.b.cast(e, e.type.kind === 'int' && e.type.size < 4 ? INT : unqual(e.type)); }
        case '-': this.next(); return this.b.unary('neg', this.cast(), t.pos);
        case '!': this.next(); return this.b.unary('not', this.cast(), t.pos);
        case '~': this.next(); return this.b.unary('bitnot', this.cast(), t.pos);
        case '*': this.next(); return this.b.deref(this.cast(), t.pos);
        case '&': this.next(); return this.b.addr(this.cast(), t.pos);
        case '++': case '--': {
          this.next();
          const e = this.unary();
          if (e.type.kind !== 'int' && e.type.kind !== 'ptr' && e.type.kind !== 'float') this.diags.fatal(t.pos, `wrong type argument to ${t.text === '++' ? 'increment' : 'decrement'}`);
          return this.b.compoundAssign(t.text === '++' ? '+' : '-', e, this.b.num(1, t.pos), t.pos, t.text === '++' ? 'increment' : 'decrement');
        }
        case 'sizeof': {
          this.next();
          this.unevaluated++; this.b.unevaluated++;
          try {
          let type: Type;
          if (this.is('(') && this.isTypeName(this.peek())) {
            const open = this.next();
            type = this.typeName();
            this.expect(')');
            // sizeof (T){...} is the size of a compound literal expression.
            if (this.is('{')) type = this.postfixOf(this.compoundLiteral(type, open.pos)).type;
          }
          else type = this.unary().type;
          if (type.kind === 'func') this.diags.fatal(t.pos, "invalid application of 'sizeof' to a function type");
          // gcc allows it as an extension (-Wpointer-arith); C says sizeof needs a complete object type.
          if (type.kind === 'void') this.diags.fatal(t.pos, "invalid application of 'sizeof' to a void type");
          if (!isComplete(type)) this.diags.fatal(t.pos, `invalid application of 'sizeof' to incomplete type '${typeName(type)}'`);
          return this.b.num(sizeOf(type), t.pos, UINT);
          } finally { this.unevaluated--; this.b.unevaluated--; }
        }
      }
      return this.postfix();
    } finally { this.nesting--; }
  }

  private postfix(): Expr {
    return this.postfixOf(this.primary());
  }

  /** Postfix operators applied to an already parsed operand. */
  private postfixOf(operand: Expr): Expr {
    let e = operand;
    for (;;) {
      const t = this.tok;
      if (t.kind !== 'punct') return e;
      switch (t.text) {
        case '[': {
          this.next();
          const idx = this.expr();
          if (idx.type.kind === 'float') this.diags.fatal(idx.pos, 'array subscript is not an integer');
          this.expect(']');
          e = this.b.deref(this.b.binary('+', e, idx, t.pos), t.pos);
          continue;
        }
        case '(': e = this.call(e, t.pos); continue;
        case '.': { this.next(); const m = this.ident('a member name'); e = this.b.member(e, m.text, m.pos); continue; }
        case '->': {
          this.next(); const m = this.ident('a member name');
          e = this.b.member(this.b.deref(e, t.pos), m.text, m.pos);
          continue;
        }
        case '++': case '--': this.next(); e = this.b.postIncDec(e, t.text === '++' ? 1 : -1, t.pos); continue;
      }
      return e;
    }
  }

  private call(fnExpr: Expr, pos: SrcPos): Expr {
    this.next(); // (
    let fn = this.b.rv(fnExpr);
    if (fn.type.kind !== 'ptr' || fn.type.base.kind !== 'func') this.diags.fatal(pos, `called object is not a function or function pointer (type '${typeName(fn.type)}')`);
    const ft = fn.type.base;
    const args: Expr[] = [];
    if (!this.consume(')')) {
      for (;;) {
        if (args.length > 127) this.diags.fatal(this.tok.pos, 'too many arguments in function call');
        args.push(this.assign());
        if (this.consume(')')) break;
        this.expect(',', "or ')' in argument list");
      }
    }
    const name = fnExpr.k === 'var' ? `'${fnExpr.v.name}'` : fnExpr.k === 'deref' && fnExpr.e.k === 'var' ? `'${fnExpr.e.v.name}'` : `'<function>'`;
    if (!ft.unprototyped) {
      // gcc 14's wording.
      if (args.length < ft.params.length) this.diags.fatal(pos, `too few arguments to function ${name}; expected ${ft.params.length}, have ${args.length}`);
      if (args.length > ft.params.length && !ft.variadic) this.diags.fatal(pos, `too many arguments to function ${name}; expected ${ft.params.length}, have ${args.length}`);
    }
    const conv = args.map((a, i) => {
      const p = ft.unprototyped ? undefined : ft.params[i];
      const v = this.b.rv(a);
      if (v.type.kind === 'void') this.diags.fatal(a.pos, 'invalid use of void expression');
      if (p) {
        if (p.kind === 'struct' || v.type.kind === 'struct') {
          if (!sameStruct(p, v.type)) this.diags.fatal(a.pos, `incompatible type for argument ${i + 1} of ${name} (expected '${typeName(p)}', have '${typeName(v.type)}')`);
          return v;
        }
        return this.b.convert(v, unqual(p), { k: 'arg', n: i + 1, fn: name });
      }
      // Default argument promotions for variadic and unprototyped calls.
      if (v.type.kind === 'int' && v.type.size < 4) return this.b.cast(v, INT);
      if (v.type.kind === 'float') return this.b.cast(v, v.type.name === 'long double' ? LDOUBLE : DOUBLE);
      return v;
    });
    fn = this.floatPrintf(fnExpr, fn, conv);
    if (fn.k === 'addr' && fn.e.k === 'var') this.prog.referenced.add(fn.e.v.asmName);
    if (fnExpr.k === 'var' && ft.variadic && ft.params.length > 0) checkFormat(this.diags, fnExpr.v.name, conv, ft.params.length - 1);
    const retBuf = ft.ret.kind === 'struct' ? this.newLocal(`ret${this.labelCount++}`, ft.ret, pos) : undefined;
    if (ft.ret.kind === 'struct' && !isComplete(ft.ret)) this.diags.fatal(pos, `calling a function with incomplete return type '${typeName(ft.ret)}'`);
    fn = fn as Expr;
    return this.b.mk({ k: 'call', fn, args: conv, retBuf }, ft.ret, pos);
  }

  /**
   * printf is a system call formatted by the kernel, which has no floating
   * point: a call with a float or double argument goes to the runtime's
   * `__printf_float` (declared in <stdio.h>) instead. Calls without one are
   * untouched, so the kernel still checks their pointers.
   */
  private floatPrintf(fnExpr: Expr, fn: Expr, args: Expr[]): Expr {
    if (fnExpr.k !== 'var' || fnExpr.v.name !== 'printf' || fnExpr.v.isLocal || fnExpr.v.isDefined) return fn;
    if (!args.some((a) => a.type.kind === 'float')) return fn;
    const alt = this.scopes.lookup('__printf_float');
    if (alt?.kind !== 'var' || alt.v.type.kind !== 'func') return fn;
    return this.b.rv(this.b.mk({ k: 'var', v: alt.v }, alt.v.type, fnExpr.pos));
  }

  private primary(): Expr {
    const t = this.tok;
    if (t.kind === 'punct' && t.text === '(') {
      this.next();
      if (this.is('{')) this.diags.fatal(t.pos, 'statement expressions are not supported');
      this.enterNesting(t.pos);
      try {
        const e = this.expr();
        this.expect(')');
        return e;
      } finally { this.nesting--; }
    }
    if (t.kind === 'num' && isFloatLiteral(t.text)) {
      this.next();
      const lit = parseFloatLiteral(t.text);
      if (typeof lit === 'string') this.diags.fatal(t.pos, lit);
      return this.b.fnum(lit.value, t.pos, lit.type === 'float' ? FLOAT : lit.type === 'double' ? DOUBLE : LDOUBLE);
    }
    if (t.kind === 'num') {
      this.next();
      const lit = parseIntLiteral(t.text);
      if (typeof lit === 'string') this.diags.fatal(t.pos, lit);
      return this.b.num(lit.big, t.pos, LITERAL_TYPES[lit.type]);
    }
    if (t.kind === 'char') {
      this.next();
      const v = parseCharLiteral(t.text);
      if (typeof v === 'string') this.diags.fatal(t.pos, v);
      return this.b.num(v, t.pos);
    }
    if (t.kind === 'str') {
      const bytes = this.stringBytes();
      const label = `__s${this.naming.prefix}_str${this.prog.strings.length}`;
      this.prog.strings.push({ label, bytes });
      this.prog.referenced.add(label);
      return this.b.mk({ k: 'str', label, bytes }, arrayOf(CHAR, bytes.length), t.pos);
    }
    if (t.kind === 'ident' && !KEYWORDS.has(t.text)) {
      this.next();
      if (t.text === '__func__' || t.text === '__FUNCTION__') {
        const bytes = [...Buffer.from(this.fn?.name ?? '', 'latin1'), 0];
        const label = `__s${this.naming.prefix}_str${this.prog.strings.length}`;
        this.prog.strings.push({ label, bytes });
        return this.b.mk({ k: 'str', label, bytes }, arrayOf(CHAR, bytes.length), t.pos);
      }
      const b = this.scopes.lookup(t.text);
      if (!b) {
        if (this.is('(')) this.diags.fatal(t.pos, `implicit declaration of function '${t.text}' (declare it or include its header)`);
        this.diags.fatal(t.pos, `'${t.text}' undeclared`);
      }
      if (b.kind === 'enumconst') return this.b.num(b.value, t.pos);
      if (b.kind === 'typedef') this.diags.fatal(t.pos, `unexpected type name '${t.text}' in expression`);
      if (!b.v.isLocal) this.prog.referenced.add(b.v.asmName);
      const ref = this.b.mk({ k: 'var', v: b.v }, b.v.type, t.pos);
      const u = this.usage.get(b.v);
      if (u) { u.refs.push(ref); if (this.unevaluated > 0) u.writes.add(ref); }
      return ref;
    }
    if (t.kind === 'eof') this.diags.fatal(t.pos, 'expected expression at end of input');
    return this.diags.fatal(t.pos, `expected expression before ${describe(t)}`);
  }

  /** Adjacent string literals concatenate; result includes the terminating NUL. */
  private stringBytes(): number[] {
    const bytes: number[] = [];
    while (this.tok.kind === 'str') {
      const t = this.next();
      const d = decodeEscapes(t.text.slice(1, -1));
      if (typeof d === 'string') this.diags.fatal(t.pos, d);
      for (const b of d) bytes.push(b); // not push(...d): a long literal would overflow the stack
    }
    bytes.push(0);
    return bytes;
  }

  constExpr(): number { return this.constNode().value; }

  /** An integer constant expression; `floatMessage` is the error for a floating one. */
  private constNode(floatMessage = 'expression is not an integer constant'): Extract<Expr, { k: 'num' }> {
    const e = this.conditional();
    if (e.type.kind === 'float') this.diags.fatal(e.pos, floatMessage);
    if (e.k !== 'num') this.diags.fatal(e.pos, 'expression is not an integer constant');
    return e;
  }
}

const LITERAL_TYPES: Record<IntLiteralType, Type> = {
  int: INT, 'unsigned int': UINT, long: LONG, 'unsigned long': ULONG, 'long long': LLONG, 'unsigned long long': ULLONG,
};

function userLabel(name: string): string { return `.Lu_${name}`; }

function describe(t: Token): string {
  if (t.kind === 'eof') return 'end of input';
  return `'${t.text}'`;
}

/** Functions that never return, as far as -Wreturn-type is concerned. */
const NORETURN = new Set(['exit', '_exit', '_Exit', 'abort', 'panic', '__builtin_unreachable']);

/** Can control run off the end of `s`? (Conservative in the way gcc's -Wreturn-type is.) */
function fallsThrough(s: Stmt): boolean {
  switch (s.k) {
    case 'return': case 'goto': case 'jump': return false;
    case 'block': {
      let live = true;
      for (const x of s.body) {
        if (x.k === 'label' || x.k === 'case') live = true; // can be jumped to
        if (live) live = fallsThrough(x);
      }
      return live;
    }
    case 'if': return s.els === undefined || fallsThrough(s.then) || fallsThrough(s.els);
    case 'for': return (s.c !== undefined && !(s.c.k === 'num' && s.c.value !== 0)) || jumpsTo(s.body, s.brk);
    case 'do': return s.c.k === 'num' && s.c.value !== 0 ? jumpsTo(s.body, s.brk)
      : fallsThrough(s.body) || jumpsTo(s.body, s.brk) || jumpsTo(s.body, s.cont);
    case 'switch': return s.dflt === undefined || fallsThrough(s.body) || jumpsTo(s.body, s.brk);
    case 'label': case 'case': return fallsThrough(s.body);
    case 'expr': {
      const e = s.e;
      return !(e.k === 'call' && e.fn.k === 'addr' && e.fn.e.k === 'var' && NORETURN.has(e.fn.e.v.name));
    }
    default: return true;
  }
}

/** Does a break/continue inside `s` jump to `label`? */
function jumpsTo(s: Stmt, label: string): boolean {
  switch (s.k) {
    case 'jump': return s.label === label;
    case 'block': return s.body.some((x) => jumpsTo(x, label));
    case 'if': return jumpsTo(s.then, label) || (s.els !== undefined && jumpsTo(s.els, label));
    case 'for': case 'do': case 'switch': case 'label': case 'case': return jumpsTo(s.body, label);
    default: return false;
  }
}
