// The integer expression evaluator for #if / #elif (after macro expansion).
import type { Diagnostics } from './diagnostics.ts';
import type { Token } from './lexer.ts';
import { parseCharLiteral, parseIntLiteral } from './literals.ts';

const BINARY_PREC: Record<string, number> = {
  '||': 1, '&&': 2, '|': 3, '^': 4, '&': 5, '==': 6, '!=': 6,
  '<': 7, '>': 7, '<=': 7, '>=': 7, '<<': 8, '>>': 8, '+': 9, '-': 9, '*': 10, '/': 10, '%': 10,
};

export function evalIfExpression(toks: Token[], at: Token, diags: Diagnostics): number {
  let k = 0;
  let depth = 0;
  const peek = () => toks[k];
  const fail = (msg: string, t?: Token): never => diags.fatal((t ?? peek() ?? at).pos, msg);

  const primary = (): number => {
    if (++depth > 200) fail('#if expression nested too deeply');
    try {
      const t = toks[k++];
      if (!t) return fail('expected value in #if expression', at);
      if (t.text === '(') {
        const v = ternary();
        if (peek()?.text !== ')') fail("expected ')' in #if expression");
        k++;
        return v;
      }
      if (t.text === '-') return -primary() | 0;
      if (t.text === '+') return primary();
      if (t.text === '~') return ~primary();
      if (t.text === '!') return primary() === 0 ? 1 : 0;
      if (t.kind === 'num') {
        const lit = parseIntLiteral(t.text);
        if (typeof lit === 'string') return fail(lit, t);
        if (lit.big > 0xffffffffn) return fail(`#if arithmetic is 32-bit: '${t.text}' does not fit`, t);
        return lit.value;
      }
      if (t.kind === 'char') {
        const v = parseCharLiteral(t.text);
        if (typeof v === 'string') return fail(v, t);
        return v;
      }
      return fail(`unexpected '${t.text}' in #if expression`, t);
    } finally { depth--; }
  };

  const binary = (minPrec: number): number => {
    let lhs = primary();
    for (;;) {
      const op = peek();
      const prec = op && op.kind === 'punct' ? BINARY_PREC[op.text] : undefined;
      if (prec === undefined || prec < minPrec) return lhs;
      k++;
      const rhs = binary(prec + 1);
      lhs = apply(op!, lhs, rhs);
    }
  };

  const apply = (op: Token, a: number, b: number): number => {
    switch (op.text) {
      case '||': return a || b ? 1 : 0;
      case '&&': return a && b ? 1 : 0;
      case '|': return a | b;
      case '^': return a ^ b;
      case '&': return a & b;
      case '==': return a === b ? 1 : 0;
      case '!=': return a !== b ? 1 : 0;
      case '<': return a < b ? 1 : 0;
      case '>': return a > b ? 1 : 0;
      case '<=': return a <= b ? 1 : 0;
      case '>=': return a >= b ? 1 : 0;
      case '<<': return a << (b & 31);
      case '>>': return a >> (b & 31);
      case '+': return (a + b) | 0;
      case '-': return (a - b) | 0;
      case '*': return Math.imul(a, b);
      case '/': case '%':
        if (b === 0) fail('division by zero in #if expression', op);
        return op.text === '/' ? (a / b) | 0 : a % b | 0;
    }
    return fail(`unexpected '${op.text}'`, op);
  };

  const ternary = (): number => {
    const c = binary(1);
    if (peek()?.text !== '?') return c;
    k++;
    const a = ternary();
    if (peek()?.text !== ':') fail("expected ':' in #if expression");
    k++;
    const b = ternary();
    return c ? a : b;
  };

  const v = ternary();
  if (k < toks.length) fail(`unexpected '${toks[k]!.text}' in #if expression`, toks[k]);
  return v;
}
