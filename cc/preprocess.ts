// Preprocessor: directives, conditional inclusion and macro expansion over the
// lexer's tokens. Expansion follows the hide-set idea (Prosser's algorithm):
// each token remembers which macros produced it, so a macro never re-expands
// inside its own expansion.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompileError, Diagnostics, ParseAbort, type SourceFile, type SrcPos } from './diagnostics.ts';
import { Lexer, Token, tokenize } from './lexer.ts';
import { TokenInput } from './token-input.ts';
import { evalIfExpression } from './pp-expr.ts';
import { includeGuardOf } from './include-guard.ts';
import {
  count, describeIncludeChain, MAX_ARG_NESTING, MAX_EXPANDED_TOKENS, MAX_INCLUDE_DEPTH, MAX_INCLUDED_BYTES,
  MAX_INCLUSIONS, MAX_OUTPUT_TOKENS,
} from './pp-limits.ts';

export const SYSTEM_INCLUDE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'include');

export interface PreprocessOptions {
  includePaths?: string[];
  defines?: Record<string, string>;
  /** Read an include file; defaults to the file system. Return undefined when absent. */
  readFile?: (p: string) => string | undefined;
}

interface Macro {
  name: string;
  params?: string[];     // undefined for object-like macros
  variadic: boolean;     // last parameter is `...` (__VA_ARGS__)
  body: Token[];
}

interface Cond { active: boolean; taken: boolean; sawElse: boolean; pos: SrcPos }

/** A file read for #include: its tokens (without eof), size and include guard. */
interface LoadedFile { toks: Token[]; bytes: number; guard: string | undefined }

function defaultRead(p: string): string | undefined {
  try { return fs.statSync(p).isFile() ? fs.readFileSync(p, 'utf8') : undefined; } catch { return undefined; }
}

export function preprocess(file: SourceFile, opts: PreprocessOptions, diags: Diagnostics): Token[] {
  return new Preprocessor(opts, diags).run(file);
}

class Preprocessor {
  private macros = new Map<string, Macro>();
  // The file being read (lexed as needed) under tokens pushed back by macro expansion.
  private input = TokenInput.of([]);
  private out: Token[] = [];
  private conds: Cond[] = [];
  // The #include directives of the files being included, outermost first.
  private includeChain: SrcPos[] = [];
  private inclusions = 0;
  private includedBytes = 0;
  // Each include file is read and tokenized once (null: not there).
  private loaded = new Map<string, LoadedFile | null>();
  private expanded = 0;
  // The macro whose expansion from a source token is in progress, named when a limit is hit.
  private rootMacro = '';
  private argDepth = 0;
  private readonly noHide = new Set<string>();
  private hideSets = new WeakMap<Set<string>, Map<string, Set<string>>>();
  private onceFiles = new Set<string>();
  private readFile: (p: string) => string | undefined;

  constructor(private opts: PreprocessOptions, private diags: Diagnostics) {
    this.readFile = opts.readFile ?? defaultRead;
  }

  run(file: SourceFile): Token[] {
    const builtin: SourceFile = { name: '<command line>', text: '' };
    const cmdLine = Object.entries(this.opts.defines ?? {}).map(([k, v]) => `#define ${k} ${v}`).join('\n');
    builtin.text = '#define __ringside__ 1\n#define __i386__ 1\n#define __STDC__ 1\n' + cmdLine + '\n';
    this.pushFile(builtin);
    this.runUntilEof();
    this.pushFile(file);
    this.runUntilEof();
    if (this.conds.length > 0) this.diags.error(this.conds[this.conds.length - 1]!.pos, 'unterminated conditional directive');
    const last = this.out.length > 0 ? this.out[this.out.length - 1]! : undefined;
    this.out.push(new Token('eof', '', last?.file ?? file, last?.offset ?? 0, false, true));
    return this.out;
  }

  private pushFile(file: SourceFile): void {
    this.input = TokenInput.lexing(new Lexer(file, this.diags));
  }

