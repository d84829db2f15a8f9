// The preprocessor's input: tokens pushed back by macro expansion on top of a
// source of tokens read in order (a file being lexed, or a list).
import type { Lexer, Token } from './lexer.ts';

export class TokenInput {
  // Pushed-back tokens, the next one last.
  private readonly pending: Token[] = [];
  // The source's next token when peek() had to read it.
  private ahead: Token | undefined;
  private at = 0;

  private constructor(private readonly lexer: Lexer | undefined, private readonly list: readonly Token[]) {}

  /** The tokens of a file as the lexer makes them. */
  static lexing(lexer: Lexer): TokenInput { return new TokenInput(lexer, []); }

  /** The tokens of a list, in order (the list is not changed). */
  static of(list: readonly Token[]): TokenInput { return new TokenInput(undefined, list); }

  pop(): Token | undefined {
    if (this.pending.length > 0) return this.pending.pop();
    if (this.ahead) { const t = this.ahead; this.ahead = undefined; return t; }
    return this.read();
  }

  peek(): Token | undefined {
    if (this.pending.length > 0) return this.pending[this.pending.length - 1];
    return (this.ahead ??= this.read());
  }

  push(t: Token): void { this.pending.push(t); }

  private read(): Token | undefined {
    if (this.lexer) return this.lexer.next();
    return this.at < this.list.length ? this.list[this.at++] : undefined;
  }
}
