// The config of `vite preview` for the browser tests (site.ts starts it with --outDir and a port).
// It serves the built folder the way a plain static host does:
// - appType "mpa" turns off the single-page fallback, so a missing file is a visible 404 instead of
//   index.html with a 200;
// - cors off: Vite's CORS answers carry `Vary: Origin`, and then the service worker's cache, filled
//   by requests without an Origin header, misses the module scripts (sent with one) once offline;
// - no-cache, so a reload revalidates every file with the server.

import { defineConfig } from "vite";

export default defineConfig({
  appType: "mpa",
  base: "./",
  logLevel: "warn",
  preview: { cors: false, headers: { "cache-control": "no-cache" } },
});
