// Runs every gallery attack on QEMU (qemu-system-i386 -kernel, through
// scripts/qemu-run) with the same kernel image, modules and command line as
// `ringside attacks`, and records how each ended as a fixture that
// tests/attacks/qemu-agreement.test.ts holds ringside to.
//   npx tsx scripts/qemu-attacks.ts [--kernel-opts OPTS | --all] [--only NAME ...]
// --all records every option set of GALLERY_KERNEL_OPTS (default, nocheck,
// flat, ring0, shared), one fixture each.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTraceLine } from '../src/debug/trace.ts';
import { PROJECT_ROOT } from '../src/build/bundle.ts';
import { AttackEndTracker, attackCmdline, INPUT, readConsole } from '../src/attacks/batch.ts';
import { loadGallery, selectAttacks } from '../src/attacks/gallery.ts';
import { attackLimit } from '../src/attacks/run-attack.ts';
import { qemuFixturePath, type QemuAttackResult, type QemuFixture } from '../src/attacks/qemu-fixture.ts';
import { GALLERY_KERNEL_OPTS } from '../src/attacks/qemu-differences.ts';

const args = process.argv.slice(2);
let optionSets: string[] = [''];
const only: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--kernel-opts') optionSets = [args[++i] ?? ''];
  else if (args[i] === '--all') optionSets = [...GALLERY_KERNEL_OPTS];
  else if (args[i] === '--only') only.push(args[++i] ?? '');
  else {
    console.error(`qemu-attacks: unknown argument "${args[i]}" (use --kernel-opts OPTS or --all, --only NAME)`);
    process.exit(2);
  }
}

const { bundle, attacks } = loadGallery();
const chosen = selectAttacks(attacks, only);
// The bundled images as files, in the layout scripts/qemu-run expects.
const dir = join(PROJECT_ROOT, 'build', 'attacks-qemu');
rmSync(dir, { recursive: true, force: true });
mkdirSync(join(dir, 'user'), { recursive: true });
writeFileSync(join(dir, 'kernel.elf'), bundle.kernel);
for (const p of bundle.programs) writeFileSync(join(dir, 'user', `${p.name}.elf`), p.elf);

const version = spawnSync('qemu-system-i386', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0] ?? '';
for (const kernelOpts of optionSets) record(kernelOpts);

function record(kernelOpts: string): void {
  console.error(`qemu-attacks: kernel options "${kernelOpts || '(default)'}"`);
  const results: QemuAttackResult[] = [];
  for (const attack of chosen) {
    const trace = join(dir, 'trace.log');
    rmSync(trace, { force: true });
    const cmdline = attackCmdline(attack.name, kernelOpts, attackLimit(attack, {}));
    const run = spawnSync(join(PROJECT_ROOT, 'scripts', 'qemu-run'), cmdline.split(' '), {
      env: { ...process.env, DIR: dir, TRACE: trace, QEMU_TIMEOUT: '30' },
      input: INPUT,
      encoding: 'latin1',
    });
    const tracker = new AttackEndTracker(attack.name);
    let traceText = '';
    try {
      traceText = readFileSync(trace, 'latin1');
    } catch {
      // No trace at all: the kernel never got going; the result says so.
    }
    for (const line of traceText.split('\n')) {
      const e = parseTraceLine(line);
      if (e) tracker.push(e);
    }
    const found = readConsole(run.stdout ?? '');
    // qemu-run passes -no-reboot, so a triple fault (a reset) makes QEMU exit
    // without the kernel writing the exit port: the same event as ringside's.
    const stop = run.status === 124 ? 'the machine hung (QEMU timeout)'
      : /without the exit port/.test(run.stderr ?? '') ? 'the machine reset (triple fault)'
        : `QEMU ended (status ${run.status})`;
    const result: QemuAttackResult = {
      name: attack.name,
      end: tracker.result(stop),
      shellAlive: found.shellAlive,
      freePagesBefore: found.freePagesBefore,
      freePagesAfter: found.freePagesAfter,
    };
    results.push(result);
    console.error(`${attack.name}: ${JSON.stringify(result.end)} shell ${result.shellAlive ? 'alive' : 'dead'}`);
  }

  const fixture: QemuFixture = {
    kernelOpts: kernelOpts.trim(),
    qemu: version,
    kernelSha256: createHash('sha256').update(bundle.kernel).digest('hex'),
    results,
  };
  const out = qemuFixturePath(kernelOpts);
  if (only.length) {
    console.log(JSON.stringify(fixture, null, 2));
  } else {
    writeFileSync(out, `${JSON.stringify(fixture, null, 2)}\n`);
    console.error(`wrote ${out}`);
  }
}
