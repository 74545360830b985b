// The entry point: styles, symbol colours, the reader's theme, the URL sync, then the app.

import "katex/dist/katex.min.css";
import "./ui/theme/base.css";
import "./ui/app/app.css";
import "./ui/components/components.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./ui/app/App.tsx";
import { siteLessons } from "./ui/app/lessonGlob.ts";
import { registerServiceWorker } from "./ui/app/serviceWorker.ts";
import { browserStorage, loadThemeChoice } from "./ui/app/theme.ts";
import { startUrlSync } from "./ui/app/urlSync.ts";
import { appStore } from "./ui/store.ts";
import { injectSymbolCss } from "./ui/theme/injectSymbolCss.ts";

injectSymbolCss(document);
appStore.setState({ theme: loadThemeChoice(browserStorage()) });
// Before the first render, so the first render already shows the page the URL names.
startUrlSync(
  appStore,
  siteLessons.map((lesson) => lesson.meta.slug),
);

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App lessons={siteLessons} />
  </StrictMode>,
);

if (import.meta.env.PROD) registerServiceWorker();
