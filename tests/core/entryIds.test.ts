import { describe, expect, it } from "vitest";
import { encoderOutputId, linked, namedEntryIds, paramId, paramPath, valueId } from "../../src/core/entryIds.ts";
import { paramShapes } from "../../src/core/model.ts";
import { randomModel } from "../helpers/randomModel.ts";

const uni = { T: 3, bidirectional: false };
const bi = { T: 3, bidirectional: true };

describe("valueId(shape, sym, t, dir)", () => {
  it("names the encoder's entries: a direction's state, its zero start, and the whole h_j", () => {
    expect(valueId(uni, "x", 2)).toBe("enc.f.2.x_t");
    expect(valueId(uni, "h", 2)).toBe("enc.f.2.h_t");
    expect(valueId(uni, "h", 0)).toBe("enc.f.1.h_0");
    expect(valueId(bi, "h", 2)).toBe("enc.h.2");
    expect(valueId(bi, "h", 2, "b")).toBe("enc.b.2.h_t");
    expect(valueId(bi, "h", 4, "b")).toBe("enc.b.3.h_0");
    expect(valueId(bi, "C", 0, "f")).toBe("enc.f.1.C_0");
    expect(valueId(bi, "C", 3)).toBe("enc.3.C_t");
    expect(valueId(uni, "C", 3)).toBe("enc.f.3.C_t");
    expect(encoderOutputId(bi, 1)).toBe(valueId(bi, "h", 1));
  });

  it("names the context's and the decoder's entries", () => {
    expect(valueId(uni, "s", 0)).toBe("ctx.s_0");
    expect(valueId(uni, "s", 2)).toBe("dec.2.s_t");
    expect(valueId(uni, "c")).toBe("ctx.c");
    expect(valueId(uni, "c", 2)).toBe("dec.2.c");
    expect(valueId(uni, "alpha", 2)).toBe("dec.2.alpha");
    expect(valueId(uni, "e", 1)).toBe("dec.1.e");
    expect(valueId(uni, "p", 4)).toBe("dec.4.p");
    expect(valueId(uni, "y", 0)).toBe("dec.1.y_prev");
    expect(valueId(uni, "y", 3)).toBe("dec.3.y");
  });
});

describe("linked(hovered, id)", () => {
  it("matches the same entry, and a whole encoder value with each of its halves, never one half with the other", () => {
    expect(linked("enc.h.3", "enc.f.3.h_t")).toBe(true);
    expect(linked("enc.b.3.h_t", "enc.h.3")).toBe(true);
    expect(linked("enc.b.3.h_t", "enc.f.3.h_t")).toBe(false);
    expect(linked("enc.h.3", "enc.h.2")).toBe(false);
    expect(linked("enc.h.3", "enc.f.2.h_t")).toBe(false);
    expect(linked("enc.3.C_t", "enc.b.3.C_t")).toBe(true);
    expect(linked("enc.3.C_t", "enc.f.3.h_t")).toBe(false);
    expect(linked("enc.f.1.h_0", "enc.h.1")).toBe(false);
    expect(linked("dec.2.alpha", "dec.2.alpha")).toBe(true);
    expect(linked("dec.2.alpha", "dec.2.s_t")).toBe(false);
    expect(linked("ctx.c", "dec.2.c")).toBe(false);
    expect(linked(null, "enc.h.1")).toBe(false);
    expect(linked("enc.h.1", undefined)).toBe(false);
  });

  it("namedEntryIds reads a pair without a merge entry as both halves, every other id as itself", () => {
    expect(namedEntryIds("enc.3.C_t")).toEqual(["enc.f.3.C_t", "enc.b.3.C_t"]);
    expect(namedEntryIds("enc.h.3")).toEqual(["enc.h.3"]);
    expect(namedEntryIds("enc.f.3.h_t")).toEqual(["enc.f.3.h_t"]);
    expect(namedEntryIds("dec.1.alpha")).toEqual(["dec.1.alpha"]);
  });
});

describe("paramId(path)", () => {
  it("is the id entries' `from` names a parameter by, and paramPath reads it back", () => {
    for (const { path } of paramShapes(randomModel({ cell: "lstm", bidirectional: true, score: "additive" }))) {
      expect(paramId(path)).toBe(`param:${path}`);
      expect(paramPath(paramId(path))).toBe(path);
    }
    expect(paramPath("dec.1.alpha")).toBeUndefined();
  });
});
