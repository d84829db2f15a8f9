// The `ringside` command: run a program on the bundled kernel, boot a kernel
// interactively, and the toolchain (cc, asm, disasm).
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
// The emulator, the compiler and the assembler are imported by the commands
// that use them, so that `--help` and usage errors answer at once.
import type { Machine, MachineState } from './machine/machine.ts';
import type { BootModule } from './machine/multiboot.ts';

/** Where the CLI reads and writes; the process streams unless a test supplies others. */
export interface CliIo {
  stdout: { write(chunk: string | Uint8Array): unknown };
  stderr: { write(chunk: string | Uint8Array): unknown };
  stdin: NodeJS.ReadStream | null;
}

/** Exit status for a machine that died (triple fault, HLT with interrupts off). EX_SOFTWARE. */
export const EXIT_MACHINE_DIED = 70;
/** Exit status when the host-side time limit stops the machine (as timeout(1) does). */
export const EXIT_TIME_LIMIT = 124;

/** A problem the user caused, reported as one line (or the given diagnostics) and exit 1. */
class UsageError extends Error {
  override name = 'UsageError';
}

/** Exit status when gdb killed the machine (128 + SIGKILL). */
const EXIT_KILLED_BY_GDB = 137;
/** gdb's usual port for `target remote :1234` (QEMU's -s too). */
const DEFAULT_GDB_PORT = 1234;

/** Exit status when the user stopped ringside with a second Ctrl-C (128 + SIGINT). */
const EXIT_INTERRUPTED = 130;
const CTRL_C = 0x03;

