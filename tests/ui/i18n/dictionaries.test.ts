import { describe, expect, it } from "vitest";
import { en } from "../../../src/ui/i18n/en.ts";
import { messagesFor } from "../../../src/ui/i18n/index.ts";
import { browserLang, LANG_STORAGE_KEY, loadLangChoice, saveLangChoice } from "../../../src/ui/i18n/langStorage.ts";
import { zh } from "../../../src/ui/i18n/zh.ts";

type Entry = { path: string; kind: "string" | "function" | "object"; arity?: number };

/** Every leaf of a dictionary: its path, whether it is a string or a function, and the function's arity. */
function leaves(value: unknown, path = ""): Entry[] {
  if (typeof value === "string") return [{ path, kind: "string" }];
  if (typeof value === "function") return [{ path, kind: "function", arity: value.length }];
  if (Array.isArray(value)) return [{ path, kind: "object" }];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

// Words that are the same in both languages: names, symbols and the site's own name.
const SAME = /^(Seq2Seq Lab|RNN|LSTM|GRU|logits|p|t|t′|Transformer|log p|log P|−log p|Σ −log p|≠|SGD|Adam)$/u;

describe("the dictionaries", () => {
  it("zh has every key of en, each a string where en has a string and a function of as many arguments where en has one", () => {
    const english = leaves(en);
    const chinese = new Map(leaves(zh).map((e) => [e.path, e]));
    expect(english.length).toBeGreaterThan(300);
    for (const entry of english) expect(chinese.get(entry.path), entry.path).toEqual(entry);
    expect(chinese.size).toBe(english.length);
  });

  it("zh translates its strings: every zh string differs from the English one except names and symbols", () => {
    const chinese = new Map(leaves(zh).map((e) => [e.path, e]));
    const untranslated = leaves(en).filter((e) => {
      if (e.kind !== "string") return false;
      const english = e.path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], en) as string;
      const translated = e.path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], zh) as string;
      return chinese.has(e.path) && translated === english && !SAME.test(english);
    });
    expect(untranslated.map((e) => e.path)).toEqual([]);
  });

  it("a function of both dictionaries answers with the numbers and words it was given", () => {
    expect(en.player.stepOf(7, 16)).toBe("Step 7 of 16");
    expect(zh.player.stepOf(7, 16)).toBe("第 7 步，共 16 步");
    expect(zh.aside.sourceSeed("000")).toBe("资料 000 的原文");
    expect(en.steps.decoderAttentionSentence(2, "0.71", "you", "t'")).toBe("Decoder step 2: attention puts 0.71 on “you”; the decoder writes t'");
  });

  it("messagesFor(lang) gives each language its dictionary", () => {
    expect(messagesFor("en")).toBe(en);
    expect(messagesFor("zh")).toBe(zh);
  });
});

describe("language storage", () => {
  it("loadLangChoice prefers the remembered pick, then the browser's languages, then English", () => {
    expect(loadLangChoice({ getItem: (k) => (k === LANG_STORAGE_KEY ? "zh" : null) }, ["en-GB"])).toBe("zh");
    expect(loadLangChoice({ getItem: () => null }, ["fr-FR", "zh-TW", "en"])).toBe("zh");
    expect(loadLangChoice({ getItem: () => "klingon" }, [])).toBe("en");
    expect(
      loadLangChoice(
        {
          getItem: () => {
            throw new Error("denied");
          },
        },
        ["zh-CN"],
      ),
    ).toBe("zh");
  });

  it("browserLang(languages) takes the first language the site has", () => {
    expect(browserLang(["de", "en-US", "zh"])).toBe("en");
    expect(browserLang([])).toBe("en");
  });

  it("saveLangChoice reports whether the pick could be stored", () => {
    const kept = new Map<string, string>();
    expect(saveLangChoice({ setItem: (k, v) => void kept.set(k, v) }, "zh")).toBe(true);
    expect(kept.get(LANG_STORAGE_KEY)).toBe("zh");
    expect(saveLangChoice(undefined, "en")).toBe(false);
  });
});
