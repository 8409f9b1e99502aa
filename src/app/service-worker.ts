// Registers the service worker that keeps the app and the body model for offline use (built by
// vite-plugin-pwa, see vite.config.ts), and hands a new version that is waiting to the update offer.

import type { UpdateOffer, WaitingVersion } from './update-offer';
import { FIRST_FRAME_MARK } from '../scene/viewport-api';

/** How long to wait for the new version to take over before reloading anyway (it then loads next time). */
const TAKE_OVER_TIMEOUT_MS = 10_000;

/** On a page that draws no body (the library), caching starts this long after the page has loaded. */
const WITHOUT_BODY_DELAY_MS = 8_000;

/**
 * In a production build only: registers /sw.js once the body has first been drawn (or a while after the page
 * loaded, where no body is drawn), so caching 3.5 MB of app and model never competes with the start.
 * Workbox's window library is loaded then too, off the start-up path. Never throws: without a service
 * worker the app still works, only not offline.
 */
export function registerServiceWorker(offer: UpdateOffer): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void register(offer).catch((error: unknown) => console.warn('Offline use is not available:', error));
  };
  afterFirstBodyFrame(start);
  const later = () => window.setTimeout(start, WITHOUT_BODY_DELAY_MS);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}

function afterFirstBodyFrame(then: () => void): void {
  if (performance.getEntriesByName(FIRST_FRAME_MARK).length > 0) {
    then();
    return;
  }
  if (typeof PerformanceObserver === 'undefined') return;
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(FIRST_FRAME_MARK).length === 0) return;
    observer.disconnect();
    then();
  });
  observer.observe({ type: 'mark' });
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