  private runUntilEof(): void {
    for (;;) {
      const tok = this.input.pop();
      if (!tok) break;
      if (tok.kind === 'punct' && tok.text === '#' && tok.bol && !tok.hide) {
        try { this.directive(tok); } catch (e) { if (!(e instanceof ParseAbort)) throw e; this.skipLine(); }
        continue;
      }
      if (!this.active()) continue;
      if (tok.kind === 'ident') {
        if (!tok.hide) this.rootMacro = tok.text;
        if (this.expandMacro(tok, this.input)) continue;
      }
      if (this.out.length >= MAX_OUTPUT_TOKENS) {
        this.stop(tok.pos, `the program is too large: more than ${count(MAX_OUTPUT_TOKENS)} tokens after preprocessing`);
      }
      this.out.push(tok);
    }
  }

  private active(): boolean {
    return this.conds.length === 0 || this.conds[this.conds.length - 1]!.active;
  }

  /** Tokens up to the end of the current line (a directive's operands). */
  private readLine(): Token[] {
    const line: Token[] = [];
    for (let t = this.input.peek(); t && !t.bol; t = this.input.peek()) line.push(this.input.pop()!);
    return line;
  }

  private skipLine(): void { this.readLine(); }

  private directive(hash: Token): void {
    const nameTok = this.input.peek()?.bol === false ? this.input.pop()! : undefined;
    if (!nameTok) return; // null directive `#`
    const name = nameTok.text;
    const isCond = ['if', 'ifdef', 'ifndef', 'elif', 'else', 'endif'].includes(name);
    if (!this.active() && !isCond) { this.skipLine(); return; }
    const args = this.readLine();
    switch (name) {
      case 'define': return this.define(nameTok, args);
      case 'undef':
        if (args[0]?.kind !== 'ident') this.diags.fatal(nameTok.pos, 'macro name missing in #undef');
        this.macros.delete(args[0].text); return;
      case 'include': return this.include(nameTok, args);
      case 'if': case 'ifdef': case 'ifndef': {
        const parentActive = this.active();
        let value = false;
        if (parentActive) {
          if (name === 'if') value = this.evalCondition(nameTok, args);
          else {
            if (args[0]?.kind !== 'ident') this.diags.fatal(nameTok.pos, `macro name missing in #${name}`);
            value = this.macros.has(args[0].text) === (name === 'ifdef');
          }
        }
        this.conds.push({ active: parentActive && value, taken: !parentActive || value, sawElse: false, pos: hash.pos });
        return;
      }
      case 'elif': case 'else': {
        const c = this.conds[this.conds.length - 1];
        if (!c) this.diags.fatal(hash.pos, `#${name} without #if`);
        if (c.sawElse) this.diags.fatal(hash.pos, `#${name} after #else`);
        if (name === 'else') { c.sawElse = true; c.active = !c.taken; c.taken = true; return; }
        if (c.taken) { c.active = false; return; }
        const v = this.evalCondition(nameTok, args);
        c.active = v; c.taken = v;
        return;
      }
      case 'endif':
        if (this.conds.length === 0) this.diags.fatal(hash.pos, '#endif without #if');
        this.conds.pop(); return;
      case 'error': {
        const msg = args.map((t, k) => (k > 0 && t.spaceBefore ? ' ' : '') + t.text).join('');
        this.diags.error(hash.pos, `#error ${msg}`); return;
      }
      case 'pragma':
        // `#pragma once`: never include this file again.
        if (args[0]?.text === 'once') this.onceFiles.add(hash.pos.file.name);
        return;
      case 'warning': case 'line': return;
      default:
        if (nameTok.kind === 'num') return; // `# 12 "file"` line markers
        this.diags.fatal(nameTok.pos, `invalid preprocessing directive #${name}`);
    }
  }

  private define(at: Token, args: Token[]): void {
    const nameTok = args[0];
    if (!nameTok || nameTok.kind !== 'ident') this.diags.fatal(at.pos, 'macro name must be an identifier');
    if (nameTok.text === 'defined') this.diags.fatal(nameTok.pos, "'defined' cannot be used as a macro name");
    const m: Macro = { name: nameTok.text, variadic: false, body: [] };
    let k = 1;
    // Function-like only when `(` immediately follows the name.
    if (args[1]?.text === '(' && !args[1].spaceBefore) {
      m.params = [];
      k = 2;
      if (args[k]?.text === ')') k++;
      else for (;;) {
        const p = args[k];
        if (p?.text === '...') { m.variadic = true; m.params.push('__VA_ARGS__'); k++; }
        else if (p?.kind === 'ident') { m.params.push(p.text); k++; }
        else this.diags.fatal((p ?? nameTok).pos, 'expected parameter name in macro definition');
        if (args[k]?.text === ',' && !m.variadic) { k++; continue; }
        if (args[k]?.text === ')') { k++; break; }
        this.diags.fatal((args[k] ?? nameTok).pos, "expected ',' or ')' in macro parameter list");
      }
    }
    m.body = args.slice(k);
    if (m.body[0]?.text === '##' || (m.body.length > 0 && m.body[m.body.length - 1]!.text === '##'))
      this.diags.fatal(m.body[0]!.pos, "'##' cannot appear at either end of a macro expansion");
    this.macros.set(m.name, m);
  }

