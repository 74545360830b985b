// What a lesson may use without importing it: the interactive pictures, each loaded on demand in
// a Figure frame once it comes within a screen of the window (so a lesson's first paint never waits
// for D3 or the model, and a reader who stays at the top never downloads them), and Aside.

import { lazy, useReducer, type ComponentType } from "react";
import type { MDXComponents } from "mdx/types";
import { Aside } from "../components/Aside.tsx";
import type { StoredReset } from "../components/ErrorBoundary.tsx";
import { Figure } from "../components/Figure.tsx";
import type { Messages } from "../i18n/en.ts";
import type { PlayerProps } from "../player/index.ts";
import { savedEditsReset, savedRunReset } from "./storedResets.ts";
import { Exercises } from "../exercises/entry.tsx";

type WidgetName = "Player" | "BeamPlayer" | "TrainingStepPlayer" | "GradientFlow" | "TeacherForcingComparison" | "DecoderComparison" | "ScoreComparison" | "GruComparison" | "Seed003Example" | "TrainingPanel" | TransformerWidget;
type TransformerWidget = "TransformerPlayer" | "QkvTable" | "MultiHeadView" | "PositionalEncodingView" | "RecurrentVsTransformer";
// Lessons pass props as written in MDX; the player module checks them itself.
type WidgetProps = Record<string, unknown>;

// One dynamic import for all of them: they share the player's code. The player's weight editor comes
// with it, put in the player's slot here: the shell composes features, which import no other.
const loadPlayer = () =>
  Promise.all([import("../player/index.ts"), import("../editor/EditWeights.tsx")]).then(([player, { EditWeights }]) => {
    const { Player: Bare, EditorSlot } = player;
    function Player(props: PlayerProps) {
      return (
        <EditorSlot.Provider value={EditWeights}>
          <Bare {...props} />
        </EditorSlot.Provider>
      );
    }
    return { ...player, Player };
  });
// The Transformer chapter's pictures share a chunk of their own.
const loadTransformer = () => import("../transformer/index.ts");
// The training panel brings its worker and chart: loaded only by a lesson that shows it.
const loadTraining = () => import("../training/index.ts");
// The training-step player (lesson 19) has a chunk of its own.
const loadTrainStep = () => import("../trainstep/index.ts");
// Lesson 20's gradient experiment: the backward pass and a small chart, in a chunk of its own.
const loadGradients = () => import("../gradients/index.ts");
// Lesson 18's teacher-forcing comparison: tables only, in a chunk of its own.
const loadTeacherForcing = () => import("../teacherForcing/index.ts");

type Resets = (t: Messages) => readonly StoredReset[];
// The player reads the reader's saved edits; the training panel, the saved run.
const editsReset: Resets = (t) => [savedEditsReset(t)];
const runReset: Resets = (t) => [savedRunReset(t)];
const noReset: Resets = () => [];
// The pictures that can fill the screen (they carry data-presentable once loaded).
const PRESENTABLE: ReadonlySet<WidgetName> = new Set<WidgetName>(["Player", "BeamPlayer", "TransformerPlayer", "TrainingStepPlayer"]);

function framed(name: WidgetName, loadModule: () => Promise<Partial<Record<WidgetName, unknown>>> = loadPlayer, stored: Resets = noReset): ComponentType<WidgetProps> {
  const load = () => lazy(() => loadModule().then((m) => ({ default: m[name] as ComponentType<WidgetProps> })));
  // A lazy component that failed to load stays failed, so "Try again" starts a new one.
  let Lazy = load();
  function Framed(props: WidgetProps) {
    const [, rerender] = useReducer((n: number) => n + 1, 0);
    const retry = () => {
      Lazy = load();
      rerender();
    };
    return (
      <Figure name={name} onReset={retry} stored={stored} deferred presentable={PRESENTABLE.has(name)}>
        <Lazy {...props} />
      </Figure>
    );
  }
  Framed.displayName = `Framed(${name})`;
  return Framed;
}

export const Player = framed("Player", loadPlayer, editsReset);

/** The components of a lesson; the playground page uses its Player too. */
export type ShellComponents = MDXComponents & { readonly Player: ComponentType<WidgetProps> };

export const lessonComponents: ShellComponents = {
  Player,
  BeamPlayer: framed("BeamPlayer", loadPlayer, editsReset),
  DecoderComparison: framed("DecoderComparison"),
  ScoreComparison: framed("ScoreComparison"),
  GruComparison: framed("GruComparison"),
  Seed003Example: framed("Seed003Example"),
  TransformerPlayer: framed("TransformerPlayer", loadTransformer),
  QkvTable: framed("QkvTable", loadTransformer),
  MultiHeadView: framed("MultiHeadView", loadTransformer),
  PositionalEncodingView: framed("PositionalEncodingView", loadTransformer),
  RecurrentVsTransformer: framed("RecurrentVsTransformer", loadTransformer),
  TrainingPanel: framed("TrainingPanel", loadTraining, runReset),
  TrainingStepPlayer: framed("TrainingStepPlayer", loadTrainStep),
  GradientFlow: framed("GradientFlow", loadGradients),
  TeacherForcingComparison: framed("TeacherForcingComparison", loadTeacherForcing),
  Aside,
  // The practice at a lesson's end: loads its own chunk when it comes near the screen.
  Exercises,
};
