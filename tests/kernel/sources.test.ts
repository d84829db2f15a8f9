// The kernel and its programs stay inside the C subset the project's compiler
// implements, and satisfy whole-program assembly (one namespace for globals).
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileToAssembly, CompileError, INCLUDE_DIR } from '../../cc/driver.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const KERNEL = path.join(ROOT, 'kernel');
const USER = path.join(KERNEL, 'user');

function files(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir).filter((f) => ext.test(f)).sort().map((f) => path.join(dir, f));
}

const kernelC = files(KERNEL, /\.c$/);
const kernelH = files(KERNEL, /\.h$/);
const kernelS = files(KERNEL, /\.s$/);
const userC = [...files(USER, /\.c$/), ...files(path.join(USER, 'attacks'), /\.c$/)];

/** Source text with comments, strings and character constants blanked out. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '""')
    .replace(/'(?:[^'\\\n]|\\.)*'/g, "''");
}

const forbidden: [RegExp, string][] = [
  [/\/\//, '// comment'],
  [/\binline\b/, 'inline'],
  [/\b__attribute__\b/, 'GCC attribute'],
  [/\b__asm__\b|\basm\s+volatile\b|\basm\s*\([^)]*:/, 'asm with operands or GCC spelling'],
  [/\b(float|double)\b/, 'floating point'],
  [/\b__builtin_\w+/, 'GCC builtin'],
  [/[{,]\s*\.[A-Za-z_]\w*\s*=/, 'designated initializer'],
  [/[{,]\s*\[[^\]]*\]\s*=/, 'designated array initializer'],
  [/\)\s*\{\s*[^;{}]*\}\s*[;,)]/, 'compound literal'],
];

function violations(file: string): string[] {
  const text = code(fs.readFileSync(file, 'utf8'));
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const [re, what] of forbidden) {
      if (re.test(line)) found.push(`${path.relative(ROOT, file)}:${i + 1}: ${what}: ${line.trim()}`);
    }
  });
  // Bitfields: "name : width;" inside a struct or union body.
  for (const m of text.matchAll(/\b(?:struct|union)\s+\w*\s*\{([^}]*)\}/g)) {
    if (/\w\s*:\s*\d+\s*;/.test(m[1]!)) found.push(`${path.relative(ROOT, file)}: bitfield in ${m[0].slice(0, 40)}...`);
  }
  return found;
}

describe('kernel sources use only the C subset', () => {
  it('finds the kernel, its headers and its programs', () => {
    expect(kernelC.length).toBeGreaterThan(15);
    expect(kernelH.length).toBeGreaterThan(15);
    expect(kernelS.length).toBeGreaterThanOrEqual(5);
    expect(userC.length).toBeGreaterThanOrEqual(9);
  });

  for (const file of [...kernelC, ...kernelH, ...userC]) {
    it(path.relative(ROOT, file), () => {
      expect(violations(file)).toEqual([]);
    });
  }

  it('the lint itself catches what it must', () => {
    const tmp = path.join(fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'ksubset-')), 'bad.c');
    fs.writeFileSync(tmp, [
      'int a; // x',
      'static inline int f(void) { return 0; }',
      'struct s { int x : 3; };',
      'struct s v = { .x = 1 };',
      'void g(void) { asm("mov %0, eax" : "=r"(a)); }',
      'const char *ok = "http://not-a-comment";',
    ].join('\n'));
    const found = violations(tmp).join('\n');
    expect(found).toContain(':1: // comment');
    expect(found).toContain(':2: inline');
    expect(found).toContain('bitfield');
    expect(found).toContain(':4: designated initializer');
    expect(found).toContain(':5: asm with operands');
    expect(found).not.toContain(':6:');
  });
});

describe('whole-program assembly', () => {
  it('every global symbol of the kernel is defined once', () => {
    const definitions = new Map<string, string[]>();
    const add = (name: string, where: string) => definitions.set(name, [...(definitions.get(name) ?? []), where]);
    for (const file of kernelS) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/^\s*global\s+(\w+)/gm)) add(m[1]!, path.basename(file));
    }
    for (const file of kernelC) {
      const text = code(fs.readFileSync(file, 'utf8'));
      // Non-static function definitions start at column 0 and are followed by a '{' line.
      for (const m of text.matchAll(/^(?!static\b)[A-Za-z_][\w \t*]*?\b(\w+)\([^;{]*\)\s*\n\{/gm)) add(m[1]!, path.basename(file));
      // Non-static global variables at column 0 ending in ';' or '= ...;'
      for (const m of text.matchAll(/^(?!static\b|extern\b|typedef\b|struct\s+\w+\s*\{|#)[A-Za-z_][\w \t*]*?\b(\w+)(?:\[[^\]]*\])*\s*(?:=[^;]*)?;/gm)) {
        add(m[1]!, path.basename(file));
      }
    }
    const duplicates = [...definitions].filter(([, where]) => where.length > 1).map(([n, w]) => `${n}: ${w.join(', ')}`);
    expect(duplicates).toEqual([]);
    expect(definitions.get('kmain')).toEqual(['main.c']);
    expect(definitions.get('_start')).toEqual(['entry.s']);
    expect(definitions.get('boot_options')).toEqual(['options.c']);
  });

  it('kernel_end is defined by the .s file whose name sorts last', () => {
    const last = kernelS[kernelS.length - 1]!;
    expect(path.basename(last)).toBe('zz_kernel_end.s');
    expect(fs.readFileSync(last, 'utf8')).toMatch(/^kernel_end:/m);
  });
});

describe('the project compiler accepts the kernel and its programs', () => {
  const compile = (paths: string[], includePaths: string[]) => {
    try {
      return compileToAssembly(paths.map((p) => ({ name: p, text: fs.readFileSync(p, 'utf8') })), { includePaths });
    } catch (e) {
      if (e instanceof CompileError) throw new Error(e.diagnostics.join('\n'));
      throw e;
    }
  };

  it('kernel/*.c', () => {
    const units = compile(kernelC, [KERNEL, INCLUDE_DIR]);
    expect(units).toHaveLength(kernelC.length);
    const all = units.map((u) => u.text).join('\n');
    expect(all).toMatch(/^\s*kmain:/m);
    expect(all).toMatch(/^\s*trap:/m);
  });

  for (const file of userC) {
    it(path.relative(ROOT, file), () => {
      const units = compile([file], [path.dirname(file)]);
      expect(units[0]!.text).toMatch(/^\s*main:/m);
    });
  }
});
