// @vitest-environment jsdom
// The Chinese words are a chunk of their own (src/ui/i18n/messages.ts). The shared setup loads them
// for every other test; here each test takes fresh modules, so nothing is loaded at the start.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

type Messages = typeof import("../../../src/ui/i18n/messages.ts");
type UrlSync = typeof import("../../../src/ui/app/urlSync.ts");
type Store = typeof import("../../../src/ui/store.ts");

let fresh: { messages: Messages; urlSync: UrlSync; store: Store };
let stop: (() => void) | undefined;
beforeEach(async () => {
  vi.resetModules();
  fresh = {
    messages: await import("../../../src/ui/i18n/messages.ts"),
    urlSync: await import("../../../src/ui/app/urlSync.ts"),
    store: await import("../../../src/ui/store.ts"),
  };
});
afterEach(() => {
  stop?.();
  stop = undefined;
});

describe("loading the Chinese words", () => {
  it("English is there from the start; Chinese arrives with loadMessages, and English stands in until then", async () => {
    const { messagesFor, messagesReady, loadMessages } = fresh.messages;
    expect(messagesReady("en")).toBe(true);
    expect(messagesReady("zh")).toBe(false);
    expect(messagesFor("zh").app.contents).toBe("Contents");
    const zh = await loadMessages("zh");
    expect(messagesReady("zh")).toBe(true);
    expect(zh.app.contents).toBe("目录");
    expect(messagesFor("zh")).toBe(zh);
    // Loaded once: a second call answers with the same dictionary.
    expect(await loadMessages("zh")).toBe(zh);
  });

  it("an address in Chinese switches the page once the Chinese words are here, never before", async () => {
    const { messagesReady } = fresh.messages;
    window.history.replaceState(null, "", "/#/zh/lesson/lstm?step=2");
    const store = fresh.store.createPageStore();
    const seen: string[] = [];
    store.subscribe((s) => seen.push(`${s.lang}:${String(messagesReady(s.lang))}`));
    stop = fresh.urlSync.startUrlSync(store, ["encoder-decoder", "lstm"]);
    expect(store.getState().lang).toBe("en");
    await vi.waitFor(() => expect(store.getState()).toMatchObject({ lang: "zh", lesson: "lstm" }));
    expect(store.getState().player.getState().step).toBe(2);
    expect(seen.filter((s) => s.startsWith("zh:"))).not.toContain("zh:false");
    expect(window.location.hash).toBe("#/zh/lesson/lstm?step=2");
  });
});
