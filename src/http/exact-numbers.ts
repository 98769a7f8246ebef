/**
 * Finds the numbers of a JSON text that a double cannot hold as written: so large they become
 * Infinity, so small they become 0 (1e-400), or with more significant digits than a double keeps
 * (12345678901234567890). JSON.parse turns each silently into another number; this names each by
 * its path instead. It reads the text in chunks as they come, so a streamed body needs no copy.
 */

export interface InexactNumber {
  /** `observations[3].value`, `reported.value`. */
  path: string;
  literal: string;
}

type Frame = { kind: 'object'; key: string | null; expectingKey: boolean } | { kind: 'array'; index: number };

const NUMBER_CHAR = /[0-9eE+\-.]/;

/** The significant digits and the power of ten of a decimal literal, without leading or trailing zeros. */
function decimalParts(literal: string): { digits: string; exponent: number } {
  const match = /^-?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(literal)!;
  const [, whole = '', fraction = '', exponent = '0'] = match;
  const all = whole + fraction;
  const leading = all.length - all.replace(/^0+/, '').length;
  const digits = all.replace(/^0+/, '').replace(/0+$/, '');
  return { digits, exponent: digits ? Number(exponent) + whole.length - leading : 0 };
}

/** Whether the double a literal reads as prints back as the same decimal value. */
export function holdsExactly(literal: string): boolean {
  const value = Number(literal);
  if (!Number.isFinite(value)) return false;
  const written = decimalParts(literal);
  const held = decimalParts(String(Math.abs(value)).replace(/e\+?/, 'e'));
  return written.digits === held.digits && written.exponent === held.exponent;
}

export class ExactNumberScanner {
  readonly inexact: InexactNumber[] = [];
  private readonly stack: Frame[] = [];
  private inString = false;
  private escaped = false;
  private string = '';
  private number = '';

  constructor(private readonly maxReported = 100) {}

  private path(): string {
    return this.stack
      .map((frame, i) => (frame.kind === 'array' ? `[${frame.index}]` : `${i > 0 ? '.' : ''}${frame.key ?? ''}`))
      .join('')
      .replace(/^\./, '');
  }

  private endNumber() {
    if (!this.number) return;
    if (!holdsExactly(this.number) && this.inexact.length < this.maxReported) this.inexact.push({ path: this.path(), literal: this.number });
    this.number = '';
  }

  write(chunk: string): void {
    for (const char of chunk) {
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (char === '\\') this.escaped = true;
        else if (char === '"') {
          this.inString = false;
          const top = this.stack[this.stack.length - 1];
          if (top?.kind === 'object' && top.expectingKey) top.key = this.string;
        } else this.string += char;
        continue;
      }
      // A number starts with a digit or a minus; true, false and null hold letters of exponents too.
      if (this.number ? NUMBER_CHAR.test(char) : /[-0-9]/.test(char)) {
        this.number += char;
        continue;
      }
      this.endNumber();
      const top = this.stack[this.stack.length - 1];
      if (char === '"') {
        this.inString = true;
        this.string = '';
      } else if (char === '{') this.stack.push({ kind: 'object', key: null, expectingKey: true });
      else if (char === '[') this.stack.push({ kind: 'array', index: 0 });
      else if (char === '}' || char === ']') this.stack.pop();
      else if (char === ':' && top?.kind === 'object') top.expectingKey = false;
      else if (char === ',') {
        if (top?.kind === 'object') top.expectingKey = true;
        else if (top?.kind === 'array') top.index += 1;
      }
    }
  }

  end(): InexactNumber[] {
    this.endNumber();
    return this.inexact;
  }
}

export function inexactNumbers(text: string): InexactNumber[] {
  const scanner = new ExactNumberScanner();
  scanner.write(text);
  return scanner.end();
}

export const INEXACT_MESSAGE = (literal: string) =>
  `${literal} cannot be held exactly as a number (out of range, or more significant digits than a double keeps): give a printed value as a decimal string in reported.value`;
