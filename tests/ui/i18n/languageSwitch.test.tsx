// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/ui/app/App.tsx";
import { createRegistry, type LessonModule } from "../../../src/ui/app/lessons.ts";
import { PageStoreContext } from "../../../src/ui/storeContext.ts";
import { startUrlSync } from "../../../src/ui/app/urlSync.ts";
import { LANG_STORAGE_KEY, loadLangChoice } from "../../../src/ui/i18n/langStorage.ts";
import { createPageStore } from "../../../src/ui/store.ts";
import { pageView } from "../pageState.ts";
import { renderApp, stubComponents } from "../app/appHarness.tsx";

let cleanup: (() => void) | undefined;
beforeEach(() => {
  window.localStorage.clear();
  document.documentElement.lang = "en";
});
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

const language = () => screen.getByRole("combobox", { name: /^(Language|语言)$/u }) as HTMLSelectElement;

describe("the language switch", () => {
  it("choosing 中文 turns the labels Chinese, puts /zh in the address, sets <html lang> and remembers the pick", async () => {
    const app = await renderApp({ hash: "#/lesson/second-thoughts?cell=rnn" });
    cleanup = app.unmount;
    expect(screen.getByRole("button", { name: "Contents" })).toBeTruthy();
    await app.user.selectOptions(language(), "zh");
    expect(screen.getByRole("button", { name: "目录" })).toBeTruthy();
    expect(screen.getByRole("navigation", { name: "课程" })).toBeTruthy();
    expect(screen.getByText("第 2 课，共 2 课")).toBeTruthy();
    expect(window.location.hash).toBe("#/zh/lesson/second-thoughts?cell=rnn");
    // The page's pair follows the edition: French for English, Chinese for 中文.
    expect(pageView(app.store)).toMatchObject({ lang: "zh", pair: "en-zh", sentence: "I love China" });
    expect(document.documentElement.lang).toBe("zh-CN");
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBe("zh");
    expect(language().value).toBe("zh");
  });

  it("choosing English again drops /zh from the address and the labels follow", async () => {
    const app = await renderApp({ hash: "#/zh/lesson/first-steps" });
    cleanup = app.unmount;
    expect(screen.getByRole("link", { name: "跳到正文" })).toBeTruthy();
    await app.user.selectOptions(language(), "en");
    expect(screen.getByRole("link", { name: "Skip to content" })).toBeTruthy();
    expect(window.location.hash).toBe("#/lesson/first-steps");
    expect(document.documentElement.lang).toBe("en");
  });

  it("a remembered pick opens a bare address in Chinese on the next visit", async () => {
    window.localStorage.setItem(LANG_STORAGE_KEY, "zh");
    const app = await renderApp({ hash: "", state: { lang: loadLangChoice(window.localStorage) } });
    cleanup = app.unmount;
    expect(language().value).toBe("zh");
    expect(screen.getByRole("button", { name: "目录" })).toBeTruthy();
    expect(window.location.hash).toBe("#/zh/lesson/first-steps");
  });

  it("links in the contents keep the language, so following one stays in Chinese", async () => {
    const app = await renderApp({ hash: "#/zh/lesson/first-steps" });
    cleanup = app.unmount;
    const link = within(screen.getByRole("navigation", { name: "课程" })).getByRole("link", { name: /Second thoughts/u });
    expect(link.getAttribute("href")).toBe("#/zh/lesson/second-thoughts");
    expect(within(screen.getByRole("navigation", { name: "课程" })).getByRole("link", { name: "练习场" }).getAttribute("href")).toBe("#/zh/playground");
  });

  it("the theme menu names its themes in the page's language, Projector among them", async () => {
    const app = await renderApp({ hash: "#/zh/lesson/first-steps" });
    cleanup = app.unmount;
    const theme = screen.getByRole("combobox", { name: "主题" });
    expect(within(theme).getAllByRole("option").map((o) => o.textContent)).toEqual(["跟随系统", "浅色", "深色", "投影（高对比度）"]);
  });
});

describe("lessons per language", () => {
  const lesson = (text: string): LessonModule => ({ default: () => <p>{text}</p> });
  const shelf = {
    en: createRegistry({ "/content/en/01-a.mdx": { slug: "a", title: "Alpha" } }, { "/content/en/01-a.mdx": () => Promise.resolve(lesson("English prose")) }),
    zh: createRegistry({ "/content/zh/01-a.mdx": { slug: "a", title: "甲" } }, { "/content/zh/01-a.mdx": () => Promise.resolve(lesson("中文课文")) }),
  };

  it("switching the language loads the same lesson from the other language's folder", async () => {
    window.history.replaceState(null, "", "/#/lesson/a");
    const store = createPageStore();
    const stop = startUrlSync(store, ["a"]);
    const view = render(
      <PageStoreContext.Provider value={store}>
        <App lessons={shelf} components={stubComponents()} />
      </PageStoreContext.Provider>,
    );
    cleanup = () => {
      view.unmount();
      stop();
    };
    expect(await screen.findByText("English prose")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Alpha");
    await userEvent.setup().selectOptions(language(), "zh");
    expect(await screen.findByText("中文课文")).toBeTruthy();
    await waitFor(() => expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("甲"));
    expect(document.title).toBe("甲 · Seq2Seq Lab");
  });
});