/** Runs the CLI with `argv` (without node and script) and resolves to the exit status. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  let exitCode = 0;
  // gcc-style -Wname options of `cc` would be split into letters by yargs.
  if (argv[0] === 'cc') argv = argv.map((x, i) => (/^-W./.test(x) && !argv.slice(0, i).includes('--') ? `--warn=${x.slice(2)}` : x));
  // So would -IDIR (-Iinc as -I -i -n -c, and `-I.` lost the file after it): make it -I DIR.
  if (argv[0] === 'cc') argv = argv.flatMap((x, i) => (/^-I./.test(x) && !argv.slice(0, i).includes('--') ? ['-I', x.slice(2)] : [x]));
  const parser = yargs(withGdbDefault(argv))
    .scriptName('ringside')
    .parserConfiguration({ 'populate--': true })
    .usage('$0 <command> [options]')
    .command(
      'run <file> [args..]',
      'build FILE (with any further .c/.s/.asm files right after it) and run it on the bundled kernel; exit with its status',
      (y) =>
        y
          .positional('file', { type: 'string', demandOption: true, describe: 'a .c, .s or .asm source, or an ELF executable' })
          .positional('args', { type: 'string', array: true, describe: 'arguments for the program' })
          .option('trace', { type: 'boolean', default: false, describe: 'print the kernel trace lines (port 0xE9) to stderr' })
          .option('kernel-opts', { type: 'string', default: '', describe: 'kernel options, e.g. "ring0 nocheck"' })
          .option('limit', { type: 'string', describe: 'the kernel\'s time limit in seconds (0: none)' })
          .option('gdb', { type: 'string', describe: `--gdb[=PORT]: wait for gdb (target remote :PORT, default ${DEFAULT_GDB_PORT}) at the first instruction` }),
      async (a) => {
        const { files, args } = splitRunArguments(
          a.file as string,
          ((a.args as unknown[] | undefined) ?? []).map(String),
          // Arguments after `--` may look like options: `ringside run prog.c -- -x`.
          ((a['--'] as unknown[] | undefined) ?? []).map(String),
        );
        exitCode = await commandRun(io, {
          files,
          args,
          trace: a.trace as boolean,
          kernelOpts: a['kernel-opts'] as string,
          limit: lastValue(a.limit),
          gdbPort: gdbPort(a.gdb),
        });
      },
    )
    .command(
      'boot',
      'boot a kernel with the serial console on stdin/stdout (Ctrl-A x quits)',
      (y) =>
        y
          .option('kernel', { type: 'string', describe: 'a multiboot ELF kernel (default: the bundled kernel and programs)' })
          .option('module', { type: 'string', array: true, describe: 'FILE[,ARGS]: add a module (repeatable)' })
          .option('append', { type: 'string', default: '', describe: 'the kernel command line' })
          .option('memory', { type: 'number', default: 32, describe: 'RAM in MiB' })
          .option('gdb', { type: 'string', describe: `--gdb[=PORT]: wait for gdb (target remote :PORT, default ${DEFAULT_GDB_PORT}) at the first instruction` }),
      async (a) => {
        exitCode = await commandBoot(io, {
          kernel: a.kernel as string | undefined,
          modules: ((a.module as string[] | undefined) ?? []).map(String),
          append: a.append as string,
          memoryMiB: a.memory as number,
          gdbPort: gdbPort(a.gdb),
        });
      },
    )
    .command(
      'tui [files..]',
      'boot the bundled kernel and programs (plus FILES) in the terminal debugger UI',
      (y) =>
        y
          .positional('files', { type: 'string', array: true, describe: 'extra programs: .c, .s or ELF files' })
          .option('bench', { type: 'boolean', default: false, describe: 'measure frames/s and guest MIPS against headless, then exit' })
          .option('bench-seconds', { type: 'number', default: 4 })
          .option('append', { type: 'string', default: '', describe: 'the kernel command line' })
          .option('memory', { type: 'number', default: 32, describe: 'RAM in MiB' })
          .option('fps', { type: 'number', default: 12, describe: 'frames a second while running' })
          .option('paused', { type: 'boolean', default: false, describe: 'start paused at the kernel entry' })
          .option('gdb', { type: 'string', describe: `--gdb[=PORT]: start paused and accept gdb (target remote :PORT, default ${DEFAULT_GDB_PORT})` }),
      async (a) => {
        const { commandTui } = await import('./tui/command.ts');
        exitCode = await commandTui(io, {
          files: ((a.files as unknown[] | undefined) ?? []).map(String), bench: a.bench as boolean, benchSeconds: a['bench-seconds'] as number,
          append: a.append as string, memoryMiB: a.memory as number, fps: a.fps as number, paused: a.paused as boolean,
          gdbPort: gdbPort(a.gdb),
        });
      },
    )
    .command(
      'cc <files..>',
      'compile C (and assembly) files into a user program, or to assembly (-S) or preprocessed text (-E)',
      (y) =>
        y
          .positional('files', { type: 'string', array: true, demandOption: true })
          .option('o', { type: 'string', describe: 'output file (default a.out; stdout for -S/-E)' })
          .option('S', { type: 'boolean', describe: 'stop after generating assembly' })
          .option('E', { type: 'boolean', describe: 'preprocess only' })
          // Not `array: true`, which would swallow the files after `-I DIR`; repeating -I gives an array.
          .option('I', { type: 'string', requiresArg: true, describe: 'add an include directory (-IDIR or -I DIR, repeatable)' })
          .option('warn', { type: 'string', describe: '-Wname, -Wno-name, -Werror[=name] (written -W...)' })
          .option('w', { type: 'boolean', describe: 'no warnings' })
          .option('kernel', { type: 'boolean', default: false, describe: 'build a kernel (no user runtime, based at 1 MiB)' })
          .conflicts('S', 'E'),
      async (a) => {
        exitCode = await commandCc(io, {
          files: (a.files as unknown[]).map(String),
          out: a.o as string | undefined,
          assembly: a.S === true,
          preprocess: a.E === true,
          includePaths: includeDirs(a.I),
          kernel: a.kernel as boolean,
          warn: (a.warn === undefined ? [] : Array.isArray(a.warn) ? a.warn : [a.warn]).map(String),
          noWarnings: a.w === true,
        });
      },
    )
    .command(
      'asm <file>',
      'assemble one NASM-flavoured file into an ELF executable',
      (y) =>
        y
          .positional('file', { type: 'string', demandOption: true })
          .option('o', { type: 'string', describe: 'output file (default a.out)' })
          .option('base', { type: 'string', default: '0x40000000', describe: 'load address of the first section' })
          .option('entry', { type: 'string', default: '_start', describe: 'entry symbol' }),
      async (a) => {
        exitCode = await commandAsm({
          file: a.file as string, out: (a.o as string | undefined) ?? 'a.out', base: a.base as string, entry: a.entry as string,
        });
      },
    )
    .command(
      'disasm <file>',
      'disassemble the executable segments of an ELF file (objdump -d style)',
      (y) => y.positional('file', { type: 'string', demandOption: true }),
      async (a) => {
        exitCode = await commandDisasm(io, a.file as string);
      },
    )
    .command(
      'bench',
      'run the guest benchmarks (compute, memory, syscalls) under the bundled kernel and print MIPS',
      (y) =>
        y
          .option('json', { type: 'boolean', default: false, describe: 'print one JSON object' })
          .option('runs', { type: 'number', default: 5, describe: 'measured runs per workload (the median is reported)' })
          .option('only', { type: 'string', describe: 'run only this workload' })
          .option('quick', { type: 'boolean', default: false, describe: 'small sizes: checks the workloads, figures mean little' })
          .option('vs-qemu', { type: 'boolean', default: false, describe: 'also run the same kernel and workloads on qemu-system-i386 and print the ratio' }),
      async (a) => {
        const { benchCommand } = await import('../bench/command.ts');
        exitCode = await benchCommand(io, {
          json: a.json as boolean, runs: a.runs as number, only: a.only as string | undefined, quick: a.quick as boolean,
          vsQemu: a['vs-qemu'] as boolean,
        });
      },
    )
    .command(
      'attacks',
      'run the attack gallery (kernel/user/attacks and the kill demos), one boot each, and judge every attack',
      (y) =>
        y
          .option('json', { type: 'boolean', default: false, describe: 'print one JSON object' })
          .option('kernel-opts', { type: 'string', default: '', describe: 'kernel options, e.g. "nocheck", "flat", "ring0", "shared"' })
          .option('only', { type: 'string', array: true, describe: 'run only these attacks (repeatable)' }),
      async (a) => {
        const { attacksCommand } = await import('./attacks/command.ts');
        exitCode = attacksCommand(io, {
          json: a.json as boolean, kernelOpts: a['kernel-opts'] as string, only: ((a.only as unknown[] | undefined) ?? []).map(String),
        });
      },
    )
    .demandCommand(1, 'name a command: run, boot, tui, cc, asm or disasm')
    .strict()
    .help()
    .version(false)
    .exitProcess(false)
    .fail((msg, err) => {
      // yargs' own validation messages; errors thrown by commands propagate to the catch below.
      if (err) throw err;
      throw new UsageError(msg);
    });
  try {
    await parser.parseAsync();
    return exitCode;
  } catch (e) {
    return reportError(io, e);
  }
}

/** Turns an error into messages on stderr and an exit status. */
function reportError(io: CliIo, e: unknown): number {
  if (e instanceof UsageError) {
    io.stderr.write(`ringside: ${e.message} (see ringside --help)\n`);
    return 1;
  }
  if (e instanceof Error) {
    const diagnostics = (e as { diagnostics?: unknown }).diagnostics;
    if (Array.isArray(diagnostics) && diagnostics.length > 0) {
      for (const d of diagnostics) io.stderr.write(`${String(d)}\n`);
      return 1;
    }
    // Our own error classes carry a readable message; anything else is a bug in ringside.
    const known = e.name !== 'Error' && !(e instanceof TypeError) && !(e instanceof ReferenceError) && !(e instanceof RangeError);
    io.stderr.write(`ringside: ${known ? '' : 'internal error: '}${e.message}\n`);
    if (!known && process.env.RINGSIDE_DEBUG) io.stderr.write(`${e.stack}\n`);
    return 1;
  }
  io.stderr.write(`ringside: ${String(e)}\n`);
  return 1;
}

