// What happened to the model's inputs, said where the reader looks: above the player's pictures. A
// share link that replaced the reader's work, saved edits that came back only in part: each notice
// carries its way back (Undo, download or delete what was set aside). The reader can dismiss it.

import { useStore } from "zustand";
import { useT } from "../i18n/index.ts";
import type { PlayerStore } from "../playerStore.ts";
import { useModelContext } from "./modelContext.ts";
import { undoLast } from "./undo.ts";
import "./model.css";

export function ModelNotice() {
  const { store } = useModelContext();
  const notice = useStore(store, (s) => s.notice);
  const t = useT();
  if (!notice) return null;
  const text = typeof notice.text === "function" ? notice.text(t) : notice.text;
  return (
    <div className={notice.tone === "error" ? "model-notice is-error" : "model-notice"} role={notice.tone === "error" ? "alert" : "status"}>
      <span>{text}</span>
      {notice.actions?.map((action, i) => (
        <button key={i} type="button" onClick={action.run}>
          {action.label(t)}
        </button>
      ))}
      <button type="button" onClick={() => store.getState().notify(null)}>
        {t.editor.model.dismiss}
      </button>
    </div>
  );
}

/** The Undo of the last reset, randomise, import or link, where the editor's whole-model actions are. */
export function UndoButton({ player }: { readonly player: PlayerStore }) {
  const { store } = useModelContext();
  const undo = useStore(store, (s) => s.undo);
  const u = useT().faults.undo;
  if (!undo) return null;
  return (
    <button type="button" className="undo-button" onClick={() => undoLast(store, player)}>
      {u.label(u.actions[undo.action])}
    </button>
  );
}
