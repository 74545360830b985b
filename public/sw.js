// The offline cache of Seq2Seq Lab: a small hand-written service worker.
// - At install it stores every file of the build that a page may ask for: every lesson and route
//   chunk, the styles, the math fonts, every preset and corpus file. The build writes the list and
//   a version into the line below (scripts/sitePlugins.ts); each build has a cache of its own.
// - A new version waits until no page of the old one is open (no skipWaiting): a running page keeps
//   the files it was built with, so an update never breaks it. The old cache goes when it activates.
// - Pages (navigations): network first, so a new version shows up; the cache when offline.
// - Hashed build files (assets/): cache first; their names change whenever their content does.
// - Everything else of ours (model files, icons): network first, cached for offline use.
// Only same-origin GET requests are touched; the site makes no other kind.

const PRECACHE = { version: "dev", files: [] };
const PREFIX = "seq2seq-lab-";
const CACHE = `${PREFIX}${PRECACHE.version}`;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(["./", ...PRECACHE.files].map((url) => cacheIfMissing(cache, new URL(url, self.location.href).href)))));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// The page lists what it fetched before this worker took control (see serviceWorker.ts).
self.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "cache" || !Array.isArray(data.urls)) return;
  const ours = data.urls.filter((url) => typeof url === "string" && new URL(url).origin === self.location.origin);
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(ours.map((url) => cacheIfMissing(cache, url)))));
});

// One file that cannot be fetched must not stop the others: it is fetched again when a page asks.
async function cacheIfMissing(cache, url) {
  if (await cache.match(url)) return;
  try {
    const response = await fetch(url);
    if (response.ok) await cache.put(url, response);
  } catch {
    // Offline already: it will be cached the next time it is fetched.
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") event.respondWith(networkFirst(request, new URL("./", self.location.href).href));
  else if (url.pathname.includes("/assets/")) event.respondWith(cacheFirst(request));
  else event.respondWith(networkFirst(request, request.url));
});

// Lookups search every cache of the site: while a new version waits, a page may already hold the new
// index.html (fetched by a navigation) whose files the new version's worker has stored.
async function cacheFirst(request) {
  const hit = await caches.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(CACHE)).put(request, response.clone());
  return response;
}

// `fallback` is the cache key to use offline: every page of the site is the same index.html.
async function networkFirst(request, fallback) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(fallback, response.clone());
    return response;
  } catch (error) {
    const hit = (await cache.match(fallback)) ?? (await caches.match(fallback)) ?? (await caches.match(request));
    if (hit) return hit;
    throw error;
  }
}
