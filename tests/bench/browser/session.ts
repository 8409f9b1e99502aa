// One headless Chromium for the browser benchmark, set up as the browser tests set theirs up (software WebGL,
// no background traffic), with the built app and the bare cube page each served on localhost, and pages whose
// IndexedDB is filled with a stored library before the app starts.

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, VIEWPORT } from '../../e2e/harness/browser';
import { findChromium } from '../../e2e/harness/global-setup';
import { serveFolder, type StaticServer } from '../../e2e/harness/static-server';
import { DEFAULT_DB_NAME, STORE_NAME } from '../../../src/persistence/layout';
import type { StoredRecord } from '../seed';
import { IN_PAGE_SCRIPT } from './in-page';

/** A page of the app's origin that is not the app: where the library is written before the app opens. */
const BLANK_PATH = '/__bench/blank';
/** Longest the app may take to open a map or place a point in software WebGL on a busy 2-core machine. */
export const STEP_TIMEOUT = 120_000;

export interface BrowserBench {
  readonly browser: Browser;
  readonly app: StaticServer;
  readonly cube: StaticServer;
  readonly chromiumVersion: string;
  /** A fresh profile (empty IndexedDB) with the probe installed; `records` are stored before any app page opens. */
  newContext(records?: readonly StoredRecord[]): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function startBrowserBench(appDist: string, cubeDist: string): Promise<BrowserBench> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('bench: Chromium not found (install Debian\'s chromium, or set CHROMIUM_PATH)');
  const app = await serveFolder(appDist);
  const cube = await serveFolder(cubeDist);
  const browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
  const contexts: BrowserContext[] = [];
  return {
    browser,
    app,
    cube,
    chromiumVersion: browser.version(),
    async newContext(records = []) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      contexts.push(context);
      // Nothing may leave the machine; the benchmark only ever talks to its own two servers.
      await context.route(
        (url) => url.origin !== app.origin && url.origin !== cube.origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
        (route) => route.abort('blockedbyclient'),
      );
      await context.route(`${app.origin}${BLANK_PATH}`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }));
      await context.addInitScript(IN_PAGE_SCRIPT);
      if (records.length > 0) {
        const page = await context.newPage();
        await page.goto(`${app.origin}${BLANK_PATH}`);
        await page.evaluate(storeRecords, { dbName: DEFAULT_DB_NAME, storeName: STORE_NAME, records: records as unknown as [unknown, unknown][] });
        await page.close();
      }
      return context;
    },
    async close() {
      await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
      await browser.close();
      await app.close();
      await cube.close();
    },
  };
}

/** Runs in the page: writes the records into the app's database as idb-keyval creates it (version 1, one store). */
function storeRecords({ dbName, storeName, records }: { dbName: string; storeName: string; records: [unknown, unknown][] }): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onupgradeneeded = () => open.result.createObjectStore(storeName);
    open.addEventListener('error', () => reject(open.error));
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(storeName, 'readwrite');
      const store = tx.objectStore(storeName);
      for (const [key, value] of records) store.put(value, key as IDBValidKey);
      tx.oncomplete = () => {
        db.close();
        resolve(records.length);
      };
      tx.addEventListener('error', () => reject(tx.error));
    };
  });
}

/** Loads the app afresh at a hash route (via a blank page, so a hash change is a real page load). */
export async function loadApp(page: Page, origin: string, hash: string): Promise<void> {
  await page.goto(`${origin}${BLANK_PATH}`);
  await page.goto(`${origin}/${hash}`);
  await waitForProbe(page, () => window.__bench?.readyAt() ?? null, 'the app to be ready');
}

/** Waits (polling gently) until `read` returns a value in the page, and returns it. */
export async function waitForProbe<T, A = undefined>(page: Page, read: (arg: A) => T | null, what: string, arg?: A): Promise<T> {
  const handle = await page.waitForFunction(read as (arg: unknown) => unknown, arg as unknown, { timeout: STEP_TIMEOUT, polling: 50 }).catch((error: unknown) => {
    throw new Error(`bench: timed out waiting for ${what}: ${error instanceof Error ? error.message : String(error)}`);
  });
  return (await handle.jsonValue()) as T;
}

/** performance.now() in the page when the app was first ready after the last load. */
export function readyAt(page: Page): Promise<number> {
  return waitForProbe(page, () => window.__bench?.readyAt() ?? null, 'the app to be ready');
}

export function arm(page: Page): Promise<void> {
  return page.evaluate(() => window.__bench?.arm());
}

/** Waits two animation frames, so a frame the last action asked for is drawn before the next action starts. */
export function settle(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}
