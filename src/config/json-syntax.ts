/** Where a JSON text first goes wrong, and what was expected there. */
export interface JsonSyntaxError {
  /** UTF-16 offset of the offending character (the text's length at an early end). */
  readonly offset: number;
  readonly message: string;
}

/**
 * Finds the first syntax error in a text that JSON.parse rejected. V8's own messages vary by
 * version and sometimes quote the whole input instead of a position, so they cannot be shown
 * as the single line a user needs; this small recursive-descent reader gives one that can.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const reader = new Reader(text);
  try {
    reader.value();
    reader.space();
    if (reader.offset < text.length) reader.fail('unexpected ' + reader.describe() + ' after the end of the value');
    return null;
  } catch (error) {
    if (error instanceof SyntaxFailure) return { offset: error.offset, message: error.message };
    if (error instanceof RangeError) return { offset: reader.offset, message: 'nesting too deep' };
    throw error;
  }
}

class SyntaxFailure extends Error {
  constructor(readonly offset: number, message: string) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_CHARS = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

class Reader {
  offset = 0;

  constructor(private readonly text: string) {}

  value(): void {
    this.space();
    const char = this.text[this.offset];
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return this.string();
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.offset)) {
        this.offset += word.length;
        return;
      }
    }
    this.fail(`expected a value, found ${this.describe()}`);
  }

  space(): void {
    while (/[ \t\n\r]/.test(this.text[this.offset] ?? '')) this.offset++;
  }

  describe(): string {
    const char = this.text[this.offset];
    if (char === undefined) return 'the end of the file';
    return /[\p{L}\p{N}]/u.test(char) ? `'${this.text.slice(this.offset).match(/^[\p{L}\p{N}_]+/u)?.[0] ?? char}'` : `'${char}'`;
  }

  fail(message: string): never {
    throw new SyntaxFailure(this.offset, message);
  }

  private object(): void {
    this.offset++;
    this.space();
    if (this.text[this.offset] === '}') {
      this.offset++;
      return;
    }
    for (;;) {
      this.space();
      if (this.text[this.offset] !== '"') this.fail(`expected a "quoted" property name, found ${this.describe()}`);
      this.string();
      this.space();
      if (this.text[this.offset] !== ':') this.fail(`expected ':' after the property name, found ${this.describe()}`);
      this.offset++;
      this.value();
      this.space();
      const next = this.text[this.offset];
      this.offset++;
      if (next === '}') return;
      if (next !== ',') {
        this.offset--;
        this.fail(`expected ',' or '}' after a property value, found ${this.describe()}`);
      }
    }
  }

  private array(): void {
    this.offset++;
    this.space();
    if (this.text[this.offset] === ']') {
      this.offset++;
      return;
    }
    for (;;) {
      this.value();
      this.space();
      const next = this.text[this.offset];
      this.offset++;
      if (next === ']') return;
      if (next !== ',') {
        this.offset--;
        this.fail(`expected ',' or ']' after an array element, found ${this.describe()}`);
      }
    }
  }

  private string(): void {
    const start = this.offset;
    this.offset++;
    STRING_CHARS.lastIndex = this.offset;
    STRING_CHARS.exec(this.text);
    this.offset = STRING_CHARS.lastIndex;
    if (this.text[this.offset] === '"') {
      this.offset++;
      return;
    }
    if (this.offset >= this.text.length) {
      this.offset = start;
      this.fail('unterminated string');
    }
    this.fail(this.text[this.offset] === '\\' ? 'invalid escape in a string' : 'control character in a string');
  }

  private number(): void {
    NUMBER.lastIndex = this.offset;
    if (NUMBER.exec(this.text) === null) this.fail(`invalid number`);
    this.offset = NUMBER.lastIndex;
  }
}
