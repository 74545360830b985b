// Types of budget.mjs, for the TypeScript that imports it (the browser tests).

export type Budget = { lesson: string; shell: number; lessonChunk: number; figures: number; total: number; katexLoaded: boolean; budget: number };

export declare const BUDGET_BYTES: number;
export declare function measureBudget(root?: string, dist?: string): Promise<Budget>;
export declare function describeBudget(budget: Budget): string;
