import { describe, it, expect } from 'vitest';
import { errorsOf } from './helpers.ts';

describe('diagnostic format', () => {
  it('quotes the source line with a caret under the column', () => {
    const d = errorsOf('int main(void) {\n  return y;\n}\n', 'prog.c');
    expect(d).toEqual(["prog.c:2:10: error: 'y' undeclared\n  return y;\n         ^"]);
  });

  it('keeps tabs so the caret lines up', () => {
    const d = errorsOf('int main(void) {\n\treturn @;\n}\n', 'tab.c');
    expect(d[0]).toBe("tab.c:2:9: error: stray character '@' in program\n\treturn @;\n\t       ^");
  });

  it('reports several errors in one run, recovering at the next statement', () => {
    const d = errorsOf('int main(void) {\n  int a = b;\n  int c = d;\n  return e;\n}\n');
    expect(d.map((x) => x.split('\n')[0])).toEqual([
      "t.c:2:11: error: 'b' undeclared",
      "t.c:3:11: error: 'd' undeclared",
      "t.c:4:10: error: 'e' undeclared",
    ]);
  });

  it('recovers at top level and keeps going into later functions', () => {
    const d = errorsOf('int f(void) { return 1 +; }\nint g(void) { return x; }\nint h(void) { return 0; }\n');
    expect(d).toHaveLength(2);
    expect(d[0]).toContain('t.c:1:25: error: expected expression before \';\'');
    expect(d[1]).toContain("t.c:2:22: error: 'x' undeclared");
  });

  it('stops after too many errors', () => {
    const body = Array.from({ length: 40 }, (_, i) => `  x${i};`).join('\n');
    const d = errorsOf(`int main(void) {\n${body}\n}\n`);
    expect(d.length).toBeLessThanOrEqual(21);
    expect(d[d.length - 1]).toBe('error: too many errors, stopping');
  });

  it('points at the include site file for errors inside a header', () => {
    const d = errorsOf('#include "bad.h"\nint main(void) { return 0; }\n', 'main.c', { 'bad.h': 'int x = ;\n' });
    expect(d[0]!.split('\n')[0]).toBe("bad.h:1:9: error: expected expression before ';'");
  });
});
