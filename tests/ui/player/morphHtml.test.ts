// @vitest-environment jsdom
// morphHtml must leave an element exactly as innerHTML would, while keeping the nodes that did not change.
import fc from "fast-check";
import katex from "katex";
import { describe, expect, it } from "vitest";
import { morphHtml } from "../../../src/ui/player/morphHtml.ts";

const tex = (v: number[]) => katex.renderToString(`h_1 = \\begin{bmatrix}${v.map((x) => x.toFixed(2)).join("\\\\")}\\end{bmatrix}`, { throwOnError: false });

function holder(html: string): HTMLSpanElement {
  const el = document.createElement("span");
  el.innerHTML = html;
  return el;
}

describe("morphHtml", () => {
  it("gives the markup innerHTML gives, for KaTeX output whose numbers and signs change", () => {
    const before = tex([0.27, -0.5, 1]);
    const after = tex([-0.31, 0.5, 12.25]);
    const el = holder(before);
    morphHtml(el, after);
    expect(el.innerHTML).toBe(holder(after).innerHTML);
  });

  it("keeps the elements whose markup did not change and patches the changed text in place", () => {
    const el = holder('<b class="a">1</b><i>x</i><u>2</u>');
    const [b, i, u] = Array.from(el.children);
    const text = b!.firstChild;
    morphHtml(el, '<b class="c">3</b><i>x</i><s>2</s>');
    expect(el.innerHTML).toBe('<b class="c">3</b><i>x</i><s>2</s>');
    expect(el.children[0]).toBe(b);
    expect(el.children[0]!.firstChild).toBe(text);
    expect(el.children[1]).toBe(i);
    expect(el.children[2]).not.toBe(u);
  });

  it("writes the attributes in the new markup's order when the order changed", () => {
    const el = holder('<i style="top:2em" class="b c"></i>');
    morphHtml(el, '<i class="b c" style="top:2em"></i>');
    expect(el.innerHTML).toBe('<i class="b c" style="top:2em"></i>');
  });

  it("adds and removes children at the end", () => {
    const el = holder("<p>1</p><p>2</p>");
    morphHtml(el, "<p>1</p><p>2</p><p>3</p>");
    expect(el.innerHTML).toBe("<p>1</p><p>2</p><p>3</p>");
    morphHtml(el, "<p>1</p>");
    expect(el.innerHTML).toBe("<p>1</p>");
    morphHtml(el, "");
    expect(el.innerHTML).toBe("");
  });

  it("matches innerHTML for any pair of small trees", () => {
    const tags = ["span", "b", "i", "math", "mi"] as const;
    const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.stringMatching(/^[a-z0-9 .−-]{0,4}$/u),
        fc.tuple(fc.constantFrom(...tags), fc.constantFrom("", ' class="a"', ' style="top:1em"', ' class="b c" style="top:2em"', ' style="top:2em" class="b"', ' aria-hidden="true"'), fc.array(tie("node"), { maxLength: 3 })).map(
          ([tag, attrs, kids]) => `<${tag}${attrs}>${kids.join("")}</${tag}>`,
        ),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 4 }), fc.array(tree, { maxLength: 4 }), (a, b) => {
        const el = holder(a.join(""));
        morphHtml(el, b.join(""));
        expect(el.innerHTML).toBe(holder(b.join("")).innerHTML);
      }),
      { numRuns: 1000 },
    );
  });
});
