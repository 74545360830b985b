// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import { renderApp } from "./appHarness.tsx";
import { pageView } from "../pageState.ts";

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

async function open(hash = "") {
  const app = await renderApp({ hash });
  cleanup = app.unmount;
  return app;
}

const title = () => screen.getByRole("heading", { level: 1 }).textContent;

describe("the lesson page", () => {
  it("opening the site with no route shows the first lesson with its title as the one h1, its summary and its body", async () => {
    await open();
    expect(title()).toBe("First steps");
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    expect(screen.getByText("A fixture lesson for the app shell's tests.")).toBeTruthy();
    // The first test of the file compiles the lesson's chunk: on a busy machine that takes seconds.
    expect(await screen.findByText(/An encoder reads/, {}, { timeout: 30_000 })).toBeTruthy();
    expect(window.location.hash).toBe("#/lesson/first-steps");
  });

  it("the lesson body's math is typeset and its Aside is a labelled note", async () => {
    const { container } = await open("#/lesson/first-steps");
    const note = await screen.findByRole("note", { name: "In the source (seed 000)" });
    expect(note.textContent).toContain("arguments swapped");
    expect(container.querySelector(".katex-display .katex-mathml")).not.toBeNull();
  });

  it("a body heading other than the title becomes an h2", async () => {
    await open("#/lesson/second-thoughts");
    expect(await screen.findByRole("heading", { level: 2, name: "Where the decoder starts" })).toBeTruthy();
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
  });

  it("the page has the landmarks a screen reader lists: banner, navigation, main", async () => {
    await open();
    expect(screen.getByRole("banner")).toBeTruthy();
    expect(screen.getByRole("navigation", { name: "Lessons" })).toBeTruthy();
    expect(screen.getByRole("main")).toBeTruthy();
  });
});

describe("navigating", () => {
  it("clicking Next opens the next lesson, moves focus to its title, and Previous goes back", async () => {
    const { user } = await open("#/lesson/first-steps");
    const pager = screen.getByRole("navigation", { name: "Previous and next" });
    await user.click(within(pager).getByRole("link", { name: /Next/ }));
    await waitFor(() => expect(title()).toBe("Second thoughts"));
    expect(window.location.hash).toBe("#/lesson/second-thoughts");
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 1 }));
    expect(document.title).toBe("Second thoughts · Seq2Seq Lab");

    await user.click(within(screen.getByRole("navigation", { name: "Previous and next" })).getByRole("link", { name: /Previous/ }));
    await waitFor(() => expect(title()).toBe("First steps"));
  });

  it("the last lesson's Next link leads to the playground, which renders the player with every focus", async () => {
    const { user } = await open("#/lesson/second-thoughts");
    await user.click(within(screen.getByRole("navigation", { name: "Previous and next" })).getByRole("link", { name: /Next/ }));
    await waitFor(() => expect(title()).toBe("Playground"));
    expect(window.location.hash).toBe("#/playground");
    expect(screen.getByText("Player with focus all")).toBeTruthy();
  });

  it("clicking a lesson in the table of contents opens it and marks it as the current page", async () => {
    const { user } = await open("#/lesson/first-steps");
    const toc = screen.getByRole("navigation", { name: "Lessons" });
    expect(within(toc).getByRole("link", { name: /First steps/ }).getAttribute("aria-current")).toBe("page");
    await user.click(within(toc).getByRole("link", { name: /Second thoughts/ }));
    await waitFor(() => expect(title()).toBe("Second thoughts"));
    expect(within(toc).getByRole("link", { name: /Second thoughts/ }).getAttribute("aria-current")).toBe("page");
    expect(within(toc).getByRole("link", { name: /First steps/ }).getAttribute("aria-current")).toBeNull();
  });

  it("a link with choices opens that view, and the contents links keep the choices but start at step 0", async () => {
    const { store } = await open("#/lesson/second-thoughts?cell=rnn&bi=1&s=you%20love%20me&step=4");
    expect(title()).toBe("Second thoughts");
    expect(pageView(store)).toMatchObject({ lesson: "second-thoughts", choice: { cell: "rnn", bidirectional: true }, sentence: "you love me", step: 4 });
    const link = within(screen.getByRole("navigation", { name: "Lessons" })).getByRole("link", { name: /First steps/ });
    expect(link.getAttribute("href")).toBe("#/lesson/first-steps?cell=rnn&bi=1&s=you%20love%20me");
  });

  it("an unknown lesson in the address shows a not-found page with links to the first lesson and the playground", async () => {
    await open("#/lesson/no-such-thing?step=oops");
    expect(title()).toBe("No such lesson");
    expect(screen.getByText(/There is no lesson “no-such-thing” in this edition/u)).toBeTruthy();
    const main = screen.getByRole("main");
    expect(within(main).getByRole("link", { name: "the first lesson, First steps" }).getAttribute("href")).toBe("#/lesson/first-steps");
    expect(within(main).getByRole("link", { name: "the playground" }).getAttribute("href")).toMatch(/^#\/playground/u);
    expect(window.location.hash).toBe("#/lesson/no-such-thing");
  });

  it("the Contents button toggles the menu's aria-expanded, and Escape closes it", async () => {
    const { user } = await open();
    const button = screen.getByRole("button", { name: "Contents" });
    expect(button.getAttribute("aria-expanded")).toBe("false");
    await user.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    within(screen.getByRole("navigation", { name: "Lessons" })).getAllByRole("link")[0]?.focus();
    await user.keyboard("{Escape}");
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(button);
  });

  it("following the skip link moves focus to main and leaves the address alone", async () => {
    const { user } = await open("#/lesson/second-thoughts");
    await user.click(screen.getByRole("link", { name: "Skip to content" }));
    expect(document.activeElement).toBe(screen.getByRole("main"));
    expect(window.location.hash).toBe("#/lesson/second-thoughts");
  });
});
