// src/cpu reads one way: every module imports (at run time) only modules of
// its own layer or the layers below it, and nothing imports in a circle.
// `import type` is left out: it is erased, and every layer names the Cpu
// type (the state the operations act on).
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CPU_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/cpu');

/** Layers from the bottom; a module belongs to the first pattern it matches (path relative to src/cpu). */
const LAYERS: [string, RegExp][] = [
  ['base', /^(flags|lazy-flags|exceptions|segment-attr|tlb|code-pages|breakpoints|hooks)\.ts$/],
  ['memory', /^(paging|segmentation)\.ts$/],
  ['operations', /^(alu|shifts|muldiv|bcd|string-ops|io-ops|interrupts|far-transfer|debug-traps|system-ops|lock-check)\.ts$|^interp\/operands\.ts$|^x87\//],
  ['semantics', /^semantics\//],
  ['interpreter', /^interp\/decode-cache\.ts$|^dispatch\.ts$/],
  ['compiler', /^jit\//],
  ['cpu', /^cpu\.ts$/],
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [relative(CPU_DIR, path)] : [];
  });
}

/** Run-time imports of a module inside src/cpu (relative paths), `import type` left out. */
export function runtimeImports(file: string, text: string): string[] {
  const out: string[] = [];
  const statement = /(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?'([^']+)'/g;
  for (const m of text.matchAll(statement)) {
    if (m[1] || !m[2].startsWith('.')) continue;
    const target = relative(CPU_DIR, resolve(CPU_DIR, dirname(file), m[2]));
    if (!target.startsWith('..')) out.push(target);
  }
  return out;
}

function layerOf(file: string): number {
  const i = LAYERS.findIndex(([, re]) => re.test(file));
  if (i < 0) throw new Error(`layering test: ${file} is in no layer; add it to LAYERS (and to src/cpu/README.md)`);
  return i;
}

/** A cycle in the graph, as a path that starts and ends at the same module, or null. */
export function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (n: string): string[] | null => {
    state.set(n, 1);
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (state.get(m) === 1) return [...stack.slice(stack.indexOf(m)), m];
      if (!state.has(m)) {
        const c = visit(m);
        if (c) return c;
      }
    }
    stack.pop();
    state.set(n, 2);
    return null;
  };
  for (const n of graph.keys()) {
    if (!state.has(n)) {
      const c = visit(n);
      if (c) return c;
    }
  }
  return null;
}

const graph = new Map(sources(CPU_DIR).map((f) => [f, runtimeImports(f, readFileSync(join(CPU_DIR, f), 'utf8'))]));

describe('src/cpu layering', () => {
  it('has no import cycle', () => {
    expect(findCycle(graph)).toBe(null);
  });

  it('imports only from the same layer or below', () => {
    const upward: string[] = [];
    for (const [file, imports] of graph) {
      for (const target of imports) {
        if (layerOf(target) > layerOf(file)) upward.push(`${file} (${LAYERS[layerOf(file)][0]}) imports ${target} (${LAYERS[layerOf(target)][0]})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('reads imports the way the checks above need', () => {
    const text = "import type { Cpu } from '../cpu.ts';\nimport { a,\n  b } from '../alu.ts';\nexport { c } from '../x87/state.ts';\nimport { d } from '../../isa/table.ts';";
    expect(runtimeImports('semantics/arith.ts', text)).toEqual(['alu.ts', 'x87/state.ts']);
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', ['b']], ['b', []]]))).toBe(null);
  });
});
