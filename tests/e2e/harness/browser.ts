// Starts Chromium for the browser tests and watches every page it opens: a request that leaves the app's
// origin (health data must stay local), an uncaught page error or a console error fails the test.

import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { EditorPage } from './editor-page';

/** Software WebGL (SwiftShader) and no background traffic of Chromium's own. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Small enough that software rendering stays quick, large enough for the editor's panels. */
export const VIEWPORT = { width: 1000, height: 700 } as const;

const artifactsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../.artifacts');

/**
 * Console errors that are not the app's fault. Each entry says why it is tolerated; keep this list short.
 * (Empty so far: every console error the app logs fails the test.)
 */
const CONSOLE_ERROR_ALLOWLIST: readonly { readonly pattern: RegExp; readonly why: string }[] = [];

/** True for URLs that stay inside the app: its own origin, and data:/blob: URLs it made itself. */
export function isLocalUrl(url: string, appOrigin: string): boolean {
  if (url.startsWith('data:') || url === 'about:blank') return true;
  try {
    return new URL(url).origin === appOrigin;
  } catch {
    return false;
  }
}

/** Problems seen in one browser context; the test fails when any were recorded. */
export class ContextWatch {
  readonly problems: string[] = [];
  readonly requests: string[] = [];
  /** Set when the test kills the browser on purpose: its pages crashing then is expected. */
  crashExpected = false;

  constructor(readonly context: BrowserContext, readonly appOrigin: string) {}

  static async attach(context: BrowserContext, appOrigin: string): Promise<ContextWatch> {
    const watch = new ContextWatch(context, appOrigin);
    context.on('request', (request) => {
      const url = request.url();
      watch.requests.push(url);
      if (!isLocalUrl(url, appOrigin)) watch.problems.push(`Request off the app's origin: ${request.method()} ${url}`);
    });
    // A Content-Security-Policy violation is reported as a console error, which fails the test.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline content'}`);
      });
    });
    // Nothing may actually leave the machine, even while the test goes on to report it.
    await context.route((url) => !isLocalUrl(url.href, appOrigin), (route) => route.abort('blockedbyclient'));
    context.on('page', (page) => watch.watchPage(page));
    for (const page of context.pages()) watch.watchPage(page);
    return watch;
  }

  private watchPage(page: Page): void {
    page.on('pageerror', (error) => this.problems.push(`Uncaught error in the page: ${error.stack ?? error.message}`));
    page.on('crash', () => {
      if (!this.crashExpected) this.problems.push('The page crashed');
    });
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (CONSOLE_ERROR_ALLOWLIST.some((allowed) => allowed.pattern.test(text))) return;
      const where = message.location();
      this.problems.push(`Console error: ${text}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
    });
    page.on('websocket', (socket) => {
      if (!isLocalUrl(socket.url().replace(/^ws/, 'http'), this.appOrigin)) {
        this.problems.push(`WebSocket off the app's origin: ${socket.url()}`);
      }
    });
  }
}

async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), headless: true, args: [...CHROMIUM_ARGS] });
}

export interface BrowserSuite {
  /** Origin of the served app. */
  readonly appOrigin: string;
  /** A fresh, empty browser profile (own IndexedDB) with the editor opened and ready. */
  openEditor(options?: BrowserContextOptions): Promise<EditorPage>;
  /** A fresh context without a page, for tests that need to set it up themselves. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** What the watch of a context from newContext/openEditor recorded so far (requests, problems). */
  watchOf(context: BrowserContext): ContextWatch;
  /** A context nobody watches, closed after the test: for proving the watch itself catches what it should. */
  unwatchedContext(): Promise<BrowserContext>;
  /** A browser with an on-disk profile: closing and launching again with the same folder is "reopening the browser". */
  launchProfile(userDataDir: string): Promise<BrowserContext>;
  /** A temp folder for a profile, removed after the test. */
  newProfileDir(): Promise<string>;
  /** Closes a context mid-test (its problems are still reported at the end of the test). */
  close(context: BrowserContext): Promise<void>;
}

/**
 * Registers the hooks of a browser test file: one shared Chromium for the file, a fresh context per
 * test, and after each test the check that no page made a foreign request or logged an error.
 */
export function useBrowserSuite(): BrowserSuite {
  const appOrigin = inject('appOrigin');
  let browser: Browser | undefined;
  const watches: ContextWatch[] = [];
  const closed = new Set<BrowserContext>();
  const tempDirs: string[] = [];
  const unwatched: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async (context) => {
    const failed = context.task.result?.state === 'fail';
    if (failed) await saveScreenshots(context.task.name, watches, closed);
    const problems = watches.flatMap((w) => w.problems);
    await Promise.all(watches.filter((w) => !closed.has(w.context)).map((w) => w.context.close().catch(() => undefined)));
    watches.length = 0;
    closed.clear();
    await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
    await Promise.all(unwatched.splice(0).map((c) => c.close().catch(() => undefined)));
    if (problems.length > 0) throw new Error(`The page misbehaved:\n- ${problems.join('\n- ')}`);
  });

  const suite: BrowserSuite = {
    appOrigin,
    async newContext(options = {}) {
      if (!browser) throw new Error('Chromium is not running (useBrowserSuite must be called at the top of a test file)');
      const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true, ...options });
      watches.push(await ContextWatch.attach(context, appOrigin));
      return context;
    },
    watchOf(context) {
      const watch = watches.find((w) => w.context === context);
      if (!watch) throw new Error('That context is not watched by this suite');
      return watch;
    },
    async unwatchedContext() {
      if (!browser) throw new Error('Chromium is not running (useBrowserSuite must be called at the top of a test file)');
      const context = await browser.newContext({ viewport: VIEWPORT });
      unwatched.push(context);
      return context;
    },
    async openEditor(options = {}) {
      const context = await suite.newContext(options);
      const editor = new EditorPage(await context.newPage(), appOrigin);
      await editor.open();
      return editor;
    },
    async launchProfile(userDataDir) {
      const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: inject('chromiumPath'),
        headless: true,
        args: [...CHROMIUM_ARGS],
        viewport: VIEWPORT,
        acceptDownloads: true,
      });
      watches.push(await ContextWatch.attach(context, appOrigin));
      return context;
    },
    async newProfileDir() {
      const dir = await mkdtemp(path.join(tmpdir(), 'fascia-map-profile-'));
      tempDirs.push(dir);
      return dir;
    },
    async close(context) {
      closed.add(context);
      await context.close();
    },
  };
  return suite;
}

async function saveScreenshots(testName: string, watches: readonly ContextWatch[], closed: ReadonlySet<BrowserContext>) {
  await mkdir(artifactsDir, { recursive: true });
  const base = testName.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
  let n = 0;
  for (const watch of watches) {
    if (closed.has(watch.context)) continue;
    for (const page of watch.context.pages()) {
      const file = path.join(artifactsDir, `${base}-${n++}.png`);
      await page.screenshot({ path: file, timeout: 10_000 }).catch(() => undefined);
      console.log(`[e2e] screenshot of the failed test: ${file}`);
    }
  }
}
