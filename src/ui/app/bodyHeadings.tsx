// The page's one h1 is the lesson title from its meta. A body that repeats the title as `# Title`
// would show it twice, so that heading is left out; any other `#` heading becomes an h2, so the
// page keeps a single h1 and an outline without gaps.

import { isValidElement, type ComponentPropsWithoutRef, type ReactNode } from "react";

export function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return "";
}

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

export function bodyHeading(title: string) {
  return function BodyHeading(props: ComponentPropsWithoutRef<"h1">) {
    if (normalise(textOf(props.children)) === normalise(title)) return null;
    return <h2 {...props} />;
  };
}
