// Puts new HTML into an element by changing only what differs from what it holds: texts that
// changed, attributes that changed, and subtrees whose elements differ. A dragged weight changes
// the digits of every formula line at every frame; rebuilding KaTeX's thousands of spans each time
// cost more than the rest of the frame (style, layout and paint of new boxes), while patching the
// digits leaves the boxes in place. The HTML is parsed by the browser into an inert template, so
// it is treated exactly as innerHTML would treat it.

function sameKind(a: Node, b: Node): boolean {
  return a.nodeType === b.nodeType && a.nodeName === b.nodeName && (a as Element).namespaceURI === (b as Element).namespaceURI;
}

function morphAttributes(target: Element, source: Element): void {
  for (const { name, value } of Array.from(source.attributes)) if (target.getAttribute(name) !== value) target.setAttribute(name, value);
  for (const { name } of Array.from(target.attributes)) if (!source.hasAttribute(name)) target.removeAttribute(name);
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
