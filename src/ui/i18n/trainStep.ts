// The training-step player's words in English and Chinese; en.ts and zh.ts take them as their
// `trainStep` section.

type Kind = "forward" | "loss" | "output" | "attention" | "cell" | "context" | "update";

export const trainStepEn = {
  region: "Training-step player",
  formulas: "Formulas of this training step",
  picture: "Backpropagation picture",
  settings: "Training-step settings",
  model: "Model",
  trained: "trained",
  untrained: "untrained",
  optimizer: "Optimiser",
  optimizers: { sgd: "SGD", momentum: "SGD with momentum 0.9", adam: "Adam" },
  learningRate: "Learning rate η",
  badRate: (text: string) => `“${text}” is not a learning rate: η is a number above 0 and at most 10. The last good value is kept.`,
  pairLine: (source: string, target: string) => `One step of training on “${source}” → “${target}”.`,
  kinds: { forward: "forward pass", loss: "loss", output: "output layer", attention: "attention", cell: "cell", context: "context", update: "update" } satisfies Record<Kind, string>,
  title: (kind: Kind, where: string) =>
    ({
      forward: "Forward pass, teacher-forced: the decoder reads the reference words",
      loss: "The loss: L = Σ −log p of each reference word",
      output: `Backward, ${where}: output layer`,
      attention: `Backward, ${where}: attention`,
      cell: `Backward, ${where}: cell`,
      context: "Backward: the context, into the encoder",
      update: "The update: every weight moves against its gradient",
    })[kind],
  said: (title: string, norm: string) => `${title}. Size of the gradient: ${norm}.`,
  lossSaid: (loss: string) => `The loss L is ${loss}.`,
  updateSaid: (before: string, after: string) => `After the update the loss goes from ${before} to ${after}.`,
  notApplied: (where: string) => `A number became infinite or undefined (first at ${where}): the update is not applied, the weights stay as they were.`,
  biggest: (path: string, index: number) => `The weight that moves most: ${path}[${index}]`,
  lossBefore: "L before",
  lossAfter: "L after",
  legend: "Arrows point back from each node to what it read; their width grows with the size of the gradient sent back (log scale). Highlighted: the current node.",
  keysHint: "Keys: → next step, ← previous, Home first, End last, P present.",
  pictureLabel: (title: string) => `Encoder and decoder states; gradients flow back. Now: ${title}.`,
  small: "A trained model makes small errors on its own example, so its gradients are small: the numbers are in scientific notation. Choose “untrained” to see large gradients.",
  noPair: (problem: string) => `This model cannot read the example pair: ${problem}`,
  firstStepMomentum: "On the first step the velocity starts at 0, so momentum changes nothing yet: v = g.",
};

export type TrainStepMessages = typeof trainStepEn;

export const trainStepZh: TrainStepMessages = {
  region: "训练步播放器",
  formulas: "本训练步的公式",
  picture: "反向传播示意图",
  settings: "训练步设置",
  model: "模型",
  trained: "已训练",
  untrained: "未训练",
  optimizer: "优化器",
  optimizers: { sgd: "SGD", momentum: "带动量 0.9 的 SGD", adam: "Adam" },
  learningRate: "学习率 η",
  badRate: (text: string) => `“${text}”不是学习率：η 应是大于 0、不超过 10 的数。保留上一个有效值。`,
  pairLine: (source: string, target: string) => `在“${source}”→“${target}”上训练一步。`,
  kinds: { forward: "前向传播", loss: "损失", output: "输出层", attention: "注意力", cell: "单元", context: "上下文", update: "更新" },
  title: (kind: Kind, where: string) =>
    ({
      forward: "前向传播（教师强制）：解码器读入参考译文",
      loss: "损失：L = 每个参考词的 −log p 之和",
      output: `反向，${where}：输出层`,
      attention: `反向，${where}：注意力`,
      cell: `反向，${where}：单元`,
      context: "反向：上下文，传回编码器",
      update: "更新：每个权重沿梯度的反方向移动",
    })[kind],
  said: (title: string, norm: string) => `${title}。梯度大小：${norm}。`,
  lossSaid: (loss: string) => `损失 L 为 ${loss}。`,
  updateSaid: (before: string, after: string) => `更新后，损失从 ${before} 变为 ${after}。`,
  notApplied: (where: string) => `出现了无穷大或无定义的数（最先在 ${where}）：不执行更新，权重保持不变。`,
  biggest: (path: string, index: number) => `变化最大的权重：${path}[${index}]`,
  lossBefore: "更新前的 L",
  lossAfter: "更新后的 L",
  legend: "箭头从每个节点指回它读取的量；线宽随传回的梯度大小增加（对数刻度）。高亮的是当前节点。",
  keysHint: "按键：→ 下一步，← 上一步，Home 第一步，End 最后一步，P 演示。",
  pictureLabel: (title: string) => `编码器与解码器的状态；梯度向回流动。当前：${title}。`,
  small: "已训练的模型在自己的例句上几乎不出错，所以梯度很小：数字用科学计数法表示。选择“未训练”可以看到较大的梯度。",
  noPair: (problem: string) => `这个模型读不了例句：${problem}`,
  firstStepMomentum: "第一步时速度从 0 开始，所以动量还不起作用：v = g。",
};
