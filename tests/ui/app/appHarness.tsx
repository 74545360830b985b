// Renders the whole shell the way main.tsx does, on fixture lessons compiled from
// tests/fixtures/lessons with the site's own MDX options, with a store and a URL sync of its own.

import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { evaluate } from "@mdx-js/mdx";
import * as runtime from "react/jsx-runtime";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ComponentType } from "react";
import { App } from "../../../src/ui/app/App.tsx";
import type { ShellComponents } from "../../../src/ui/app/lessonComponents.tsx";
import { createRegistry, type Lesson, type LessonModule } from "../../../src/ui/app/lessons.ts";
import { PageStoreContext } from "../../../src/ui/storeContext.ts";
import { startUrlSync } from "../../../src/ui/app/urlSync.ts";
import { Aside } from "../../../src/ui/components/Aside.tsx";
import { Figure } from "../../../src/ui/components/Figure.tsx";
import { createPageStore, type PageInit } from "../../../src/ui/store.ts";
import { mdxOptions } from "../../../src/ui/theme/mdxOptions.ts";

// A path, not a URL: under jsdom the global URL is not the one node:fs accepts.
const FIXTURES = join(process.cwd(), "tests", "fixtures", "lessons");

let compiled: Promise<readonly Lesson[]> | undefined;

/** The fixture lessons, compiled once per test file. */
export function fixtureLessons(): Promise<readonly Lesson[]> {
  compiled ??= (async () => {
    const files = (await readdir(FIXTURES)).filter((f) => f.endsWith(".mdx"));
    const metas: Record<string, unknown> = {};
    const loaders: Record<string, () => Promise<LessonModule>> = {};
    for (const file of files) {
      const text = await readFile(join(FIXTURES, file), "utf8");
      const module = await evaluate(text, { ...runtime, ...mdxOptions });
      metas[file] = module.meta;
      loaders[file] = () => Promise.resolve(module as unknown as LessonModule);
    }
    return createRegistry(metas, loaders);
  })();
  return compiled;
}

/** A stand-in for the player: what the shell passes it is visible as text. */
export function StubPlayer(props: Record<string, unknown>) {
  return <p>Player with focus {String(props.focus)}</p>;
}

export function stubComponents(Player: ComponentType<Record<string, unknown>> = StubPlayer): ShellComponents {
  const Framed = (props: Record<string, unknown>) => (
    <Figure name="Player">
      <Player {...props} />
    </Figure>
  );
  return { Player: Framed, Aside };
}

interface Options {
  readonly hash?: string;
  readonly state?: PageInit;
  readonly Player?: ComponentType<Record<string, unknown>>;
}

export async function renderApp({ hash = "", state, Player }: Options = {}) {
  const lessons = await fixtureLessons();
  window.history.replaceState(null, "", `${window.location.pathname}${hash}`);
  const store = createPageStore(state);
  const stop = startUrlSync(
    store,
    lessons.map((l) => l.meta.slug),
  );
  const user = userEvent.setup();
  const view = render(
    <PageStoreContext.Provider value={store}>
      <App lessons={lessons} components={stubComponents(Player)} />
    </PageStoreContext.Provider>,
  );
  const unmount = () => {
    view.unmount();
    stop();
  };
  return { ...view, unmount, store, user, lessons };
}
