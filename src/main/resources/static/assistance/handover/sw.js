// The hand-over page's service worker (docs/assistance-handover.md). Served from /assistance/handover/sw.js with
// Service-Worker-Allowed: /assistance/distributions/, and registered by each hand-over page with the page's own address
// as its scope, so it controls that page only. It keeps the page shell and what the page loads (Bootstrap, htmx, the
// page's script and style, the icons) so that the page opens with no connection after a first visit:
// - the page itself: from the network first (a sign-out, a new language or a new CSRF token are honoured), from the
//   cache when the network fails or has not answered within a few seconds;
// - the page's scripts, styles and icons: from the cache at once, refreshed from the network behind;
// - anything else, the API above all: never answered by the worker, never cached.
'use strict';

var CACHE = 'masar-handover-v1';

// How long the page waits for the network before opening the kept page instead.
var SLOW_NETWORK_MS = 4000;

var ASSETS = [
  '/css/masar.css',
  '/js/assistance-handover.js',
  '/webjars/bootstrap/dist/css/bootstrap.min.css',
  '/webjars/bootstrap/dist/css/bootstrap.rtl.min.css',
  '/webjars/bootstrap/dist/js/bootstrap.bundle.min.js',
  '/webjars/bootstrap-icons/font/bootstrap-icons.min.css',
  '/webjars/bootstrap-icons/font/fonts/bootstrap-icons.woff2',
  '/webjars/htmx.org/dist/htmx.min.js',
  '/assistance/handover/icon.svg',
  '/assistance/handover/icon-192.png'
];

function shell() {
  // The scope is the page's address (…/distributions/{id}/handover).
  return new URL(self.registration.scope).pathname;
}

function isShell(url) {
  return url.pathname === shell();
}

function isAsset(url) {
  return ASSETS.indexOf(url.pathname) >= 0;
}

function keep(cache, request, response) {
  // Only a page or file answered as asked: never a redirect to the sign-in page, never an error.
  if (response && response.ok && !response.redirected && response.type === 'basic') {
    return cache.put(request, response.clone()).then(function () {
      return response;
    });
  }
  return Promise.resolve(response);
}

self.addEventListener('install', function (event) {
  event.waitUntil(
    caches.open(CACHE).then(function (cache) {
      var all = ASSETS.concat([shell()]);
      // One missing file does not stop the others from being kept.
      return Promise.all(all.map(function (path) {
        return fetch(path, {credentials: 'same-origin'}).then(function (response) {
          return keep(cache, path, response);
        }).catch(function () {
          return null;
        });
      }));
    }).then(function () {
      return self.skipWaiting();
    })
  );
});

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) {
        return name.indexOf('masar-handover') === 0 && name !== CACHE;
      }).map(function (name) {
        return caches.delete(name);
      }));
    }).then(function () {
      return self.clients.claim();
    })
  );
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (isShell(url) && request.mode === 'navigate') {
    event.respondWith(
      caches.open(CACHE).then(function (cache) {
        var fresh = fetch(request).then(function (response) {
          return keep(cache, shell(), response);
        });
        var kept = function () {
          return cache.match(shell());
        };
        // A connection that barely answers: the kept page after a few seconds (the network still refreshes it).
        var slow = new Promise(function (resolve) {
          setTimeout(function () {
            kept().then(function (page) {
              if (page) {
                resolve(page);
              }
            });
          }, SLOW_NETWORK_MS);
        });
        var failed = fresh.catch(function () {
          return kept().then(function (page) {
            return page || Response.error();
          });
        });
        return Promise.race([failed, slow]);
      })
    );
    return;
  }
  if (isAsset(url)) {
    event.respondWith(
      caches.open(CACHE).then(function (cache) {
        return cache.match(url.pathname).then(function (kept) {
          var fresh = fetch(request).then(function (response) {
            return keep(cache, url.pathname, response);
          });
          if (kept) {
            fresh.catch(function () {
              return null;
            });
            return kept;
          }
          return fresh;
        });
      })
    );
  }
  // Everything else (the API first of all) goes to the network as if there were no worker.
});
