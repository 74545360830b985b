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

/** The first syntax error of a JSON text, or undefined when it is well formed. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (reason: string): never => {
    throw new Fault(i, i >= text.length ? "unexpected end of the text" : `${reason}, got ${JSON.stringify(text[i])}`);
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const expect = (ch: string, reason: string) => {
    if (text[i] !== ch) fail(reason);
    i++;
  };
  const string = () => {
    expect('"', "expected a string in double quotes");
    while (text[i] !== '"') {
      if (i >= text.length) fail("");
      const c = text.charCodeAt(i);
      if (c < 0x20) fail("expected a character, not a control character, inside a string");
      if (text[i] === "\\") {
        i++;
        if (text[i] === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 4;
        else if (!'"\\/bfnrt'.includes(text[i] ?? "?")) fail("expected an escape such as \\n, \\\" or \\u00e9");
      }
      i++;
    }
    i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") return object();
    if (c === "[") return array();
    if (c === '"') return string();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) fail("expected a value (object, array, string, number, true, false or null)");
    i += m![0].length;
  };
  const object = () => {
    i++;
    ws();
    if (text[i] === "}") return void i++;
    for (;;) {
      ws();
      if (text[i] !== '"') fail("expected a property name in double quotes");
      string();
      ws();
      expect(":", "expected ':' after a property name");
      value();
      ws();
      if (text[i] === "}") return void i++;
      expect(",", "expected ',' or '}' after a property value");
    }
  };
  const array = () => {
    i++;
    ws();
    if (text[i] === "]") return void i++;
    for (;;) {
      value();
      ws();
      if (text[i] === "]") return void i++;
      expect(",", "expected ',' or ']' after an array element");
    }
  };
  try {
    value();
    ws();
    if (i < text.length) fail("expected the end of the text after the JSON value");
    return undefined;
  } catch (e) {
    if (!(e instanceof Fault)) return { line: 1, column: 1, reason: "the text is nested too deeply to read" };
    const before = text.slice(0, e.at);
    const line = before.split("\n").length;
    return { line, column: e.at - before.lastIndexOf("\n"), reason: e.reason };
  }
}
