// Lesson 20's widget: vanishing and exploding gradients, computed live.
export { GradientFlow } from "./GradientFlow.tsx";
