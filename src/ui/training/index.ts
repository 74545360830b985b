// The training page and the lesson panel, loaded on demand by the app shell.

export { TrainingPage } from "./TrainingPage.tsx";
export { TrainingPanel } from "./TrainingPanel.tsx";
