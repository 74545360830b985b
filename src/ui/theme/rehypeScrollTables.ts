// Puts every table of a lesson in a box of its own (div.table-scroll) that scrolls sideways when the
// table is wider than the page, as on a phone, so the page itself never does. Lessons write their
// tables as JSX (<table>…), which MDX's components cannot replace, hence a step of the compile.

interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  children?: Node[];
  [key: string]: unknown;
}

function isTable(node: Node): boolean {
  return (node.type === "element" && node.tagName === "table") || (node.type === "mdxJsxFlowElement" && node.name === "table");
}

function box(table: Node): Node {
  if (table.type === "element") return { type: "element", tagName: "div", properties: { className: ["table-scroll"] }, children: [table] };
  return { type: "mdxJsxFlowElement", name: "div", attributes: [{ type: "mdxJsxAttribute", name: "className", value: "table-scroll" }], children: [table] };
}

function wrap(node: Node): void {
  const children = node.children;
  if (!children) return;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (isTable(child)) children[i] = box(child);
    else wrap(child);
  }
}

/** The rehype plugin. */
export function rehypeScrollTables() {
  return (tree: Node) => wrap(tree);
}