/**
 * `ringside run a.c b.c x y -- -v`: FILE and every source file (.c, .s, .asm)
 * right after it are the program; the arguments start at the first word that
 * is not a source file, and everything after `--` is an argument too.
 */
export function splitRunArguments(file: string, rest: string[], afterDashes: string[]): { files: string[]; args: string[] } {
  const files = [file];
  let i = 0;
  if (/\.(c|s|asm)$/i.test(file)) while (i < rest.length && /\.(c|s|asm)$/i.test(rest[i]!)) files.push(rest[i++]!);
  return { files, args: [...rest.slice(i), ...afterDashes] };
}

type KillInfo = import('./build/crash-report.ts').KillInfo;

interface RunArgs {
  files: string[];
  args: string[];
  trace: boolean;
  kernelOpts: string;
  limit?: string;
  gdbPort?: number;
}

async function commandRun(io: CliIo, a: RunArgs): Promise<number> {
  const { planRun, parseLimitSeconds, BootPlanError } = await import('./build/boot-plan.ts');
  let limit: number | undefined;
  try {
    limit = a.limit === undefined ? undefined : parseLimitSeconds(a.limit);
  } catch (e) {
    if (e instanceof BootPlanError) throw new UsageError(`--limit: ${e.message}`);
    throw e;
  }
  const { loadProgram } = await import('./build/program.ts');
  const { Machine } = await import('./machine/machine.ts');
  const { attachHostConsole } = await import('./machine/host-console.ts');
  const { LineSplitter, parseTraceLine } = await import('./debug/trace.ts');
  const { describeCrash } = await import('./build/crash-report.ts');
  const tryParseTrace = (line: string) => { try { return parseTraceLine(line); } catch { return null; } };
  const program = loadProgram(a.files);
  const bundle = await loadBundle(io);
  const plan = planRun(bundle.programs, {
    name: program.name, elf: program.elf, args: a.args, kernelOpts: a.kernelOpts, limitSeconds: limit,
    echo: io.stdin?.isTTY === true,
  });
  const machine = new Machine();
  machine.boot(bundle.kernel, plan.modules, plan.cmdline);
  // Ctrl-C goes to the guest as it would over a serial line: the kernel kills
  // the program ("[program killed: interrupted]", status 130). A second
  // Ctrl-C stops ringside itself (also with 130). On a terminal in raw mode
  // Ctrl-C arrives as the byte 0x03; otherwise as SIGINT.
  const quit = new AbortController();
  let interrupts = 0;
  const interrupt = (byteSent: boolean) => {
    if (++interrupts > 1) quit.abort();
    else if (!byteSent) machine.sendSerialInput([CTRL_C]);
  };
  const onSigint = () => interrupt(false);
  // stdin is the guest's terminal: a terminal's keys go in raw mode (Ctrl-A x
  // quits), piped bytes go as they are and their end becomes the tty's EOF.
  const hostConsole = attachHostConsole(machine, io, {
    eofAtEnd: true, periodicFlush: io.stdin?.isTTY === true, onQuit: () => quit.abort(), onInterruptKey: () => interrupt(true),
  });
  // The kernel's kill line for this program, to name the function and source
  // line of the fault after the kernel's own report.
  let kill: KillInfo | null = null;
  const traceLines = new LineSplitter((line) => {
    if (a.trace) {
      // Console output written before a trace line appears before it on a shared terminal.
      hostConsole.flush();
      io.stderr.write(line + '\n');
    }
    const ev = tryParseTrace(line);
    if (ev?.kind === 'kill' && ev.name === program.name) kill = ev;
  });
  machine.onDebugOutput((b) => traceLines.push(b));
  const reportCrash = () => {
    const line = kill ? describeCrash(program.elf, kill) : null;
    if (line) io.stderr.write(line + '\n');
  };
  process.on('SIGINT', onSigint);
  const gdb = a.gdbPort === undefined ? null : await startGdb(io, machine, a.gdbPort, program.name);
  try {
    // The kernel enforces the limit itself; the host stops a second later as a
    // safety net, counting no time the guest spent idle waiting for input.
    // Under gdb there is no host limit: time stands still while gdb holds the machine.
    const state = gdb
      ? await gdb.drive({ signal: quit.signal, paceIdle: () => hostConsole.inputOpen, afterSlice: () => hostConsole.flush() })
      : await machine.runInteractive({
        signal: quit.signal,
        paceIdle: () => hostConsole.inputOpen,
        maxActiveSeconds: limit === undefined || limit === 0 ? Infinity : limit + 1,
        afterSlice: () => hostConsole.flush(),
      });
    hostConsole.flush();
    reportCrash();
    if (quit.signal.aborted) return interrupts > 1 ? EXIT_INTERRUPTED : 0;
    if (state === 'killed') return EXIT_KILLED_BY_GDB;
    if (state === 'limit') {
      io.stderr.write(`ringside: time limit of ${limit} virtual seconds exceeded\n`);
      return EXIT_TIME_LIMIT;
    }
    return finish(io, machine, state, (v) => v);
  } finally {
    gdb?.close();
    process.off('SIGINT', onSigint);
    hostConsole.detach();
  }
}

