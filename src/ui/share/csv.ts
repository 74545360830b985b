// CSV as RFC 4180 writes it: a field holding a comma, a quote or a line break is quoted, its quotes
// doubled; lines end in CRLF. Shared by the trace export and the exercises' progress export.

export function csvField(text: string): string {
  return /[",\n\r]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** Rows of fields as a CSV document, a line break after every row. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => `${r.map(csvField).join(",")}\r\n`).join("");
}
