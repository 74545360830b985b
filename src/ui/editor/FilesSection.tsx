// The model as a file: export it in the core's model format, or import one (a file picker or a file
// dropped on the area). An import is checked in full first; its errors name the path of each problem,
// and a file with any error changes nothing.

import { useId, useState, type DragEvent } from "react";
import type { ModelChoice } from "../../model/defaults.ts";
import { serializeModel } from "../../model/convert.ts";
import { parseModelTextOffThread } from "../model/parseOffThread.ts";
import { stringifyModelFile } from "../../model/stringify.ts";
import { useT } from "../i18n/index.ts";
import { useModelContext } from "../model/modelContext.ts";
import { choiceOfModel } from "../../model/choice.ts";
import type { CurrentModel } from "../model/useCurrentModel.ts";
import { downloadText, fileStem } from "../kit/download.ts";

/** A file's text: Blob.text where the browser has it, FileReader elsewhere (older engines, jsdom). */
export function readText(file: Blob): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("unreadable"));
    reader.readAsText(file);
  });
}

/**
 * Larger files are refused before reading. A preset is a few hundred KB; PyTorch's translation
 * tutorial exported (about 4,300 and 2,800 words, GRUs of 128 or 256 units) is a few tens of MB,
 * and a 2,000-word, 256-unit model as the site writes it is 57 MB (docs/bench.md, section `large`).
 */
export const MAX_IMPORT_BYTES = 128 * 1024 * 1024;

interface Props {
  readonly current: CurrentModel;
  readonly onChoice: (choice: ModelChoice) => void;
}

type Outcome = { ok: true; text: string } | { ok: false; errors: readonly string[] };

export function FilesSection({ current, onChoice }: Props) {
  const { store } = useModelContext();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [over, setOver] = useState(false);
  const inputId = useId();
  const f = useT().editor.files;

  const exportModel = () => downloadText(stringifyModelFile(serializeModel(current.model)), `${fileStem(current.model.name)}.json`, "application/json");

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return setOutcome({ ok: false, errors: [f.tooLarge(file.name, Math.round(file.size / 1e5) / 10)] });
    let text: string;
    try {
      text = await readText(file);
    } catch {
      return setOutcome({ ok: false, errors: [f.unreadable(file.name)] });
    }
    const parsed = await parseModelTextOffThread(text);
    if (!parsed.ok) return setOutcome({ ok: false, errors: parsed.errors.slice(0, 20).map((e) => e.message).concat(parsed.errors.length > 20 ? [f.more(parsed.errors.length - 20)] : []) });
    store.getState().importModel(parsed.model, file.name);
    onChoice(choiceOfModel(parsed.model));
    setOutcome({ ok: true, text: f.imported(file.name, parsed.model.name) });
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    void importFile(e.dataTransfer.files[0]);
  };

  return (
    <section className="weights-files" aria-label={f.heading}>
      <h4>{f.heading}</h4>
      <div className="weights-row">
        <button type="button" onClick={exportModel}>
          {f.export}
        </button>
        <div
          className={over ? "weights-drop is-over" : "weights-drop"}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
        >
          <label htmlFor={inputId}>{f.import}</label>
          <input id={inputId} type="file" accept=".json,application/json" onChange={(e) => void importFile(e.target.files?.[0]).finally(() => (e.target.value = ""))} />
          <span className="weights-hint">{f.drop}</span>
        </div>
      </div>
      {outcome?.ok === true && <p role="status">{outcome.text}</p>}
      {outcome?.ok === false && (
        <div role="alert" className="weights-errors">
          <p>{f.notImported}</p>
          <ul>
            {outcome.errors.map((error, i) => (
              <li key={i}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
