// Lesson 18's widget: teacher forcing beside free running on the running example.
export { TeacherForcingComparison } from "./TeacherForcingComparison.tsx";
