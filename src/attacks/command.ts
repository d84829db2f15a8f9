// `ringside attacks [--json] [--kernel-opts OPTS] [--only NAME]`: runs the
// gallery and prints the table (or JSON). Exit status 0 when every attack was
// contained, 1 otherwise (ESCAPED or unexpected), so scripts can gate on it.
import { formatJson, formatTable } from './format-table.ts';
import { runGallery } from './run-gallery.ts';

export interface AttacksCommandIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

export interface AttacksCommandOptions {
  json: boolean;
  kernelOpts: string;
  only: string[];
}

export function attacksCommand(io: AttacksCommandIo, opts: AttacksCommandOptions): number {
  const report = runGallery({
    kernelOpts: opts.kernelOpts,
    only: opts.only,
    // Progress on stderr, so that stdout stays one table or one JSON document.
    onResult: (r) => io.stderr.write(`  ${r.name}: ${r.verdict}\n`),
  });
  io.stdout.write(opts.json ? formatJson(report) : formatTable(report));
  return report.counts.contained === report.reports.length ? 0 : 1;
}
