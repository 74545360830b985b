import { describe, expect, it } from "vitest";
import { paramShapes } from "../../../src/core/model.ts";
import { demoModel } from "../../../src/model/defaults.ts";
import { applyEdits, countEdits, editErrors, paramData, withoutParam, withoutValue, withParamValues, withValue } from "../../../src/ui/model/edits.ts";
import { DEFAULT_PLAYER } from "../../../src/ui/playerStore.ts";

const base = demoModel(DEFAULT_PLAYER.choice, 1);
const W_f = "encoder.weights.W_f";

describe("edits", () => {
  it("applyEdits(base, edits) writes each edit over the base and shares every parameter it did not edit", () => {
    const model = applyEdits(base, { [W_f]: { 3: 0.5, 0: -0 } });
    const data = paramData(model, W_f)!;
    expect(data[3]).toBe(0.5);
    expect(Object.is(data[0], -0)).toBe(true);
    expect(data[1]).toBe(paramData(base, W_f)![1]);
    expect(paramData(model, "encoder.weights.W_i")).toBe(paramData(base, "encoder.weights.W_i"));
    expect(paramData(base, W_f)![3]).not.toBe(0.5);
  });

  it("applyEdits(base, {}) is the base itself", () => {
    expect(applyEdits(base, {})).toBe(base);
  });

  it("withValue(edits, base, path, i, v) keeps a difference: setting the base's own value removes the edit", () => {
    const original = paramData(base, W_f)![2]!;
    const edits = withValue({}, base, W_f, 2, 7);
    expect(edits).toEqual({ [W_f]: { 2: 7 } });
    expect(withValue(edits, base, W_f, 2, original)).toEqual({});
  });

  it("withValue tells -0 from 0, so a reader's -0 is kept", () => {
    const zeroBias = "encoder.weights.b_i";
    expect(paramData(base, zeroBias)![0]).toBe(0);
    expect(withValue({}, base, zeroBias, 0, -0)).toEqual({ [zeroBias]: { 0: -0 } });
  });

  it("withParamValues, withoutValue and withoutParam add and remove whole parameters and single values", () => {
    const doubled = Array.from(paramData(base, W_f)!, (x) => 2 * x);
    let edits = withParamValues({}, base, W_f, doubled);
    expect(countEdits(edits)).toBe(doubled.filter((x) => x !== 0).length);
    edits = withoutValue(edits, W_f, 0);
    expect(edits[W_f]![0]).toBeUndefined();
    expect(withoutParam(edits, W_f)).toEqual({});
  });

  it("editErrors(base, edits) names an unknown path, an index outside the parameter and a value that is not finite", () => {
    const size = paramShapes(base).find((s) => s.path === W_f)!;
    const errors = editErrors(base, { "encoder.weights.W_q": { 0: 1 }, [W_f]: { [size.rows * size.cols!]: 1, 1: Number.NaN, 2: 1 } });
    // Integer keys come in ascending order, so the NaN at 1 is named before the index past the end.
    expect(errors).toEqual([
      "encoder.weights.W_q: this model has no such parameter",
      `${W_f}[1]: NaN is not a finite number`,
      `${W_f}[${size.rows * size.cols!}]: outside the parameter, which holds ${size.rows * size.cols!} numbers`,
    ]);
    expect(editErrors(base, { [W_f]: { 2: 1e300 } })).toEqual([]);
  });
});