interface BootArgs {
  kernel?: string;
  modules: string[];
  append: string;
  memoryMiB: number;
  gdbPort?: number;
}

async function commandBoot(io: CliIo, a: BootArgs): Promise<number> {
  const { Machine } = await import('./machine/machine.ts');
  const { attachHostConsole } = await import('./machine/host-console.ts');
  let kernel: Uint8Array;
  const modules: BootModule[] = [];
  const extra = a.modules.map(parseModuleSpec);
  if (a.kernel !== undefined) {
    kernel = readInput(a.kernel);
    // Like QEMU's -initrd: modules are files as they are; the string is the path plus args.
    for (const m of extra) modules.push({ data: readInput(m.file), string: [m.file, ...m.args].join(' ') });
  } else {
    const { loadProgram } = await import('./build/program.ts');
    const { bundledModules } = await import('./build/boot-plan.ts');
    const bundle = await loadBundle(io);
    const own = extra.map((m) => ({ program: loadProgram(m.file), args: m.args }));
    // The user's modules first, so that a kernel with a module limit still loads them.
    for (const o of own) modules.push({ data: o.program.elf, string: [o.program.name, ...o.args].join(' ') });
    modules.push(...bundledModules(bundle.programs).filter((b) => !own.some((o) => o.program.name === b.string)));
    kernel = bundle.kernel;
  }
  const machine = new Machine({ memoryMiB: a.memoryMiB });
  // QEMU and GRUB put the kernel's own path first on its command line.
  machine.boot(kernel, modules, a.kernel !== undefined ? `${a.kernel} ${a.append}` : a.append);

  const quit = new AbortController();
  const hostConsole = attachHostConsole(machine, io, { periodicFlush: true, onQuit: () => quit.abort() });
  const gdb = a.gdbPort === undefined ? null : await startGdb(io, machine, a.gdbPort);
  try {
    const state = gdb ? await gdb.drive({ signal: quit.signal }) : await machine.runInteractive({ signal: quit.signal });
    hostConsole.flush();
    if (quit.signal.aborted) return 0;
    if (state === 'killed') return EXIT_KILLED_BY_GDB;
    // QEMU's isa-debug-exit reports (V << 1) | 1; the bundled kernel's V is the status itself.
    return finish(io, machine, state, a.kernel !== undefined ? (v) => ((v << 1) | 1) >>> 0 : (v) => v);
  } finally {
    gdb?.close();
    hostConsole.detach();
  }
}

