// Regenerates tests/isa/fixtures/program-*/nasm-sections.txt: each folder holds the
// assembly units of a whole program (a snapshot of cc output: the kernel, a user
// program) and layout.json ({ base, entry }). NASM assembles the units as one flat
// binary with the project's layout (.multiboot, .text, .rodata, others, .data, .bss,
// each on a 4 KiB boundary from base), independently of our assembler, and the
// sections' addresses and bytes are recorded: "name<TAB>address<TAB>size<TAB>hex".
// Run with: npx tsx scripts/gen-objdump-fixtures-nasm-program.ts (needs nasm).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RANK = (n: string) => n === '.multiboot' ? 0 : n === '.text' ? 1 : n === '.rodata' ? 2 : n === '.data' ? 4 : n === '.bss' ? 5 : 3;
const work = mkdtempSync(join(tmpdir(), 'ringside-nasm-program-'));

for (const dir of readdirSync('tests/isa/fixtures').filter((d) => d.startsWith('program-')).map((d) => join('tests/isa/fixtures', d))) {
  const { base } = JSON.parse(readFileSync(join(dir, 'layout.json'), 'utf8')) as { base: number };
  const units = readdirSync(dir).filter((f) => f.endsWith('.s')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  const names: string[] = [];
  for (const u of units) for (const m of u.matchAll(/^\s*section\s+(\S+)/gm)) if (!names.includes(m[1])) names.push(m[1]);
  const order = names.map((n, i) => ({ n, i })).sort((a, b) => RANK(a.n) - RANK(b.n) || a.i - b.i).map((x) => x.n);
  // Section declarations carrying the layout; units may then reopen sections by name only.
  // "sectalign off": an align directive must not change a section's own alignment.
  let src = `bits 32\nsectalign off\n[map sections ${join(work, 'out.map')}]\n`;
  order.forEach((n, i) => {
    const nobits = n === '.bss';
    const place = i === 0 ? `vstart=0x${base.toString(16)}` : `vfollows=${order[i - 1]} valign=4096`;
    src += `section ${n} ${nobits ? 'nobits' : 'progbits'} ${nobits ? '' : i === 0 ? 'align=1' : `follows=${order[i - 1]} align=1`} ${place}\n`;
  });
  // One program: extern is meaningless (and NASM rejects extern + definition in one file).
  for (const u of units) src += `section .text\n${u.replace(/^\s*extern\b.*$/gm, '').replace(/^(\s*section\s+\S+).*$/gm, '$1')}\n`;
  writeFileSync(join(work, 'program.s'), src);
  execFileSync('nasm', ['-f', 'bin', '-o', join(work, 'out.bin'), join(work, 'program.s')], { stdio: ['ignore', 'inherit', 'inherit'] });
  const bin = readFileSync(join(work, 'out.bin'));
  const map = readFileSync(join(work, 'out.map'), 'utf8');
  // Map rows: "Vstart    Start    Stop    Length    Class    Name" with real (file) start for progbits.
  const out: string[] = [];
  let fileStart = -1;
  for (const m of map.matchAll(/^\s*([0-9A-F]+)\s+([0-9A-F]+)\s+([0-9A-F]+)\s+([0-9A-F]+)\s+(progbits|nobits)\s+(\S+)\s*$/gm)) {
    const [, vstart, start, , length, cls, name] = m;
    const len = parseInt(length, 16);
    if (fileStart < 0 && cls === 'progbits') fileStart = parseInt(start, 16);
    const bytes = cls === 'progbits' ? bin.subarray(parseInt(start, 16) - fileStart, parseInt(start, 16) - fileStart + len) : Buffer.alloc(0);
    if (len > 0) out.push(`${name}\t${parseInt(vstart, 16).toString(16)}\t${len}\t${bytes.toString('hex')}`);
  }
  const version = execFileSync('nasm', ['-v'], { encoding: 'utf8' }).trim();
  writeFileSync(join(dir, 'nasm-sections.txt'), `# ${version}, by scripts/gen-objdump-fixtures-nasm-program.ts: name<TAB>address<TAB>size<TAB>hex\n${out.join('\n')}\n`);
  console.log(`${dir}: ${out.map((l) => l.split('\t').slice(0, 3).join(' ')).join(', ')}`);
}
