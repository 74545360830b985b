import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { openIdbStore } from "../../../src/ui/ondemand/idbStore.ts";

describe("openIdbStore", () => {
  it("put, get, keys and delete round-trip structured values, and a second connection sees what the first wrote", async () => {
    const factory = new IDBFactory();
    const kv = await openIdbStore(factory, "test");
    await kv.put("a", { model: "text", seconds: 2 });
    await kv.put("b", "mark");
    expect(await kv.get("a")).toEqual({ model: "text", seconds: 2 });
    expect((await kv.keys()).sort()).toEqual(["a", "b"]);
    const again = await openIdbStore(factory, "test");
    expect(await again.get("b")).toBe("mark");
    await again.delete("b");
    expect(await kv.get("b")).toBeUndefined();
    expect(await kv.keys()).toEqual(["a"]);
  });

  it("openIdbStore without IndexedDB rejects with a reason a reader can be shown", async () => {
    await expect(openIdbStore(undefined)).rejects.toThrow("this browser offers no IndexedDB");
  });

  it("a value the browser cannot store makes put reject with the error's name, and stores nothing", async () => {
    const kv = await openIdbStore(new IDBFactory(), "test");
    await expect(kv.put("f", { f: () => 1 })).rejects.toThrow(/DataCloneError/u);
    expect(await kv.keys()).toEqual([]);
  });
});
