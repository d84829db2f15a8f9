// kernel-cc-build: builds the kernel and the bundled programs with the
// project's own compiler, to check that cc accepts them and to boot them.
//   npx tsx scripts/kernel-cc-build.ts project   cc + project assembler (buildExecutable) -> build/cc/
//   npx tsx scripts/kernel-cc-build.ts nasm      cc's assembly + NASM + ld            -> build/cc-nasm/
// The layout matches build/native/, so `DIR=build/cc scripts/qemu-run ...` boots it.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as driver from '../cc/driver.ts';

type Build = (paths: string[], opts: { kind: 'kernel' | 'user'; includePaths?: string[] }) => { elf: Uint8Array };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mode = process.argv[2];
if (mode !== 'project' && mode !== 'nasm') {
  console.error('usage: kernel-cc-build.ts project|nasm');
  process.exit(2);
}
const out = path.join(root, 'build', mode === 'project' ? 'cc' : 'cc-nasm');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(path.join(out, 'user'), { recursive: true });

const kernelDir = path.join(root, 'kernel');
const userDir = path.join(kernelDir, 'user');
const list = (dir: string) =>
  fs.readdirSync(dir).filter((f) => /\.(c|s)$/.test(f)).sort().map((f) => path.join(dir, f));

function viaNasm(paths: string[], kind: 'kernel' | 'user', elfPath: string): void {
  const { units } = driver.programUnits(paths, { kind, includePaths: [path.dirname(paths[0]!)] });
  // One whole-program assembly, as the project's assembler sees it; NASM
  // rejects `extern` for a symbol defined in the same file, so drop those.
  const whole = units.map((u) => u.text).join('\n').replace(/^\s*extern\s.*$/gm, '');
  const asm = elfPath.replace(/\.elf$/, '.s');
  fs.writeFileSync(asm, whole);
  execFileSync('nasm', ['-w-other', '-f', 'elf32', asm, '-o', asm + '.o'], { stdio: 'inherit' });
  const script = path.join(root, 'scripts', 'kernel-native-runtime', kind === 'kernel' ? 'kernel.ld' : 'user.ld');
  execFileSync('ld', ['-m', 'elf_i386', '-nostdlib', '-z', 'max-page-size=4096', '-z', 'noexecstack',
    '--build-id=none', '-T', script, '-o', elfPath, asm + '.o'], { stdio: 'inherit' });
}

function build(paths: string[], kind: 'kernel' | 'user', elfPath: string): boolean {
  try {
    if (mode === 'nasm') viaNasm(paths, kind, elfPath);
    else {
      const buildExecutable = (driver as unknown as { buildExecutable?: Build }).buildExecutable;
      if (!buildExecutable) throw new Error('cc/driver.ts does not export buildExecutable yet');
      fs.writeFileSync(elfPath, buildExecutable(paths, { kind, includePaths: [path.dirname(paths[0]!)] }).elf);
    }
    return true;
  } catch (e) {
    const text = e instanceof driver.CompileError || (e as { diagnostics?: string[] }).diagnostics
      ? (e as { diagnostics: string[] }).diagnostics.join('\n')
      : String((e as Error).message ?? e);
    console.error(`${path.relative(root, elfPath)}: build failed\n${text}`);
    return false;
  }
}

let ok = build(list(kernelDir), 'kernel', path.join(out, 'kernel.elf'));
for (const file of [...list(userDir), ...list(path.join(userDir, 'attacks'))]) {
  ok = build([file], 'user', path.join(out, 'user', path.basename(file).replace(/\.(c|s)$/, '.elf'))) && ok;
}
console.log(`kernel-cc-build (${mode}): ${ok ? 'all built' : 'FAILURES'} in ${path.relative(root, out)}/`);
process.exit(ok ? 0 : 1);