  private include(at: Token, args: Token[]): void {
    let spelled: string | undefined;
    let system = false;
    let toks = args;
    if (toks[0] && toks[0].kind !== 'str' && toks[0].text !== '<') toks = this.expandAll(toks);
    if (toks[0]?.kind === 'str') spelled = toks[0].text.slice(1, -1);
    else if (toks[0]?.text === '<') {
      const end = toks.findIndex((t) => t.text === '>');
      if (end < 0) this.diags.fatal(at.pos, "expected '>' after #include <...");
      spelled = toks.slice(1, end).map((t, k) => (k > 0 && t.spaceBefore ? ' ' : '') + t.text).join('');
      system = true;
    }
    if (!spelled) this.diags.fatal(at.pos, '#include expects "FILE" or <FILE>');
    const dirs = system
      ? [SYSTEM_INCLUDE_DIR, ...(this.opts.includePaths ?? [])]
      : [path.dirname(at.pos.file.name), ...(this.opts.includePaths ?? []), SYSTEM_INCLUDE_DIR];
    for (const dir of dirs) {
      const full = path.isAbsolute(spelled) ? spelled : path.join(dir, spelled);
      // Only a file that was read can be in onceFiles, so this check needs no read.
      if (this.onceFiles.has(full)) return;
      const file = this.load(full);
      if (!file) continue;
      if (file.guard !== undefined && this.macros.has(file.guard)) return;
      this.checkIncludeLimits(at, file);
      // Include by running the file to completion right here, so its conditionals balance per file.
      const saved = this.input;
      const savedConds = this.conds.length;
      this.input = TokenInput.of(file.toks);
      this.includeChain.push(at.pos);
      this.runUntilEof();
      if (this.conds.length > savedConds) {
        this.diags.error(this.conds[this.conds.length - 1]!.pos, 'unterminated conditional directive');
        this.conds.length = savedConds;
      }
      this.includeChain.pop();
      this.input = saved;
      return;
    }
    this.diags.fatal(at.pos, `cannot find include file '${spelled}'`);
  }

  private load(full: string): LoadedFile | null {
    let file = this.loaded.get(full);
    if (file === undefined) {
      const text = this.readFile(full);
      if (text === undefined) file = null;
      else {
        const toks = tokenize({ name: full, text }, this.diags);
        toks.pop(); // eof
        file = { toks, bytes: text.length, guard: includeGuardOf(toks) };
      }
      this.loaded.set(full, file);
    }
    return file;
  }

  private checkIncludeLimits(at: Token, file: LoadedFile): void {
    let problem = '';
    if (this.includeChain.length >= MAX_INCLUDE_DEPTH) problem = `#include nested too deeply (more than ${MAX_INCLUDE_DEPTH} levels)`;
    else if (++this.inclusions > MAX_INCLUSIONS) problem = `too many #include inclusions (more than ${count(MAX_INCLUSIONS)} files)`;
    else if ((this.includedBytes += file.bytes) > MAX_INCLUDED_BYTES) {
      problem = `#include brought in more than ${count(MAX_INCLUDED_BYTES / 1024 / 1024)} MiB of source`;
    }
    if (problem) this.stop(at.pos, `${problem}; include chain: ${describeIncludeChain([...this.includeChain, at.pos])}`);
  }

  /** A limit was hit: report it and end preprocessing (no recovery point may carry on). */
  private stop(pos: SrcPos, message: string): never {
    this.diags.error(pos, message);
    throw new CompileError(this.diags.messages);
  }

