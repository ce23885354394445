import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Files worth having offline after a first visit; the big code-lookup data is cached only when used. */
export function precacheList(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(`/${relative(dist, path).replace(/\\/g, '/')}`);
    }
  };
  walk(dist);
  return out
    .filter((p) => !p.startsWith('/lookup-data/') && !p.startsWith('/lookup/') && !p.startsWith('/data/validity/') && p !== '/sw.js')
    .filter((p) => /\.(html|js|css|svg|json)$/.test(p))
    .map((p) => p.replace(/index\.html$/, ''))
    .sort();
}

/** The service worker: pages network-first (a new deploy shows at once), hashed assets cache-first, the rest refreshed in the background. */
export function serviceWorkerSource(version: string, files: string[]): string {
  return `// Generated at build time. Version ${version}.
const CACHE = 'codeprep-${version}';
const PRECACHE = ${JSON.stringify(files)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('codeprep-') && k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()));
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const put = (response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  };
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).then(put).catch(() => caches.match(request, { ignoreSearch: true, ignoreVary: true }).then((hit) => hit || caches.match('/404.html', { ignoreVary: true }))));
  } else if (url.pathname.startsWith('/_astro/')) {
    event.respondWith(caches.match(request, { ignoreVary: true }).then((hit) => hit || fetch(request).then(put)));
  } else {
    event.respondWith(caches.match(request, { ignoreVary: true }).then((hit) => {
      const network = fetch(request).then(put).catch(() => hit);
      return hit || network;
    }));
  }
});
`;
}

/** Writes dist/sw.js after each build, versioned by the content of what it precaches. */
export default function serviceWorker(): AstroIntegration {
  return {
    name: 'codeprep:service-worker',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const files = precacheList(dist);
        const hash = createHash('sha256');
        for (const file of files) hash.update(file).update(readFileSync(join(dist, file.endsWith('/') ? `${file}index.html` : file)));
        const version = hash.digest('hex').slice(0, 12);
        writeFileSync(join(dist, 'sw.js'), serviceWorkerSource(version, files));
        logger.info(`service worker ${version}: ${files.length} files precached`);
      },
    },
  };
}
