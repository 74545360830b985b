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
  // Each entry: the node, its depth, and where it sits (its parent's entry and its key), so that a
  // path is spelled out only for the one problem found, not for every row of a large model.
  const nodes: unknown[] = [value];
  const depths: number[] = [0];
  const parents: number[] = [-1];
  const keys: (string | number)[] = [""];
  const pathOf = (at: number): string => {
    let path = "";
    for (let i = at; i > 0; i = parents[i]!) {
      const key = keys[i]!;
      const rest = path === "" || path.startsWith("[") ? path : `.${path}`;
      path = typeof key === "number" ? `[${key}]${rest}` : `${key}${rest}`;
    }
    return path;
  };
  const stack = [0];
  while (stack.length > 0) {
    const at = stack.pop()!;
    const node = nodes[at];
    if (typeof node !== "object" || node === null) continue;
    if (depths[at]! >= limit) return { kind: "tooDeep", limit };
    const push = (child: unknown, key: string | number) => {
      nodes.push(child);
      depths.push(depths[at]! + 1);
      parents.push(at);
      keys.push(key);
      stack.push(nodes.length - 1);
    };
    if (Array.isArray(node)) {
      // Rows of numbers (a model's weights) hold nothing to check: they are scanned, not visited.
      for (let i = 0; i < node.length; i++) {
        const child: unknown = node[i];
        if (typeof child !== "object" || child === null) continue;
        if (Array.isArray(child) && depths[at]! + 1 < limit && child.every((x) => typeof x !== "object" || x === null)) continue;
        push(child, i);
      }
      continue;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return { kind: "forbiddenKey", key, path: pathOf(at) };
      push((node as Record<string, unknown>)[key], key);
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
