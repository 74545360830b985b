// A reporter that prints the tests' measurements ("measured: …", see helpers.ts's `measure`) once
// every test has run, just before the list reporter's summary line.

import type { Reporter, TestCase, TestResult } from "@playwright/test/reporter";

export default class MeasuresReporter implements Reporter {
  private readonly measures: { order: string; text: string }[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    const order = `${test.location.file}:${String(test.location.line).padStart(6, "0")}`;
    for (const annotation of result.annotations) {
      if (annotation.type === "measured" && annotation.description) this.measures.push({ order, text: annotation.description });
    }
  }

  onEnd(): void {
    // In the order of the tests in their files, whichever worker finished first.
    for (const { text } of this.measures.sort((a, b) => a.order.localeCompare(b.order))) console.log(`measured: ${text}`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
