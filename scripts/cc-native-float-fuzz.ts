// Differential test of cc's floating point against gcc + glibc, natively:
// random printf conversions of random doubles (%f %e %E %g %G %a %A with flags,
// width and precision), random strtod/strtof inputs (up to 900 digits, the
// denormal and overflow ranges, hex), and random double expressions (all of
// + - * / comparisons ?: && casts and conversions to and from integers).
// Each is built by cc (linked natively by scripts/cc-native-link.ts) and by gcc;
// the outputs must be identical. The expressions are compared with gcc's
// SSE2 code, whose doubles round every operation as cc's 53-bit x87 does.
// Usage: npx tsx scripts/cc-native-float-fuzz.ts [seed] [rounds]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NativeLinker, runTool } from './cc-native-link.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-float-fuzz-'));
const firstSeed = Number(process.argv[2] ?? 1), rounds = Number(process.argv[3] ?? 3);
if (!Number.isInteger(firstSeed) || !Number.isInteger(rounds) || rounds < 1) {
  console.error('usage: npx tsx scripts/cc-native-float-fuzz.ts [seed] [rounds]');
  process.exit(2);
}

const run = (cmd: string, args: string[]): string => runTool(cmd, args, { timeoutMs: 60_000 });

/** A small deterministic generator (xorshift), so a seed names a test. */
function rng(seed: number): { int(n: number): number; pick<T>(a: readonly T[]): T; chance(p: number): boolean } {
  let s = (seed * 2654435761) >>> 0 || 1;
  const next = () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 4294967296; };
  return { int: (n) => Math.floor(next() * n), pick: (a) => a[Math.floor(next() * a.length)]!, chance: (p) => next() < p };
}

function printfProgram(seed: number): string {
  const r = rng(seed);
  const hex = (bits: number) => Array.from({ length: bits / 4 }, () => '0123456789abcdef'[r.int(16)]).join('');
  const lines: string[] = [];
  for (let i = 0; i < 300; i++) {
    const kind = r.int(4);
    // Random bits in a chosen exponent band: any, near 1, denormal, or a decimal-looking value.
    const exp = kind === 0 ? r.int(2047) : kind === 1 ? 1000 + r.int(100) : kind === 2 ? 0 : 1023 + r.int(12);
    const top = ((r.int(2) << 11) | exp).toString(16).padStart(3, '0');
    const bits = `0x${top}${hex(52)}ULL`;
    const flags = Array.from({ length: r.int(3) }, () => r.pick(['-', '+', ' ', '#', '0'])).join('');
    const fmt = `%${flags}${r.pick(['', '5', '12', '25'])}${r.pick(['', '.0', '.1', '.3', '.10', '.17', '.25', '.40'])}${r.pick(['f', 'e', 'E', 'g', 'G', 'a', 'A'])}`;
    lines.push(`  x.b = ${bits}; printf("[${fmt}]\\n", x.d);`);
  }
  return `#include <stdio.h>\nunion u { double d; unsigned long long b; };\nint main(void)\n{\n  union u x;\n${lines.join('\n')}\n  return 0;\n}\n`;
}

function strtodProgram(seed: number): string {
  const r = rng(seed);
  const inputs: string[] = [];
  for (let i = 0; i < 200; i++) {
    if (r.chance(0.1)) {
      inputs.push(`0x${Array.from({ length: 1 + r.int(20) }, () => '0123456789abcdef'[r.int(16)]).join('')}p${r.int(2110) - 1080}`);
      continue;
    }
    const n = r.pick([1, 3, 8, 15, 16, 17, 18, 20, 25, 40, 120, 900]);
    const digits = Array.from({ length: n }, () => String(r.int(10))).join('');
    const e = r.pick([0, r.int(61) - 30, -340 + r.int(40), 290 + r.int(20), -1100 + r.int(100)]);
    const p = r.int(n + 1);
    inputs.push(`${digits.slice(0, p)}.${digits.slice(p)}e${e}`);
  }
  return `#include <stdio.h>\n#include <stdlib.h>\nunion u { double d; unsigned w[2]; float f; };\n` +
    `static const char *s[] = {\n${inputs.map((x) => `  "${x}"`).join(',\n')}\n};\n` +
    `int main(void)\n{\n  int i;\n  union u a, b;\n  for (i = 0; i < ${inputs.length}; i++) {\n` +
    `    a.d = strtod(s[i], 0);\n    b.f = strtof(s[i], 0);\n    printf("%08x%08x %08x\\n", a.w[1], a.w[0], b.w[0]);\n  }\n  return 0;\n}\n`;
}

