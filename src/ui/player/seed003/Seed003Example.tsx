// Seed 003's worked example with every number editable: two embeddings, the encoder and decoder
// matrices and y_0 go in; h_j, s_1, e, α and c come out through the core, and beside them what the
// seed's Python program prints for the same numbers.

import { useMemo, useState } from "react";
import { useT } from "../../i18n/index.ts";
import { renderTex } from "../../components/katex.ts";
import { SymbolText } from "../../components/SymbolText.tsx";
import { Tex } from "../../components/Tex.tsx";
import { useKatex } from "../../components/useKatex.ts";
import { pyFloatRepr } from "./pyFloat.ts";
import { fmt4, seed003Figures, vec4, type Seed003Figures } from "./figures.ts";
import { NumberField } from "../../fields/NumberField.tsx";
import { parsePyNumber } from "./parse.ts";
import { pyRepr, runSeed003, SEED003_INPUTS, type ProgramRun, type PyNum, type Seed003Inputs } from "./program.ts";
import "../player.css";

type VectorName = "x1" | "x2" | "y0";

/** One of the example's numbers, read as Python reads a literal, refused when it is not finite. */
function PyField({ label, value, onCommit }: { label: string; value: PyNum; onCommit: (value: PyNum) => void }) {
  const t = useT();
  return <NumberField className="seed003-field" label={label} value={value} format={pyRepr} parse={(text) => parsePyNumber(text, t)} onCommit={onCommit} />;
}
type MatrixName = "W_enc" | "W_dec";

const VECTORS: readonly [VectorName, string][] = [["x1", "x₁"], ["x2", "x₂"], ["y0", "y₀"]];
const MATRICES: readonly [MatrixName, string][] = [["W_enc", "W_enc"], ["W_dec", "W_dec"]];

function formulas(f: Seed003Figures): string[] {
  return [
    `\\sh{h_1} = W_{\\text{enc}}\\,\\sx{x_1} = ${vec4(f.h1)}`,
    `\\sh{h_2} = W_{\\text{enc}}\\,\\sx{x_2} = ${vec4(f.h2)}`,
    `\\ss{s_1} = W_{\\text{dec}}\\,\\sy{y_0} = ${vec4(f.s1)}`,
    `\\se{e_j} = \\ss{s_1} \\cdot \\sh{h_j}:\\quad \\se{e_1} = ${fmt4(f.e[0]!)},\\ \\se{e_2} = ${fmt4(f.e[1]!)}`,
    `\\sa{\\alpha} = \\operatorname{softmax}(\\se{e}) = ${vec4(f.alpha)}`,
    `\\sc{c} = \\sa{\\alpha_1}\\sh{h_1} + \\sa{\\alpha_2}\\sh{h_2} = ${vec4(f.c)}`,
  ];
}

export function Seed003Example() {
  const [inputs, setInputs] = useState<Seed003Inputs>(SEED003_INPUTS);
  // A new generation remounts the fields, so that Reset also resets their text.
  const [generation, setGeneration] = useState(0);
  const figures = useMemo(() => seed003Figures(inputs), [inputs]);
  const run = useMemo(() => runSeed003(inputs), [inputs]);
  const [section, setSection] = useState<HTMLElement | null>(null);
  const { katex } = useKatex(section);
  const t = useT();
  const setVector = (name: VectorName, i: number, v: PyNum) => setInputs((s) => ({ ...s, [name]: s[name].map((x, k) => (k === i ? v : x)) }));
  const setMatrix = (name: MatrixName, r: number, c: number, v: PyNum) =>
    setInputs((s) => ({ ...s, [name]: s[name].map((row, i) => (i === r ? row.map((x, j) => (j === c ? v : x)) : row)) }));
  return (
    <section ref={setSection} className="seed003" aria-label={t.seed003.region}>
      <div className="seed003-inputs" key={generation}>
        {VECTORS.map(([name, label]) => (
          <fieldset key={name}>
            <legend><SymbolText text={label} /></legend>
            {inputs[name].map((v, i) => (
              <PyField key={i} label={t.seed003.entry(label, i + 1)} value={v} onCommit={(x) => setVector(name, i, x)} />
            ))}
          </fieldset>
        ))}
        {MATRICES.map(([name, label]) => (
          <fieldset key={name} className="seed003-matrix">
            <legend><SymbolText text={label} /></legend>
            {inputs[name].map((row, r) =>
              row.map((v, c) => <PyField key={`${r}${c}`} label={t.seed003.cell(label, r + 1, c + 1)} value={v} onCommit={(x) => setMatrix(name, r, c, x)} />),
            )}
          </fieldset>
        ))}
        <button
          type="button"
          className="seed003-reset"
          onClick={() => {
            setInputs(SEED003_INPUTS);
            setGeneration((g) => g + 1);
          }}
        >
          {t.seed003.reset}
        </button>
      </div>
      <div className="seed003-results">
        <div className="seed003-formulas" aria-label={t.seed003.formulas} role="group">
          {formulas(figures).map((tex, i) =>
            katex ? <div key={i} className="seed003-line" dangerouslySetInnerHTML={{ __html: renderTex(katex, tex) }} /> : <div key={i} className="seed003-line formula-loading">{t.player.loadingFormulas}</div>,
          )}
        </div>
        <ProgramOutput run={run} alpha={figures.alpha} />
      </div>
    </section>
  );
}

function ProgramOutput({ run, alpha }: { run: ProgramRun; alpha: ArrayLike<number> }) {
  const t = useT();
  const stable = Array.from(alpha);
  const differs = run.ok && run.weights.some((w, j) => w !== stable[j]);
  return (
    <figure className="seed003-program">
      <figcaption>{t.seed003.programCaption}</figcaption>
      <pre aria-label={t.seed003.programOutput}>{(run.ok ? run.lines : run.traceback).join("\n")}</pre>
      {differs && (
        <p className="seed003-note">
          {t.seed003.stableDiffers} <Tex tex={"e^{\\se{e_j} - \\max_k \\se{e_k}}"} />, {t.seed003.stableGives(stable.map(pyFloatRepr).join(", "))}
        </p>
      )}
      {!run.ok && <p className="seed003-note">{t.seed003.programStops(stable.map(pyFloatRepr).join(", "))}</p>}
    </figure>
  );
}
