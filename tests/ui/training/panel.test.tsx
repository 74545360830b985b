// @vitest-environment jsdom
import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { lessonComponents } from "../../../src/ui/app/lessonComponents.tsx";
import { TrainingPanel } from "../../../src/ui/training/TrainingPanel.tsx";
import { TrainingPage } from "../../../src/ui/training/TrainingPage.tsx";
import { memoryStorage, renderTraining } from "./harness.tsx";

describe("TrainingPanel", () => {
  it("opening the folded panel in a lesson shows the training controls, and nothing trains before that", async () => {
    const { user, worker } = renderTraining(memoryStorage(), <TrainingPanel />);
    expect(screen.queryByRole("button", { name: "Start" })).toBeNull();
    await user.click(screen.getByText("Train this model in the browser"));
    await user.click(await screen.findByRole("button", { name: "Start" }));
    await waitFor(() => expect(worker().types).toEqual(["configure", "start"]));
  });

  it("lessons can use TrainingPanel from the lesson component map", () => {
    expect(lessonComponents.TrainingPanel).toBeTypeOf("function");
  });
});

describe("TrainingPage", () => {
  it("rendering the page in Chinese labels its controls from the zh dictionary", () => {
    renderTraining(memoryStorage(), <TrainingPage />, { lang: "zh" });
    expect(screen.getByRole("heading", { level: 1, name: "训练模型" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "开始" })).toBeTruthy();
    expect(screen.getByRole("progressbar", { name: "训练进度" }).getAttribute("aria-valuetext")).toBe("第 0 / 30 轮");
  });
});
