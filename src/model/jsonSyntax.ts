// Where a JSON text breaks, as a line and column: browsers word JSON.parse's errors differently and
// some give no position at all, so this small scanner (RFC 8259 grammar) finds the first bad
// character itself. It runs only after JSON.parse has failed.

/** A JSON syntax error at a 1-based line and column. */
export interface JsonSyntaxError {
  readonly line: number;
  readonly column: number;
  readonly reason: string;
}

class Fault {
  constructor(
    readonly at: number,
    readonly reason: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ["true", "false", "null"];

/** A recursive-descent reader that throws a Fault at the first character the grammar refuses. */
class Scanner {
  private i = 0;
  constructor(private readonly text: string) {}

  document(): void {
    this.value();
    this.ws();
    if (this.i < this.text.length) this.fail("expected the end of the text after the JSON value");
  }

  private fail(reason: string): never {
    const { i, text } = this;
    throw new Fault(i, i >= text.length ? "unexpected end of the text" : `${reason}, got ${JSON.stringify(text[i])}`);
  }

  private ws(): void {
    while (this.i < this.text.length && " \t\n\r".includes(this.text[this.i]!)) this.i++;
  }

  private expect(ch: string, reason: string): void {
    if (this.text[this.i] !== ch) this.fail(reason);
    this.i++;
  }

  private value(): void {
    this.ws();
    const c = this.text[this.i];
    if (c === "{") return this.object();
    if (c === "[") return this.array();
    if (c === '"') return this.string();
    const word = LITERALS.find((w) => this.text.startsWith(w, this.i));
    if (word) {
      this.i += word.length;
      return;
    }
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.text);
    if (!m) this.fail("expected a value (object, array, string, number, true, false or null)");
    this.i += m[0].length;
  }

  private string(): void {
    const { text } = this;
    this.expect('"', "expected a string in double quotes");
    while (text[this.i] !== '"') {
      if (this.i >= text.length) this.fail("");
      if (text.charCodeAt(this.i) < 0x20) this.fail("expected a character, not a control character, inside a string");
      if (text[this.i] === "\\") {
        this.i++;
        if (text[this.i] === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(this.i + 1, this.i + 5))) this.i += 4;
        else if (!'"\\/bfnrt'.includes(text[this.i] ?? "?")) this.fail("expected an escape such as \\n, \\\" or \\u00e9");
      }
      this.i++;
    }
    this.i++;
  }

  private object(): void {
    this.i++;
    this.ws();
    if (this.text[this.i] === "}") return void this.i++;
    for (;;) {
      this.ws();
      if (this.text[this.i] !== '"') this.fail("expected a property name in double quotes");
      this.string();
      this.ws();
      this.expect(":", "expected ':' after a property name");
      this.value();
      this.ws();
      if (this.text[this.i] === "}") return void this.i++;
      this.expect(",", "expected ',' or '}' after a property value");
    }
  }

  private array(): void {
    this.i++;
    this.ws();
    if (this.text[this.i] === "]") return void this.i++;
    for (;;) {
      this.value();
      this.ws();
      if (this.text[this.i] === "]") return void this.i++;
      this.expect(",", "expected ',' or ']' after an array element");
    }
  }
}

/** The first syntax error of a JSON text, or undefined when it is well formed. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    new Scanner(text).document();
    return undefined;
  } catch (e) {
    // Only a stack overflow on absurdly deep nesting lands here without a Fault.
    if (!(e instanceof Fault)) return { line: 1, column: 1, reason: "the text is nested too deeply to read" };
    const before = text.slice(0, e.at);
    return { line: before.split("\n").length, column: e.at - before.lastIndexOf("\n"), reason: e.reason };
  }
}
