// Claimscope's service worker. `cargo xtask pwa` fills in the build's cache name and file list
// from what Trunk wrote; nothing here is kept by hand.
const CACHE = '__CACHE__';
const FILES = __FILES__;
const PREFIX = 'claimscope-';

self.addEventListener('install', (event) => {
  // Every file of this build, or none: a half-cached build never takes over.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page asks a waiting worker to take over when the person accepts the update.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Any link to the page, whatever its query string, opens this build's page.
    event.respondWith(
      caches.open(CACHE).then((cache) =>
        cache.match('./', { ignoreSearch: true }).then((hit) => hit || cache.match('index.html', { ignoreSearch: true })).then((hit) => hit || fetch(request)),
      ),
    );
    return;
  }
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(request).then((hit) => hit || fetch(request))));
});
