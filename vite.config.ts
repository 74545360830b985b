import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// Relative base: the built site is plain static files that work from any folder of any server.
export default defineConfig({
  base: "./",
  plugins: [react()],
  build: { target: "es2022", sourcemap: true },
  server: { host: "127.0.0.1" },
});