/** A bare `--gdb` (before any `--`) means the default port; yargs then sees `--gdb=PORT` only,
 *  so `run --gdb prog.c` does not take prog.c for the port. */
function withGdbDefault(argv: string[]): string[] {
  const end = argv.indexOf('--');
  return argv.map((arg, i) => (arg === '--gdb' && (end < 0 || i < end) ? `--gdb=${DEFAULT_GDB_PORT}` : arg));
}

/** The port of `--gdb=PORT`, or undefined without the option. */
function gdbPort(v: unknown): number | undefined {
  const text = lastValue(v);
  if (text === undefined) return undefined;
  if (text === '') return DEFAULT_GDB_PORT;
  const port = Number(text);
  if (!/^[0-9]+$/.test(text) || port < 1 || port > 65535) throw new UsageError(`--gdb: a TCP port from 1 to 65535, got "${text}"`);
  return port;
}

/** Listens for gdb on 127.0.0.1; the machine waits at its first instruction until gdb attaches. */
async function startGdb(io: CliIo, machine: Machine, port: number, focus: string | null = null) {
  const { GdbServer } = await import('./debug/gdb/server.ts');
  const server = new GdbServer(machine, { port, focus, log: (line) => io.stderr.write(`ringside: ${line}\n`) });
  try {
    const bound = await server.listen();
    io.stderr.write(`ringside: waiting for gdb on 127.0.0.1:${bound} (in gdb: target remote :${bound})\n`);
  } catch (e) {
    throw new UsageError(`--gdb: cannot listen on 127.0.0.1:${port}: ${(e as Error).message}`);
  }
  return server;
}

/** The last value of an option given more than once (yargs makes an array). */
function lastValue(v: unknown): string | undefined {
  const last = Array.isArray(v) ? v.at(-1) : v;
  return last === undefined ? undefined : String(last);
}

/** `FILE[,ARGS]`: the args are separated by spaces or further commas. */
function parseModuleSpec(spec: string): { file: string; args: string[] } {
  const [file, ...rest] = spec.split(',');
  if (!file) throw new UsageError(`--module needs a file name: "${spec}"`);
  return { file, args: rest.join(' ').split(/\s+/).filter(Boolean) };
}

