// Small text helpers shared by the views: hex, padding, and blessed tag escaping.

/** `n` as unsigned hex, zero-padded to `width` digits, without a prefix. */
export function hex(n: number, width = 8): string {
  return (n >>> 0).toString(16).padStart(width, '0');
}

/** Escapes the characters blessed's tag parser would read ("{" and "}"). */
export function esc(text: string): string {
  return text.replace(/[{}]/g, (c) => (c === '{' ? '{open}' : '{close}'));
}

/** Cuts plain text to at most `width` characters. */
export function clip(text: string, width: number): string {
  return width <= 0 ? '' : text.length > width ? text.slice(0, width) : text;
}

/** Wraps `text` in a blessed colour tag. */
export function color(name: string, text: string): string {
  return `{${name}}${text}{/${name}}`;
}

/** The colour of a privilege level: ring 0 red, ring 3 green, the others yellow. */
export function ringColor(cpl: number): string {
  return cpl === 0 ? 'red' : cpl === 3 ? 'green' : 'yellow';
}

/** Strips blessed tags (for tests and plain-text output). */
export function stripTags(text: string): string {
  return text.replace(/\{(\/?[a-z-]+|\/|open|close)\}/g, (m) => (m === '{open}' ? '{' : m === '{close}' ? '}' : ''));
}