function expressionProgram(seed: number): string {
  const r = rng(seed);
  const leaf = (): string => {
    const k = r.int(10);
    if (k < 4) return r.pick(['d0', 'd1', 'd2', 'd3']);
    if (k < 6) return r.pick(['i0', 'i1', 'u0', 'll0', 'ull0', 'c0']);
    return `(${(r.int(200000) / 10 ** r.int(5) - 100).toString()})`;
  };
  const expr = (depth: number): string => {
    if (depth === 0 || r.chance(0.25)) return leaf();
    const a = expr(depth - 1), b = expr(depth - 1);
    switch (r.int(9)) {
      case 0: return `(${a} + ${b})`;
      case 1: return `(${a} - ${b})`;
      case 2: return `(${a} * ${b})`;
      case 3: return `(${a} / (double)${b})`;
      case 4: return `(${a} ${r.pick(['<', '<=', '>', '>=', '==', '!='])} ${b})`;
      case 5: return `(${a} ? ${b} : ${expr(depth - 1)})`;
      case 6: return `(${a} ${r.pick(['&&', '||'])} ${b})`;
      case 7: return `(double)(float)(${a})`;
      default: return `(-(${a}))`;
    }
  };
  const lines: string[] = [];
  for (let i = 0; i < 60; i++) {
    lines.push(`  { double r = ${expr(4)}; printf("%.17g\\n", r); }`);
    // Conversions to integers, kept in range (out of range is undefined behaviour).
    lines.push(`  { double v = ${expr(2)}; if (v > -2e9 && v < 2e9) printf("%d %lld\\n", (int)v, (long long)(v * 1000)); if (v >= 0 && v < 1.7e10) printf("%llu %u\\n", (unsigned long long)(v * 1e9), (unsigned)(v / 4)); }`);
  }
  return `#include <stdio.h>\ndouble d0 = 1.5, d1 = -0.1, d2 = 1e10, d3 = 0.0;\nint i0 = 7, i1 = -3;\nunsigned u0 = 3000000000u;\n` +
    `long long ll0 = -123456789012LL;\nunsigned long long ull0 = 18000000000000000000ULL;\nsigned char c0 = -5;\n` +
    `int main(void)\n{\n${lines.join('\n')}\n  return 0;\n}\n`;
}

const linker = new NativeLinker(work);

/** Build with cc + the runtime, linked natively, and run. */
function viaCc(file: string): string {
  const exe = path.join(work, 'cc-prog');
  linker.link([file], exe, { warnings: { none: true } });
  return run(exe, []);
}

function viaGcc(file: string, extra: string[]): string {
  const exe = path.join(work, 'gcc-prog');
  run('gcc', ['-m32', '-O0', '-w', ...extra, '-o', exe, file, '-lm']);
  return run(exe, []);
}

let failures = 0;
for (let seed = firstSeed; seed < firstSeed + rounds; seed++) {
  const cases: [string, string, string[]][] = [
    ['printf', printfProgram(seed), []],
    ['strtod', strtodProgram(seed), []],
    ['expressions', expressionProgram(seed), ['-msse2', '-mfpmath=sse']],
  ];
  for (const [name, text, extra] of cases) {
    const file = path.join(work, `${name}.c`);
    fs.writeFileSync(file, text);
    const want = viaGcc(file, extra).split('\n'), got = viaCc(file).split('\n');
    const at = want.findIndex((l, i) => l !== got[i]);
    if (at < 0 && want.length === got.length) continue;
    failures++;
    const kept = path.join(os.tmpdir(), `cc-float-fuzz-${name}-${seed}.c`);
    fs.copyFileSync(file, kept);
    console.log(`FAIL ${name} seed ${seed}, output line ${at + 1}: gcc ${JSON.stringify(want[at])}, cc ${JSON.stringify(got[at])} (program kept as ${kept})`);
  }
}
console.log(`${rounds} seed(s), ${rounds * 3 - failures} of ${rounds * 3} programs agree`);
fs.rmSync(work, { recursive: true, force: true });
process.exit(failures ? 1 : 0);
