// The Chinese half of faults.ts (what the page says when something went wrong or was refused), in a
// file of its own so that it travels with zh.ts in the Chinese chunk and English pages never fetch it.

import type { FaultMessages } from "./faults.ts";

export const faultsZh: FaultMessages = {
  stored: {
    problem: (p) =>
      p.kind === "syntax"
        ? "内容不是有效的 JSON"
        : p.kind === "tooDeep"
          ? "内容嵌套过深"
          : p.kind === "notObject"
            ? "内容不是本站保存的记录"
            : p.kind === "newer"
              ? `它由本站的更新版本写入（格式 ${p.version}）`
              : `它的格式（${p.version}）无法识别`,
    unreadable: (why) => `之前保存的改动没能恢复：${why}。`,
    partly: (n) => `有 ${n} 个保存的数值不属于任何模型（参数不存在、位置或数值不可能，或键名被禁止），已被略去；其余已恢复。`,
    importedUnreadable: (name, why) => `之前导入的模型${name ? `“${name}”` : ""}没能恢复（${why}）。`,
    importedTooLarge: (name, max) => `之前导入的模型${name ? `“${name}”` : ""}超过 ${max} 个数值，超出本浏览器为本站保存的容量：请重新导入以查看。`,
    setAside: "保存的内容已在本浏览器中另行保留：可以下载留存，也可以删除。",
    notSetAside: "这个浏览器的存储无法另存一份副本。",
    download: "下载另存的副本",
    delete: "删除它",
    discardedEdits: (n) => `有 ${n} 处保存的改动指向这个模型没有的参数或位置，已被丢弃。`,
  },
  undo: {
    button: "撤销",
    label: (what) => `撤销：${what}`,
    actions: {
      resetWeight: "恢复这个权重",
      resetParam: "恢复这个参数",
      resetModel: "恢复全部权重",
      changeParam: "整体修改一个参数",
      randomiseModel: "全部随机化",
      link: "分享链接带来的权重",
      import: "这次导入",
      forget: "移除导入的模型",
    },
    undone: "已撤销：数值恢复原样。",
  },
  link: {
    preset: (n) => `正在显示训练好的预设模型，带有链接中改过的 ${n} 个数值。`,
    demo: (n) => `正在显示未训练的模型，带有链接中改过的 ${n} 个数值。`,
    model: (name) => `正在显示链接中的模型（${name}）。`,
    replacedEdits: (n) => `它替换了你自己对这个模型的 ${n} 处改动：点“撤销”可以找回。`,
    replacedModel: (name) => `它替换了你导入的模型“${name}”：点“撤销”可以找回。`,
  },
  overflow: {
    note: (where, quantity, value) => `数值在${where}超出了有限范围：${quantity} 为 ${value}。由它算出的一切都没有意义（float64 的上限约为 1.8e308）；请把权重调小。`,
    exports: "导出计算过程时，这些数值写作文字 NaN、Infinity 和 -Infinity（JSON 中为字符串）。",
    trainedNotFinite: "训练出的权重已不再是有限数值（学习率对它们来说太大），所以没有可以发送或导出的模型。请重置，并用更小的学习率训练。",
  },
  boundary: {
    offline: "网站的这一部分还没有保存以供离线阅读：请联网打开一次，之后离线也能打开。",
    updated: "网站的这一部分没能加载：打开本页之后网站可能已经更新。请重新加载页面以获得当前版本。",
    reload: "重新加载页面",
    reset: (what) => `重置${what}`,
    savedEdits: "保存的改动（会另存一份副本）",
    savedRun: "保存的训练（会另存一份副本）",
    thisPage: "本页",
  },
  output: {
    others: (n) => `其余 ${n} 个词元`,
  },
  grid: {
    pages: "按页浏览行",
    rows: (from, to, total) => `第 ${from}–${to} 行，共 ${total} 行`,
    earlier: "上一页",
    later: "下一页",
  },
  notFound: {
    title: "没有这一课",
    text: (slug) => `本版本中没有“${slug}”这一课。请从目录中选择一课，或者前往：`,
    first: (title) => `第一课：${title}`,
    playground: "练习场",
  },
  sentence: {
    tooLong: (n, max) => `这句话有 ${n} 个字符；一句话最多 ${max} 个字符。请缩短。`,
    wordTooLong: (n, max) => `有一个词长达 ${n} 个字符；一个词最多 ${max} 个字符。`,
  },
  training: {
    settingsRefused: (fields) => `有些保存的设置无法使用（${fields}）；已改用默认值。`,
    historyDropped: (n) => `保存的图表中有 ${n} 个点无法读取，已被略去。`,
    previewEmpty: "请输入至少包含一个词的句子，以查看译文。",
    previewTooLong: (n, max) => `这句话有 ${n} 个词；预览最多翻译 ${max} 个词。请缩短句子。`,
    batchSize: "批次大小",
    seed: "随机种子",
  },
};
