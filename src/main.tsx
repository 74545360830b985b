// The entry point: styles, symbol colours, the reader's theme and language, the URL sync, then the app.

import "katex/dist/katex.min.css";
import "./ui/theme/base.css";
import "./ui/app/app.css";
import "./ui/components/components.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./ui/app/App.tsx";
import { siteLessons } from "./ui/app/lessonGlob.ts";
import { registerServiceWorker } from "./ui/app/serviceWorker.ts";
import { browserStorage } from "./ui/kit/storage.ts";
import { loadThemeChoice } from "./ui/app/theme.ts";
import { loadLangChoice } from "./ui/i18n/langStorage.ts";
import { decodeView } from "./ui/urlState.ts";
import { defaultsFor, startUrlSync } from "./ui/app/urlSync.ts";
import { loadMessages, messagesReady } from "./ui/i18n/messages.ts";
import { appStore } from "./ui/store.ts";
import { injectSymbolCss } from "./ui/theme/injectSymbolCss.ts";

injectSymbolCss(document);
// The remembered language is the one a hash that names no page opens in; the URL decides the rest.
appStore.setState({ theme: loadThemeChoice(browserStorage()), lang: loadLangChoice(browserStorage(), navigator.languages) });
// Before the first render, so the first render already shows the page the URL names. Both
// languages have the same slugs; the English list is the reference. A page in Chinese waits for
// the Chinese words (a chunk of their own), so that its first render is already Chinese.
const slugs = siteLessons.en.map((lesson) => lesson.meta.slug);
const startLang = decodeView(window.location.hash, { lessons: slugs, defaults: defaultsFor(slugs), lang: appStore.getState().lang }).lang ?? "en";

function render(): void {
  startUrlSync(appStore, slugs);
  const root = document.getElementById("root");
  if (!root) throw new Error("index.html has no #root element");
  createRoot(root).render(
    <StrictMode>
      <App lessons={siteLessons} />
    </StrictMode>,
  );
}

if (messagesReady(startLang)) render();
else loadMessages(startLang).then(render, render);

if (import.meta.env.PROD) registerServiceWorker();
