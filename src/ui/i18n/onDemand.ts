// What the on-demand notice says, in English and Chinese; en.ts and zh.ts include these as `onDemand`
// (kept here, beside the code that uses them, as the training page keeps its own).

const seconds = (s: number): string => (s < 10 ? s.toFixed(1) : String(Math.round(s)));

export const onDemandEn = {
  checking: "No preset for these choices: looking for a model trained earlier in this browser…",
  queued: "No preset for these choices: it will be trained in your browser once the model before it is done. Until then the player shows untrained random weights.",
  training: "No preset for these choices: training it in your browser now. Until it is done, the player shows untrained random weights.",
  progressLabel: "Training in your browser",
  progressText: (epoch: number, max: number, seedTry: number, seedTries: number) =>
    `epoch ${epoch} of at most ${max}${seedTry > 1 ? `, seed ${seedTry} of ${seedTries}` : ""}`,
  progressValue: (pct: number, detail: string) => `${pct} %, ${detail}`,
  justNow: (s: number) => `Trained just now in your browser (${seconds(s)} s), by the recipe the presets are trained with.`,
  earlier: (s: number) => `Trained earlier in this browser (it took ${seconds(s)} s), loaded from its cache.`,
  notPassed: "No seed passed the recipe's checks; this is the closest model training found.",
  failedWorker: (detail: string) => `Training in your browser failed (${detail}). The player still shows the untrained random weights.`,
  failedCorpus: (detail: string) => `The training sentences could not be loaded (${detail}), so nothing was trained. The player still shows the untrained random weights.`,
  retry: "Try again",
  notes: {
    corrupt: (detail: string) => `The copy saved in this browser was damaged (${detail}): it was deleted, and the model is trained again.`,
    interrupted: () => "An earlier training of this model in this browser did not finish (the page was closed or reloaded), so it starts again.",
    unavailable: (detail: string) => `This browser's storage cannot be used (${detail}): the model is trained and shown, but not kept for the next visit.`,
    notSaved: (detail: string) => `The model could not be saved in this browser (${detail}): it is shown, but will be trained again on the next visit.`,
  },
  option: { waiting: "Trained in your browser (waiting…)", training: (pct: number) => `Trained in your browser (training, ${pct} %)`, ready: "Trained in your browser", failed: "Trained in your browser (failed)" },
  describe: "the model trained in your browser",
  waiting: "Training the model in your browser: its weights can be edited once it is done.",
};

export type OnDemandMessages = typeof onDemandEn;

export const onDemandZh: OnDemandMessages = {
  checking: "这组选择没有预训练模型：正在查找此前在本浏览器中训练好的模型……",
  queued: "这组选择没有预训练模型：前一个模型训练完后，将在你的浏览器中训练它。在此之前，播放器显示的是未经训练的随机权重。",
  training: "这组选择没有预训练模型：正在你的浏览器中训练它。训练完成之前，播放器显示的是未经训练的随机权重。",
  progressLabel: "在你的浏览器中训练",
  progressText: (epoch, max, seedTry, seedTries) => `第 ${epoch} 轮，最多 ${max} 轮${seedTry > 1 ? `，第 ${seedTry} 个种子（共 ${seedTries} 个）` : ""}`,
  progressValue: (pct, detail) => `${pct} %，${detail}`,
  justNow: (s) => `刚刚在你的浏览器中训练完成（${seconds(s)} 秒），用的是训练预训练模型的同一配方。`,
  earlier: (s) => `此前已在本浏览器中训练（用时 ${seconds(s)} 秒），从缓存中读取。`,
  notPassed: "没有一个种子通过配方的检查；这是训练找到的最接近的模型。",
  failedWorker: (detail) => `在浏览器中训练失败（${detail}）。播放器仍显示未经训练的随机权重。`,
  failedCorpus: (detail) => `训练语句无法加载（${detail}），因此没有训练。播放器仍显示未经训练的随机权重。`,
  retry: "重试",
  notes: {
    corrupt: (detail) => `本浏览器中保存的副本已损坏（${detail}）：已将其删除，并重新训练模型。`,
    interrupted: () => "此前在本浏览器中对这个模型的训练没有完成（页面被关闭或刷新），所以重新开始。",
    unavailable: (detail) => `无法使用本浏览器的存储（${detail}）：模型会训练并显示，但不会保留到下次访问。`,
    notSaved: (detail) => `模型无法保存在本浏览器中（${detail}）：现在照常显示，但下次访问时会重新训练。`,
  },
  option: { waiting: "在你的浏览器中训练（等待中……）", training: (pct) => `在你的浏览器中训练（训练中，${pct} %）`, ready: "在你的浏览器中训练", failed: "在你的浏览器中训练（失败）" },
  describe: "在你的浏览器中训练的模型",
  waiting: "正在你的浏览器中训练模型：训练完成后才能编辑它的权重。",
};
