// The store's edit actions bound to the base a player shows, so the editor's parts say only what
// changes (a path, an index, a value).

import { useMemo } from "react";
import { useModelContext } from "../model/modelContext.ts";
import type { CurrentModel } from "../model/useCurrentModel.ts";

export interface EditActions {
  setValue(path: string, index: number, value: number): void;
  resetValue(path: string, index: number): void;
  setParam(path: string, values: ArrayLike<number>): void;
  resetParam(path: string): void;
  setParams(values: Readonly<Record<string, ArrayLike<number>>>): void;
  resetModel(): void;
}

export function useEditActions({ baseId, base }: Pick<CurrentModel, "baseId" | "base">): EditActions {
  const { store } = useModelContext();
  return useMemo(() => {
    const s = () => store.getState();
    return {
      setValue: (path, index, value) => s().setValue(baseId, base, path, index, value),
      resetValue: (path, index) => s().resetValue(baseId, path, index),
      setParam: (path, values) => s().setParam(baseId, base, path, values),
      resetParam: (path) => s().resetParam(baseId, path),
      setParams: (values) => s().setParams(baseId, base, values),
      resetModel: () => s().resetModel(baseId),
    };
  }, [store, baseId, base]);
}
