// The config of `vite preview` for the browser tests (site.ts starts it with --outDir and a port).
// It serves the built folder the way a plain static host does:
// - appType "mpa" turns off the single-page fallback, so a missing file is a visible 404 instead of
//   index.html with a 200;
// - cors off: Vite's CORS answers carry `Vary: Origin`, and then the service worker's cache, filled
//   by requests without an Origin header, misses the module scripts (sent with one) once offline;
// - no-cache, so a reload revalidates every file with the server;
// - the headers docs/security.md asks a host to send: the policy a meta tag cannot carry
//   (frame-ancestors) and nosniff. The built index.html brings the rest of the policy in its meta
//   tag, so every test runs under the site's whole Content-Security-Policy.

import { defineConfig } from "vite";
import { HEADER_POLICY } from "../../scripts/sitePlugins.ts";

export default defineConfig({
  appType: "mpa",
  base: "./",
  logLevel: "warn",
  preview: { cors: false, headers: { "cache-control": "no-cache", "content-security-policy": HEADER_POLICY, "x-content-type-options": "nosniff" } },
});