/** The -I values: yargs gives one string, or an array when -I is repeated. */
function includeDirs(value: unknown): string[] {
  const dirs = (value === undefined ? [] : Array.isArray(value) ? value : [value]).map(String);
  if (dirs.some((d) => d === '')) throw new UsageError('-I needs a directory name');
  return dirs;
}

interface CcArgs {
  files: string[];
  out?: string;
  assembly: boolean;
  preprocess: boolean;
  includePaths: string[];
  kernel: boolean;
  warn: string[];
  noWarnings: boolean;
}

async function commandCc(io: CliIo, a: CcArgs): Promise<number> {
  const driver = await import('../cc/driver.ts');
  const { applyWarningOption } = await import('../cc/warnings.ts');
  const warnings: import('../cc/warnings.ts').WarningOptions = { none: a.noWarnings, sink: (d) => io.stderr.write(d + '\n') };
  for (const w of a.warn) { const bad = applyWarningOption(warnings, w); if (bad) throw new UsageError(bad); }
  const opts = { includePaths: a.includePaths, warnings };
  if (a.preprocess || a.assembly) {
    const sources = a.files.map((f) => ({ name: f, text: readText(f) }));
    const text = a.preprocess
      ? sources.map((s) => driver.preprocessOnly(s, opts)).join('')
      : driver.compileToAssembly(sources, opts).map((u) => u.text).join('\n');
    if (a.out === undefined) io.stdout.write(text);
    else writeOutput(a.out, text);
    return 0;
  }
  const { elf } = driver.buildExecutable(a.files, { ...opts, kind: a.kernel ? 'kernel' : 'user' });
  writeOutput(a.out ?? 'a.out', elf);
  return 0;
}

async function commandAsm(a: { file: string; out: string; base: string; entry: string }): Promise<number> {
  const { assemble } = await import('./isa/assembler.ts');
  const { writeElfExecutable } = await import('./isa/elf-write.ts');
  const base = Number(a.base);
  if (!Number.isInteger(base) || base < 0 || base > 0xffffffff || base % 4096 !== 0) {
    throw new UsageError(`--base must be a page-aligned address (e.g. 0x40000000), got "${a.base}"`);
  }
  const image = assemble([{ name: a.file, text: readText(a.file) }], { base, entry: a.entry });
  writeOutput(a.out, writeElfExecutable(image));
  return 0;
}

async function commandDisasm(io: CliIo, file: string): Promise<number> {
  const { readElfFile } = await import('./build/program.ts');
  const { writeElfListing } = await import('./debug/listing.ts');
  writeElfListing(readElfFile(file, readInput(file)), file, (chunk) => io.stdout.write(chunk));
  return 0;
}

/** The bundled kernel and programs; a program that fails to build is left out with a warning. */
async function loadBundle(io: CliIo) {
  const { buildBundle } = await import('./build/bundle.ts');
  const bundle = buildBundle();
  for (const f of bundle.failures) {
    io.stderr.write(`ringside: warning: bundled program ${f.source} does not build, left out: ${f.diagnostics[0] ?? ''}\n`);
  }
  return bundle;
}

/** The exit status for a finished machine, with a message when it died. */
function finish(io: CliIo, machine: Machine, state: MachineState | 'limit', status: (v: number) => number): number {
  switch (state) {
    case 'exited':
      return status(machine.exitValue ?? 0) & 0xff;
    case 'triple-fault':
      io.stderr.write('ringside: the machine triple-faulted (the CPU reset itself); stopping\n');
      return EXIT_MACHINE_DIED;
    case 'halted-forever':
      io.stderr.write('ringside: the machine halted with interrupts disabled and can never wake; stopping\n');
      return EXIT_MACHINE_DIED;
    default:
      return 0;
  }
}

function readText(file: string): string {
  return new TextDecoder().decode(readInput(file));
}

function writeOutput(file: string, data: string | Uint8Array): void {
  try {
    writeFileSync(file, data);
  } catch (e) {
    throw new UsageError(`cannot write ${file}: ${(e as Error).message}`);
  }
}

function readInput(file: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file));
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (e as Error).message}`);
  }
}

function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
}

// Run when this file is the program (through bin/ringside.js or `tsx src/cli.ts`), not when a test imports it.
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    const real = realpathSync(resolve(script));
    const here = fileURLToPath(import.meta.url);
    return real === here || real === join(dirname(here), '..', 'bin', 'ringside.js');
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // A reader that went away (`ringside boot | head`) ends the run quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
  }
  const code = await main(hideBin(process.argv));
  process.exit(code);
}

