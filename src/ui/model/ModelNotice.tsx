// What happened to a share link's weights, said where the reader looks: above the player's pictures.
// The reader can dismiss it; the next link or refusal brings a new one.

import { useStore } from "zustand";
import { useT } from "../i18n/index.ts";
import { useModelContext } from "./modelContext.ts";
import "./model.css";

export function ModelNotice() {
  const { store } = useModelContext();
  const notice = useStore(store, (s) => s.notice);
  const t = useT();
  if (!notice) return null;
  return (
    <div className={notice.tone === "error" ? "model-notice is-error" : "model-notice"} role={notice.tone === "error" ? "alert" : "status"}>
      <span>{notice.text}</span>
      <button type="button" onClick={() => store.getState().notify(null)}>
        {t.editor.model.dismiss}
      </button>
    </div>
  );
}
