// The gallery report as a text table (for people) or JSON (for tools).
import type { GalleryReport } from './run-gallery.ts';

export function formatTable(g: GalleryReport): string {
  const header = ['attack', 'expected', 'observed', 'verdict'];
  const rows = g.reports.map((r) => [
    r.name, r.expected, r.observed, r.effects.length ? `${r.verdict}: ${r.effects.join('; ')}` : r.verdict,
  ]);
  const widths = header.slice(0, 3).map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c)).join('  ').trimEnd();
  const title = `attack gallery, kernel options: ${g.kernelOpts || '(default)'}`;
  const summary = `${g.reports.length} attacks: ${g.counts.contained} contained, ${g.counts.escaped} ESCAPED, ${g.counts.unexpected} unexpected`;
  return [title, '', line(header), line(header.map((h, i) => '-'.repeat(i < 3 ? widths[i]! : h.length))), ...rows.map(line), '', summary, ''].join('\n');
}

export function formatJson(g: GalleryReport): string {
  return `${JSON.stringify({ kernelOpts: g.kernelOpts, counts: g.counts, attacks: g.reports }, null, 2)}\n`;
}