  private evalCondition(at: Token, args: Token[]): boolean {
    // Resolve `defined X` before expansion, then expand, then remaining identifiers are 0.
    const resolved: Token[] = [];
    for (let k = 0; k < args.length; k++) {
      const t = args[k]!;
      if (t.kind === 'ident' && t.text === 'defined') {
        let nameTok = args[k + 1];
        const paren = nameTok?.text === '(';
        if (paren) nameTok = args[k + 2];
        if (nameTok?.kind !== 'ident') this.diags.fatal(t.pos, "macro name missing after 'defined'");
        if (paren && args[k + 3]?.text !== ')') this.diags.fatal(nameTok.pos, "expected ')' after 'defined(NAME'");
        k += paren ? 3 : 1;
        resolved.push(t.respelled('num', this.macros.has(nameTok.text) ? '1' : '0'));
      } else resolved.push(t);
    }
    const expanded = this.expandAll(resolved).map((t) => (t.kind === 'ident' ? t.respelled('num', '0') : t));
    if (expanded.length === 0) this.diags.fatal(at.pos, `#${at.text} with no expression`);
    return evalIfExpression(expanded, at, this.diags) !== 0;
  }

  /** Fully macro-expand a token list in isolation (macro arguments, #if lines). */
  private expandAll(toks: Token[]): Token[] {
    if (this.argDepth >= MAX_ARG_NESTING) this.diags.fatal(toks[0]?.pos, 'macro arguments nested too deeply');
    this.argDepth++;
    try { return this.expandAllInner(toks); } finally { this.argDepth--; }
  }

  private expandAllInner(toks: Token[]): Token[] {
    const input = TokenInput.of(toks);
    const out: Token[] = [];
    for (;;) {
      const t = input.pop();
      if (!t) break;
      if (t.kind === 'ident') {
        if (!t.hide) this.rootMacro = t.text;
        if (this.expandMacro(t, input)) continue;
      }
      out.push(t);
    }
    return out;
  }

  /** If `tok` names a macro, push its expansion back onto `input` and return true. */
  private expandMacro(tok: Token, input: TokenInput): boolean {
    if (tok.text === '__FILE__' || tok.text === '__LINE__') {
      const text = tok.text === '__FILE__' ? JSON.stringify(tok.file.name) : String(tok.pos.line);
      input.push(tok.respelled(tok.text === '__FILE__' ? 'str' : 'num', text, new Set(['__FILE__'])));
      return true;
    }
    const m = this.macros.get(tok.text);
    if (!m || tok.hide?.has(m.name)) return false;
    if (!m.params) {
      const hs = this.hideWith(tok.hide, m.name);
      this.pushExpansion(this.substitute(m, [], tok), hs, tok, input);
      return true;
    }
    // Function-like: only when followed by `(`.
    if (input.peek()?.text !== '(') return false;
    input.pop();
    const args = this.collectArgs(m, tok, input);
    const rparen = args.rparen;
    // Hide set: what the name and the `)` share, plus the macro (shared sets compare by identity first).
    let common = tok.hide;
    if (common !== rparen.hide) {
      common = new Set<string>();
      for (const h of tok.hide ?? []) if (rparen.hide?.has(h)) common.add(h);
    }
    const hs = this.hideWith(common, m.name);
    this.pushExpansion(this.substitute(m, args.list, tok), hs, tok, input);
    return true;
  }

  /** `hide` plus `name`, one shared set per pair (object-like macro chains reuse them). */
  private hideWith(hide: Set<string> | undefined, name: string): Set<string> {
    const key = hide ?? this.noHide;
    let byName = this.hideSets.get(key);
    if (!byName) { byName = new Map(); this.hideSets.set(key, byName); }
    let hs = byName.get(name);
    if (!hs) { hs = new Set(hide); hs.add(name); byName.set(name, hs); }
    return hs;
  }

  private pushExpansion(body: Token[], hs: Set<string>, at: Token, input: TokenInput): void {
    this.expanded += body.length;
    if (this.expanded > MAX_EXPANDED_TOKENS) {
      this.stop(at.pos, `macro expansion too large: expanding '${this.rootMacro}' produced more than ${count(MAX_EXPANDED_TOKENS)} tokens`);
    }
    // Tokens with the same hide set share one union: a chain of macros must not copy sets per token.
    const unions = new Map<Set<string>, Set<string>>();
    for (let k = body.length - 1; k >= 0; k--) {
      const t = body[k]!;
      let hide = t.hide ? unions.get(t.hide) : hs;
      if (!hide) {
        hide = new Set(t.hide);
        for (const h of hs) hide.add(h);
        unions.set(t.hide!, hide);
      }
      // A constructor call, not a spread: this is the preprocessor's hottest line.
      input.push(new Token(t.kind, t.text, at.file, at.offset, k === 0 ? at.spaceBefore : t.spaceBefore, false, hide));
    }
  }

