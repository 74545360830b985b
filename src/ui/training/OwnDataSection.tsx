// The reader's own sentence pairs: a file (chosen or dropped) or pasted text, with how they are read
// (length limit, minimum count, number of pairs, accent folding). They are read in a worker; a
// problem is said with its line, and the corpus and model the reader had stay. Locked while training runs.

import { memo, useId, useRef, useState, type DragEvent } from "react";
import { OWN_DATA_LIMITS, type OwnDataOptions } from "../../core/train/ownCorpus.ts";
import { NumberField } from "../fields/NumberField.tsx";
import type { Trainer } from "./trainer.ts";
import { useTrainerState, useTrainingT } from "./useTrainer.ts";
import { useOwnDataT } from "./useOwnDataT.ts";

type NumberOption = "maxTokens" | "minCount" | "maxPairs";

function OptionField({ field, value, disabled, onCommit }: { readonly field: NumberOption; readonly value: number; readonly disabled: boolean; readonly onCommit: (value: number) => void }) {
  const m = useOwnDataT();
  const t = useTrainingT();
  const id = useId();
  const [min, max] = OWN_DATA_LIMITS[field];
  const parse = (text: string) => {
    const x = Number(text.trim());
    return text.trim() !== "" && Number.isInteger(x) && x >= min && x <= max ? { ok: true as const, value: x } : { ok: false as const, reason: t.notInRange(text.trim(), min, max, true) };
  };
  return (
    <div className="training-field">
      <label htmlFor={id}>{m[field]}</label>
      <NumberField id={id} label={m[field]} value={value} format={String} parse={parse} onCommit={onCommit} commit="enter" disabled={disabled} className="number-field training-number" />
    </div>
  );
}

export const OwnDataSection = memo(function OwnDataSection({ trainer }: { readonly trainer: Trainer }) {
  const m = useOwnDataT();
  const own = useTrainerState(trainer, (s) => s.own);
  const options = useTrainerState(trainer, (s) => s.ownOptions);
  const problem = useTrainerState(trainer, (s) => s.ownProblem);
  const busy = useTrainerState(trainer, (s) => s.ownBusy);
  const running = useTrainerState(trainer, (s) => s.progress?.status === "running");
  const [pasted, setPasted] = useState("");
  // The last source read, so that a new option reads it again (a File is a handle, not a copy of its text).
  const last = useRef<{ source: Blob | string; name: string } | null>(null);
  const ids = { file: useId(), paste: useId(), fold: useId() };
  const locked = running || busy;

  const load = (source: Blob | string, name: string) => {
    last.current = { source, name };
    void trainer.loadOwn(source, name);
  };
  const setOption = (patch: Partial<OwnDataOptions>) => {
    trainer.setOwnOptions(patch);
    if (last.current && own) void trainer.loadOwn(last.current.source, last.current.name);
  };
  const onDrop = (event: DragEvent) => {
    const file = event.dataTransfer.files[0];
    if (!file || locked) return;
    event.preventDefault();
    load(file, file.name);
  };

  return (
    <fieldset className="training-settings training-own" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <legend>{m.title}</legend>
      <p className="training-rule">{m.intro}</p>
      <div className="training-field training-wide">
        <label htmlFor={ids.file}>{m.file}</label>
        <input
          id={ids.file}
          type="file"
          accept=".tsv,.txt,text/tab-separated-values,text/plain"
          disabled={locked}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) load(file, file.name);
            // The same file chosen again (after a fix) must fire a change.
            e.currentTarget.value = "";
          }}
        />
      </div>
      <div className="training-field training-wide">
        <label htmlFor={ids.paste}>{m.paste}</label>
        <textarea id={ids.paste} rows={4} value={pasted} onChange={(e) => setPasted(e.target.value)} spellCheck={false} disabled={locked} />
        <div className="training-buttons">
          <button type="button" className="button" disabled={locked || pasted.trim() === ""} onClick={() => load(pasted, m.pastedName)}>
            {m.usePasted}
          </button>
          {own && (
            <button type="button" className="button" disabled={locked} onClick={() => trainer.useBundled()}>
              {m.useBundled}
            </button>
          )}
        </div>
      </div>
      <OptionField field="maxTokens" value={options.maxTokens} disabled={locked} onCommit={(maxTokens) => setOption({ maxTokens })} />
      <OptionField field="minCount" value={options.minCount} disabled={locked} onCommit={(minCount) => setOption({ minCount })} />
      <OptionField field="maxPairs" value={options.maxPairs} disabled={locked} onCommit={(maxPairs) => setOption({ maxPairs })} />
      <div className="training-field training-check">
        <input id={ids.fold} type="checkbox" checked={options.foldAccents} disabled={locked} onChange={(e) => setOption({ foldAccents: e.target.checked })} />
        <label htmlFor={ids.fold}>{m.foldAccents}</label>
      </div>
      <p className="training-rule">{m.optionsNote}</p>
      <p className="training-own-status training-wide" role="status">
        {busy ? m.reading : own ? `${m.loaded(own.name, own.stats)}${m.sep}${m.notSaved}` : ""}
      </p>
      {problem && (
        <p className="training-error training-wide" role="alert">
          {`${m.problem(problem)}${m.sep}${m.refused}`}
        </p>
      )}
    </fieldset>
  );
});
