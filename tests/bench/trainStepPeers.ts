// The TF.js peer of one training step: the same LSTM encoder, LSTM decoder with general attention on
// the current state (Luong et al. 2015: e_j = s_t · W_a h_j, readout [s_t; c_t]), softmax cross-entropy
// per target token, written as a TF.js user would, with tf.variableGrads and tf.train.adam.

import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { createRequire } from "node:module";
import { buildSync } from "esbuild";
import type { Pair } from "../../src/core/teacherForcing.ts";

export interface StepShape {
  readonly d: number;
  readonly n: number;
  readonly sourceVocab: number;
  readonly targetVocab: number;
}

/**
 * tfjs-core's Node build has no gradients (the @tensorflow/tfjs package registers them), and its
 * ES-module files cannot be imported by Node (extensionless paths). So the registration module is
 * bundled once with esbuild and run: the gradient registry is global, shared with the Node build.
 */
export function registerTfGradients(): void {
  const require = createRequire(import.meta.url);
  const entry = require.resolve("@tensorflow/tfjs-core/dist/register_all_gradients.js");
  const out = buildSync({ entryPoints: [entry], bundle: true, format: "cjs", platform: "node", write: false, logLevel: "silent" });
  new Function("module", "exports", "require", out.outputFiles[0]!.text)({ exports: {} }, {}, require);
}

/** <sos> and <eos> ids in every vocabulary of the project. */
const SOS = 0;
const EOS = 1;

function lstm(h: tf.Tensor2D, C: tf.Tensor2D, x: tf.Tensor2D, K: tf.Variable, b: tf.Variable): [tf.Tensor2D, tf.Tensor2D] {
  const z = tf.add(tf.matMul(tf.concat([h, x], 1), K), b) as tf.Tensor2D;
  const [zf, zi, zo, zc] = tf.split(z, 4, 1) as tf.Tensor2D[];
  const C_t = tf.add(tf.mul(tf.sigmoid(zf!), C), tf.mul(tf.sigmoid(zi!), tf.tanh(zc!))) as tf.Tensor2D;
  return [tf.mul(tf.sigmoid(zo!), tf.tanh(C_t)) as tf.Tensor2D, C_t];
}

/**
 * One Adam step per call over `batch`, sentence by sentence as the core does (no padding), the loss
 * being the mean −log p per target token with <eos>. Returns the loss before the update.
 */
export function tfTrainStep(shape: StepShape, batch: readonly Pair[], learningRate: number, seed: number): { step: () => number; dispose: () => void } {
  const { d, n } = shape;
  const init = (rows: number, cols: number, name: string) => tf.variable(tf.randomUniform([rows, cols], -0.3, 0.3, "float32", seed), true, name);
  const v = {
    Ex: init(shape.sourceVocab, d, "Ex"),
    Ey: init(shape.targetVocab, d, "Ey"),
    Ke: init(n + d, 4 * n, "Ke"),
    be: tf.variable(tf.zeros([1, 4 * n]), true, "be"),
    Kd: init(n + d, 4 * n, "Kd"),
    bd: tf.variable(tf.zeros([1, 4 * n]), true, "bd"),
    Wa: init(n, n, "Wa"),
    Wo: init(2 * n, shape.targetVocab, "Wo"),
    bo: tf.variable(tf.zeros([1, shape.targetVocab]), true, "bo"),
  };
  const optimizer = tf.train.adam(learningRate);
  const tokens = batch.reduce((sum, p) => sum + p.target.length + 1, 0);
  const ids = batch.map((p) => ({
    source: tf.tensor1d([...p.source], "int32"),
    inputs: tf.tensor1d([SOS, ...p.target], "int32"),
    outputs: tf.oneHot(tf.tensor1d([...p.target, EOS], "int32"), shape.targetVocab),
    T: p.source.length,
  }));

  const loss = (): tf.Scalar => {
    let total: tf.Scalar = tf.scalar(0);
    for (const p of ids) {
      const xs = tf.gather(v.Ex, p.source) as tf.Tensor2D;
      let h: tf.Tensor2D = tf.zeros([1, n]);
      let C: tf.Tensor2D = tf.zeros([1, n]);
      const H: tf.Tensor2D[] = [];
      for (let t = 0; t < p.T; t++) {
        [h, C] = lstm(h, C, tf.slice(xs, [t, 0], [1, d]), v.Ke, v.be);
        H.push(h);
      }
      const Hm = tf.concat(H, 0);
      const ys = tf.gather(v.Ey, p.inputs) as tf.Tensor2D;
      const logits: tf.Tensor2D[] = [];
      let s = h;
      for (let t = 0; t < p.inputs.shape[0]; t++) {
        [s, C] = lstm(s, C, tf.slice(ys, [t, 0], [1, d]), v.Kd, v.bd);
        const alpha = tf.softmax(tf.matMul(tf.matMul(s, v.Wa), Hm, false, true));
        const c = tf.matMul(alpha, Hm);
        logits.push(tf.add(tf.matMul(tf.concat([s, c], 1), v.Wo), v.bo) as tf.Tensor2D);
      }
      total = tf.add(total, tf.sum(tf.mul(tf.logSoftmax(tf.concat(logits, 0)), p.outputs)));
    }
    return tf.div(tf.neg(total), tokens);
  };

  const step = (): number => {
    const { value, grads } = tf.variableGrads(loss);
    optimizer.applyGradients(Object.entries(grads).map(([name, tensor]) => ({ name, tensor })));
    const out = value.dataSync()[0]!;
    tf.dispose([value, ...Object.values(grads)]);
    return out;
  };
  const dispose = () => {
    optimizer.dispose();
    tf.dispose([...Object.values(v), ...ids.flatMap((p) => [p.source, p.inputs, p.outputs])]);
  };
  return { step, dispose };
}