  private collectArgs(m: Macro, at: Token, input: TokenInput): { list: Token[][]; rparen: Token } {
    const list: Token[][] = [[]];
    let depth = 0;
    for (;;) {
      const t = input.pop();
      if (!t) this.diags.fatal(at.pos, `unterminated argument list invoking macro '${m.name}'`);
      if (t.kind === 'punct' && t.text === '#' && t.bol && !t.hide) {
        this.diags.fatal(t.pos, `directive inside the arguments of macro '${m.name}'`);
      }
      if (depth === 0 && t.text === ')') {
        const n = m.params!.length;
        if (n === 0 && list.length === 1 && list[0]!.length === 0) return { list: [], rparen: t };
        if (list.length === n - 1 && m.variadic) list.push([]);
        if (list.length !== n) this.diags.fatal(at.pos, `macro '${m.name}' expects ${n} argument${n === 1 ? '' : 's'}, got ${list.length}`);
        return { list, rparen: t };
      }
      if (depth === 0 && t.text === ',' && !(m.variadic && list.length === m.params!.length)) { list.push([]); continue; }
      if (t.text === '(') depth++;
      if (t.text === ')') depth--;
      list[list.length - 1]!.push(t);
    }
  }

  /** Replace parameters in a macro body, applying # and ##. */
  private substitute(m: Macro, args: Token[][], at: Token): Token[] {
    const params = m.params ?? [];
    const argOf = (t: Token | undefined): Token[] | undefined => {
      if (!t || t.kind !== 'ident') return undefined;
      const k = params.indexOf(t.text);
      return k >= 0 ? args[k] : undefined;
    };
    const body = m.body;
    const out: Token[] = [];
    for (let k = 0; k < body.length; k++) {
      const t = body[k]!;
      if (m.params && t.text === '#' && t.kind === 'punct') {
        const a = argOf(body[k + 1]);
        if (!a) this.diags.fatal(at.pos, `'#' is not followed by a macro parameter in '${m.name}'`);
        out.push(t.respelled('str', stringify(a)));
        k++;
        continue;
      }
      if (t.text === '##' && t.kind === 'punct') {
        const rhsTok = body[k + 1]!;
        const rhs = argOf(rhsTok) ?? [rhsTok];
        k++;
        if (out.length === 0 || rhs.length === 0) { pushAll(out, rhs); continue; }
        const lhs = out.pop()!;
        out.push(this.paste(lhs, rhs[0]!, at));
        pushAll(out, rhs.slice(1));
        continue;
      }
      const a = argOf(t);
      if (a) {
        // Operands of ## are not expanded first.
        if (body[k + 1]?.text === '##') { pushAll(out, a); continue; }
        const ex = this.expandAll(a);
        if (ex.length > 0) { const e = ex[0]!; ex[0] = new Token(e.kind, e.text, e.file, e.offset, t.spaceBefore, e.bol, e.hide); }
        pushAll(out, ex);
        continue;
      }
      out.push(t);
    }
    return out;
  }

  private paste(a: Token, b: Token, at: Token): Token {
    const text = a.text + b.text;
    const scratch = new Diagnostics();
    const toks = tokenize({ name: at.file.name, text }, scratch);
    if (scratch.hasErrors || toks.length !== 2) this.diags.fatal(at.pos, `pasting "${a.text}" and "${b.text}" does not give a valid preprocessing token`);
    return new Token(toks[0]!.kind, toks[0]!.text, a.file, a.offset, a.spaceBefore, false);
  }
}

/** out.push(...toks) without spreading, which overflows the stack for a huge macro argument. */
function pushAll(out: Token[], toks: Token[]): void {
  for (const t of toks) out.push(t);
}

function stringify(toks: Token[]): string {
  let s = '';
  toks.forEach((t, k) => {
    if (k > 0 && t.spaceBefore) s += ' ';
    s += t.kind === 'str' || t.kind === 'char' ? t.text.replace(/[\\"]/g, (c) => '\\' + c) : t.text;
  });
  return `"${s}"`;
}
