// @vitest-environment jsdom
// Page-level faults: a broken page keeps the shell and offers its way back, a part whose code could
// not be fetched is explained, and random stored values never stop the page from rendering.
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { render } from "@testing-library/react";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ErrorBoundary } from "../../../src/ui/components/ErrorBoundary.tsx";
import { isChunkLoadError } from "../../../src/ui/components/chunkErrors.ts";
import { setAsideKey } from "../../../src/ui/kit/setAside.ts";
import { TRAINING_KEY } from "../../../src/ui/kit/storageKeys.ts";
import { loadThemeChoice, THEME_STORAGE_KEY } from "../../../src/ui/app/theme.ts";
import { decodeView, encodeView } from "../../../src/ui/urlState.ts";
import { LANG_STORAGE_KEY, loadLangChoice } from "../../../src/ui/i18n/langStorage.ts";
import { renderApp } from "./appHarness.tsx";

vi.mock("../../../src/ui/training/index.ts", () => ({
  TrainingPage: () => {
    throw new TypeError("Cannot read properties of null (reading 'trainLoss')");
  },
}));

beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  window.localStorage.clear();
});

describe("error boundaries", () => {
  it("a training page that throws shows what failed with a reset of the saved run, and the header and contents stay", async () => {
    window.localStorage.setItem(TRAINING_KEY, '{"version":1,"history":[null]}');
    const reload = vi.fn();
    vi.spyOn(window, "location", "get").mockReturnValue({ ...window.location, reload, hash: "#/train", href: window.location.href } as Location);
    const app = await renderApp({ hash: "#/train" });
    try {
      const alert = await screen.findByRole("alert");
      expect(alert.textContent).toContain("Something went wrong in this page.");
      expect(alert.textContent).toContain("reading 'trainLoss'");
      expect(screen.getByRole("navigation", { name: "Lessons" })).toBeTruthy();
      await userEvent.click(within(alert).getByRole("button", { name: "Reset the saved training run (a copy is set aside)" }));
      expect(window.localStorage.getItem(TRAINING_KEY)).toBeNull();
      expect(window.localStorage.getItem(setAsideKey(TRAINING_KEY))).toBe('{"version":1,"history":[null]}');
      expect(reload).toHaveBeenCalledOnce();
    } finally {
      app.unmount();
    }
  });

  it.each([
    ["Failed to fetch dynamically imported module: http://x/assets/index-1.js", true],
    ["Unable to preload CSS for /assets/train.css", true],
    ["Importing a module script failed.", true],
    ["Cannot read properties of null", false],
  ])("isChunkLoadError(%s) is %s", (message, expected) => {
    expect(isChunkLoadError(new Error(message))).toBe(expected);
  });

  it("a part whose code cannot be fetched while offline says it needs a connection once, and offers Reload", () => {
    vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    function Offline(): never {
      throw new TypeError("Failed to fetch dynamically imported module: http://x/assets/TrainingPage-1.js");
    }
    render(
      <ErrorBoundary what="this page">
        <Offline />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("This part of the site is not saved for offline reading yet: connect to the internet once");
    expect(within(alert).getByRole("button", { name: "Reload the page" })).toBeTruthy();
  });

  it("a part whose code cannot be fetched while online says the site may have been updated", () => {
    function Updated(): never {
      throw new Error("Unable to preload CSS for /assets/train-2.css");
    }
    render(
      <ErrorBoundary what="this page">
        <Updated />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("alert").textContent).toContain("the site may have been updated since this page was opened");
  });
});

describe("readers of stored and addressed state", () => {
  const junk = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("__proto__", "constructor", "dark", "zh", "projector", "null"), fc.jsonValue({ maxDepth: 2 }).map((x) => JSON.stringify(x) ?? ""));

  it("loadThemeChoice and loadLangChoice give a known theme and language for any stored text", () => {
    fc.assert(
      fc.property(junk, junk, (theme, lang) => {
        const storage = { getItem: (k: string) => (k === THEME_STORAGE_KEY ? theme : k === LANG_STORAGE_KEY ? lang : null) };
        expect(["system", "light", "dark", "projector"]).toContain(loadThemeChoice(storage));
        expect(["en", "zh"]).toContain(loadLangChoice(storage, ["en-GB"]));
      }),
    );
  });

  it("decodeView never throws on any hash, and encodeView of what it gives never throws either", () => {
    const part = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("#/lesson/", "#/zh/lesson/", "?s=", "&w=", "&step=", "%", "%ED%A0%80", "\uD800", "__proto__"));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }), (parts) => {
        const view = decodeView(parts.join(""), { lessons: ["intro", "lstm"] });
        expect(() => encodeView(view)).not.toThrow();
        expect(Array.from(view.sentence).length).toBeLessThanOrEqual(200);
      }),
      { numRuns: 500 },
    );
  });

  it("the page renders its title for any value stored under the site's keys", async () => {
    const keys = ["seq2seq-lab:weights", "seq2seq-lab:training", THEME_STORAGE_KEY, LANG_STORAGE_KEY];
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...keys), junk, { maxKeys: 4 }), async (stored) => {
        window.localStorage.clear();
        for (const [k, value] of Object.entries(stored)) window.localStorage.setItem(k, value);
        const app = await renderApp({ hash: "#/lesson/first-steps" });
        try {
          expect((await screen.findByRole("heading", { level: 1 })).textContent).toBe("First steps");
          expect(({} as Record<string, unknown>)[0]).toBeUndefined();
        } finally {
          app.unmount();
        }
      }),
      { numRuns: 15 },
    );
  });
});
