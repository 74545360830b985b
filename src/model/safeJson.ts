// Reading JSON that came from outside the code (storage, links, files, the command line) without
// trusting its shape: a depth limit checked before anything recurses into the value (a reader that
// recurses would otherwise fail with "Maximum call stack size exceeded"), and the keys that reach an
// object's prototype (__proto__, constructor, prototype) refused by name. Pure: no DOM, no Node.

/** Keys no stored or shared record of this site has; code that indexes objects by them reaches Object.prototype. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** Deeper than any file or record of this site (a model file nests 5 levels). */
export const MAX_JSON_DEPTH = 64;

export type JsonProblem =
  | { readonly kind: "syntax"; readonly detail: string }
  | { readonly kind: "tooDeep"; readonly limit: number }
  | { readonly kind: "forbiddenKey"; readonly key: string; readonly path: string };

export type SafeJson = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: JsonProblem };

/**
 * How deeply the text's arrays and objects nest, counted without recursion and without parsing;
 * stops counting at `limit + 1`. Brackets inside strings do not count.
 */
export function textDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/**
 * The first problem of a parsed value: nesting deeper than `limit`, or a forbidden key (with the
 * path of the object that holds it). Iterative, so a deep value cannot overflow the stack here.
 */
export function valueProblem(value: unknown, limit = MAX_JSON_DEPTH): JsonProblem | null {
  const stack: [unknown, number, string][] = [[value, 0, ""]];
  while (stack.length > 0) {
    const [node, depth, path] = stack.pop()!;
    if (typeof node !== "object" || node === null) continue;
    if (depth >= limit) return { kind: "tooDeep", limit };
    if (Array.isArray(node)) {
      // Arrays of numbers (a model's weights) hold nothing to check: skip them quickly.
      for (let i = 0; i < node.length; i++) if (typeof node[i] === "object" && node[i] !== null) stack.push([node[i], depth + 1, `${path}[${i}]`]);
      continue;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return { kind: "forbiddenKey", key, path };
      stack.push([(node as Record<string, unknown>)[key], depth + 1, path === "" ? key : `${path}.${key}`]);
    }
  }
  return null;
}

/** A JSON text parsed and checked (depth, forbidden keys). Never throws. */
export function parseJsonSafely(text: string, limit = MAX_JSON_DEPTH): SafeJson {
  if (textDepth(text, limit) > limit) return { ok: false, problem: { kind: "tooDeep", limit } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: { kind: "syntax", detail: e instanceof Error ? e.message : String(e) } };
  }
  const problem = valueProblem(value, limit);
  return problem ? { ok: false, problem } : { ok: true, value };
}

/** The problem in English, for the command line and model-file errors. */
export function describeJsonProblem(problem: JsonProblem): string {
  if (problem.kind === "tooDeep") return `nested too deeply (more than ${problem.limit} levels of arrays and objects)`;
  if (problem.kind === "forbiddenKey") return `the key "${problem.key}"${problem.path ? ` in ${problem.path}` : ""} is not allowed`;
  return `not valid JSON: ${problem.detail}`;
}
