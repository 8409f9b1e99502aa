// The app's service worker as the browser tests see it: wait until it controls the page with the app and
// the body model cached, and ask it to look for a new version.

import type { Page } from 'playwright-core';

/** How long installing the worker (fetching and caching the whole build, 3.5 MB) may take. */
const OFFLINE_READY_TIMEOUT = 60_000;

/**
 * Waits until a service worker controls the page and its cache holds the page, the app's script and the
 * body model: from then on the app starts with the network off.
 */
export async function waitOfflineReady(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => {
      const controller = navigator.serviceWorker.controller;
      if (!controller || controller.state !== 'activated') return false;
      const cached: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        cached.push(...(await cache.keys()).map((request) => new URL(request.url).pathname));
      }
      const script = document.querySelector<HTMLScriptElement>('script[type="module"][src]');
      const scriptPath = script ? new URL(script.src).pathname : null;
      return cached.includes('/index.html') && scriptPath !== null && cached.includes(scriptPath) && cached.some((path) => path.endsWith('.glb'));
    },
    undefined,
    { timeout: OFFLINE_READY_TIMEOUT, polling: 250 },
  );
}

/** Asks the browser to look for a new version of the worker now (it also does on each navigation). */
export async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) throw new Error('No service worker is registered');
    await registration.update();
  });
}

/** Whether a new worker is installed and waiting for the page to let it take over. */
export async function hasWaitingWorker(page: Page): Promise<boolean> {
  return page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
}
