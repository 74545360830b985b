import { compile } from "@mdx-js/mdx";
import { describe, expect, it } from "vitest";
import { mdxOptions } from "../../../src/ui/theme/mdxOptions.ts";

const compiled = async (mdx: string) => String(await compile(mdx, { ...mdxOptions, outputFormat: "function-body" }));

describe("rehypeScrollTables", () => {
  it("compiling a lesson puts a JSX <table> in a div.table-scroll", async () => {
    const out = await compiled("Text\n\n<table>\n<tbody><tr><td>1</td></tr></tbody>\n</table>\n");
    expect(out).toMatch(/className: "table-scroll",\s*children: _jsx\("table"/u);
  });

  it("compiling a lesson without a table adds no box", async () => {
    expect(await compiled("Just *text* and $x$.\n")).not.toContain("table-scroll");
  });
});
