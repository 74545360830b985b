// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { screen } from "@testing-library/react";
import { THEME_STORAGE_KEY, loadThemeChoice, resolveTheme, saveThemeChoice } from "../../../src/ui/app/theme.ts";
import { renderApp } from "./appHarness.tsx";

let cleanup: (() => void) | undefined;
beforeEach(() => {
  window.localStorage.clear();
  delete document.documentElement.dataset.theme;
});
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
  vi.unstubAllGlobals();
});

/** A system that prefers dark (or not), as window.matchMedia reports it. */
function systemPrefersDark(dark: boolean) {
  vi.stubGlobal("matchMedia", (query: string) => ({
    matches: dark && query.includes("dark"),
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

describe("the theme control", () => {
  it("choosing Dark sets data-theme on <html> and remembers the pick in localStorage", async () => {
    systemPrefersDark(false);
    const app = await renderApp();
    cleanup = app.unmount;
    expect(document.documentElement.dataset.theme).toBe("light");
    await app.user.selectOptions(screen.getByLabelText("Theme"), "dark");
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe("dark");
    expect(loadThemeChoice(window.localStorage)).toBe("dark");
  });

  it("choosing Projector (high contrast) sets data-theme=\"projector\" whatever the system prefers, and remembers it", async () => {
    systemPrefersDark(false);
    const app = await renderApp();
    cleanup = app.unmount;
    const control = screen.getByLabelText("Theme");
    expect([...(control as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(["System", "Light", "Dark", "Projector (high contrast)"]);
    await app.user.selectOptions(control, "projector");
    expect(document.documentElement.dataset.theme).toBe("projector");
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe("projector");
    expect(loadThemeChoice(window.localStorage)).toBe("projector");
  });

  it("a remembered pick is shown by the control on the next visit", async () => {
    systemPrefersDark(false);
    const app = await renderApp({ state: { theme: loadThemeChoice({ getItem: () => "dark" }) } });
    cleanup = app.unmount;
    expect((screen.getByLabelText("Theme") as HTMLSelectElement).value).toBe("dark");
    expect(document.documentElement.dataset.theme).toBe("dark");
  });

  it("choosing System follows the system's dark preference", async () => {
    systemPrefersDark(true);
    const app = await renderApp({ state: { theme: "light" } });
    cleanup = app.unmount;
    expect(document.documentElement.dataset.theme).toBe("light");
    await app.user.selectOptions(screen.getByLabelText("Theme"), "system");
    expect(document.documentElement.dataset.theme).toBe("dark");
  });

  it("choosing a theme when storage refuses to write still applies it", async () => {
    systemPrefersDark(false);
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("quota", "QuotaExceededError");
    });
    const app = await renderApp();
    cleanup = app.unmount;
    await app.user.selectOptions(screen.getByLabelText("Theme"), "dark");
    expect(document.documentElement.dataset.theme).toBe("dark");
    vi.restoreAllMocks();
  });
});

describe("theme storage", () => {
  it("loadThemeChoice returns system when storage is missing, throws, or holds something else", () => {
    expect(loadThemeChoice(undefined)).toBe("system");
    expect(
      loadThemeChoice({
        getItem: () => {
          throw new Error("denied");
        },
      }),
    ).toBe("system");
    expect(loadThemeChoice({ getItem: () => "sepia" })).toBe("system");
    expect(loadThemeChoice({ getItem: () => "light" })).toBe("light");
  });

  it("saveThemeChoice reports whether the pick could be stored", () => {
    const store = new Map<string, string>();
    expect(saveThemeChoice({ setItem: (k, v) => void store.set(k, v) }, "light")).toBe(true);
    expect(store.get(THEME_STORAGE_KEY)).toBe("light");
    expect(
      saveThemeChoice(
        {
          setItem: () => {
            throw new Error("denied");
          },
        },
        "dark",
      ),
    ).toBe(false);
    expect(saveThemeChoice(undefined, "dark")).toBe(false);
  });

  it("resolveTheme(theme, systemPrefersDark) gives an explicit pick precedence over the system", () => {
    expect(resolveTheme("system", true)).toBe("dark");
    expect(resolveTheme("system", false)).toBe("light");
    expect(resolveTheme("light", true)).toBe("light");
    expect(resolveTheme("dark", false)).toBe("dark");
    expect(resolveTheme("projector", false)).toBe("projector");
  });
});
