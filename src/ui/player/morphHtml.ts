// Puts new HTML into an element by changing only what differs from what it holds: texts that
// changed, attributes that changed, and subtrees whose elements differ. A dragged weight changes
// the digits of every formula line at every frame; rebuilding KaTeX's thousands of spans each time
// cost more than the rest of the frame (style, layout and paint of new boxes), while patching the
// digits leaves the boxes in place. The HTML is parsed by the browser into an inert template, so
// it is treated exactly as innerHTML would treat it.

function sameKind(a: Node, b: Node): boolean {
  // The node name of an element carries its namespace's case: SPAN (HTML) and mi (MathML) differ.
  return a.nodeType === b.nodeType && a.nodeName === b.nodeName;
}

function morphAttributes(target: Element, source: Element): void {
  const want = source.attributes;
  const have = target.attributes;
  // KaTeX's spans have one or two attributes, mostly unchanged: when the names match position by
  // position, only the values that differ are written.
  let sameNames = want.length === have.length;
  for (let i = 0; sameNames && i < want.length; i++) sameNames = want[i]!.name === have[i]!.name;
  if (sameNames) {
    for (let i = 0; i < want.length; i++) if (have[i]!.value !== want[i]!.value) have[i]!.value = want[i]!.value;
    return;
  }
  // Otherwise the attributes are written again in the new order, as innerHTML would have them.
  while (have.length > 0) target.removeAttribute(have[0]!.name);
  for (let i = 0; i < want.length; i++) target.setAttribute(want[i]!.name, want[i]!.value);
}

/** Makes `target`'s children equal to `source`'s, taking nodes out of `source` where they are new. */
function morphChildren(target: Node, source: Node): void {
  let have = target.firstChild;
  let want = source.firstChild;
  while (want) {
    const nextWant: ChildNode | null = want.nextSibling;
    if (!have) {
      target.appendChild(want);
    } else {
      const nextHave: ChildNode | null = have.nextSibling;
      if (!sameKind(have, want)) target.replaceChild(want, have);
      else if (have.nodeType === Node.ELEMENT_NODE) {
        morphAttributes(have as Element, want as Element);
        morphChildren(have, want);
      } else if (have.nodeValue !== want.nodeValue) have.nodeValue = want.nodeValue;
      have = nextHave;
    }
    want = nextWant;
  }
  while (have) {
    const next: ChildNode | null = have.nextSibling;
    target.removeChild(have);
    have = next;
  }
}

/** Makes `el`'s content the markup `html`, touching only the nodes that differ. */
export function morphHtml(el: Element, html: string): void {
  const template = el.ownerDocument.createElement("template");
  template.innerHTML = html;
  morphChildren(el, template.content);
}
