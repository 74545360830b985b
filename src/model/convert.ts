// Between the model file (plain JSON, nested arrays) and the in-memory `Seq2SeqModel` (Float64Array).
// Numbers are copied as they are, so serialize → parse gives back every number bit for bit.
// `toModel` expects a file that has passed every check in modelFile.ts.

import { isMat, type Param, type Params, type Seq2SeqModel } from "../core/model.ts";
import { matFromRows, matToRows, type Mat } from "../core/tensor.ts";
import type { ParsedFile } from "./schema.ts";
import { MODEL_FORMAT, MODEL_VERSION, type ModelFileJson, type ParamJson, type ParamsJson } from "./types.ts";

/** A matrix as nested rows, a vector as a flat array. */
export function paramToJson(p: Param): ParamJson {
  return isMat(p) ? matToRows(p) : Array.from(p);
}

function paramsToJson(params: Params): ParamsJson {
  return Object.fromEntries(Object.entries(params).map(([k, p]) => [k, paramToJson(p)]));
}

/** A copy of free-form metadata, or undefined; JSON-like values only survive a text round trip. */
function copyMeta(meta: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> | undefined {
  return meta === undefined ? undefined : structuredClone(meta) as Record<string, unknown>;
}

/** The model file of a model: a plain JSON-able object that shares nothing with the model. */
export function serializeModel(model: Seq2SeqModel): ModelFileJson {
  const { encoder: e, decoder: d } = model;
  const meta = copyMeta(model.meta);
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    name: model.name,
    ...(model.description !== undefined ? { description: model.description } : {}),
    source: { vocab: [...model.source.vocab], embeddings: matToRows(model.source.embeddings), ...(model.source.appendEos ? { appendEos: true } : {}) },
    target: { vocab: [...model.target.vocab], embeddings: matToRows(model.target.embeddings) },
    encoder: {
      cell: e.cell,
      hidden: e.hidden,
      bidirectional: e.bidirectional,
      context: e.context,
      weights: paramsToJson(e.weights),
      ...(e.backwardWeights ? { backwardWeights: paramsToJson(e.backwardWeights) } : {}),
    },
    decoder: {
      cell: d.cell,
      hidden: d.hidden,
      variant: d.variant,
      init: d.init,
      weights: paramsToJson(d.weights),
      ...(d.attention ? { attention: { score: d.attention.score, query: d.attention.query, weights: paramsToJson(d.attention.weights) } } : {}),
      output: paramsToJson(d.output),
    },
    decoding: { ...model.decoding },
    ...(meta !== undefined ? { meta } : {}),
  };
}

function paramFromJson(value: readonly unknown[]): Param {
  return Array.isArray(value[0]) ? matFromRows(value as number[][]) : Float64Array.from(value as number[]);
}

function paramsFromJson(group: Record<string, readonly unknown[]>): Params {
  return Object.fromEntries(Object.entries(group).map(([k, x]) => [k, paramFromJson(x)]));
}

/** The in-memory model of a checked file. */
export function toModel(file: ParsedFile): Seq2SeqModel {
  const { encoder: e, decoder: d } = file;
  const meta = copyMeta(file.meta);
  return {
    name: file.name,
    ...(file.description !== undefined ? { description: file.description } : {}),
    source: { vocab: [...file.source.vocab], embeddings: matFromRows(file.source.embeddings as number[][]) as Mat, ...(file.source.appendEos ? { appendEos: true } : {}) },
    target: { vocab: [...file.target.vocab], embeddings: matFromRows(file.target.embeddings as number[][]) as Mat },
    encoder: {
      cell: e.cell,
      hidden: e.hidden,
      bidirectional: e.bidirectional,
      context: e.context,
      weights: paramsFromJson(e.weights),
      ...(e.backwardWeights ? { backwardWeights: paramsFromJson(e.backwardWeights) } : {}),
    },
    decoder: {
      cell: d.cell,
      hidden: d.hidden,
      variant: d.variant,
      init: d.init,
      weights: paramsFromJson(d.weights),
      ...(d.attention ? { attention: { score: d.attention.score, query: d.attention.query, weights: paramsFromJson(d.attention.weights) } } : {}),
      output: paramsFromJson(d.output),
    },
    decoding: { ...file.decoding },
    ...(meta !== undefined ? { meta } : {}),
  };
}
