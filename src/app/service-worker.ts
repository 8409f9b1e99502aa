// Registers the service worker that keeps the app and the body model for offline use (built by
// vite-plugin-pwa, see vite.config.ts), and hands a new version that is waiting to the update offer.

import type { UpdateOffer, WaitingVersion } from './update-offer';

/** How long to wait for the new version to take over before reloading anyway (it then loads next time). */
const TAKE_OVER_TIMEOUT_MS = 10_000;

/**
 * In a production build only: registers /sw.js once the page has loaded, so caching the app never competes
 * with its start. Workbox's window library is loaded then too, off the start-up path. Never throws: without
 * a service worker the app still works, only not offline.
 */
export function registerServiceWorker(offer: UpdateOffer): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const start = () => void register(offer).catch((error: unknown) => console.warn('Offline use is not available:', error));
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

async function register(offer: UpdateOffer): Promise<void> {
  const { Workbox } = await import('workbox-window');
  const workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  const container = navigator.serviceWorker;
  const version: WaitingVersion = {
    activate: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          window.clearTimeout(timer);
          resolve();
        };
        const timer = window.setTimeout(done, TAKE_OVER_TIMEOUT_MS);
        container.addEventListener('controllerchange', done, { once: true });
        void container.getRegistration(import.meta.env.BASE_URL).then((registration) => {
          // Another tab may have let it take over already: nothing waits any more.
          if (!registration?.waiting) done();
          else workbox.messageSkipWaiting();
        });
      }),
  };
  // Fired for a new version found while this page runs, and for one already waiting when it loaded.
  workbox.addEventListener('waiting', () => offer.offer(version));
  await workbox.register();
}
