// A tiny static file server for the built app, used by the browser tests: it serves one folder on
// 127.0.0.1 with the right content types (.js, .glb, .wasm...) and falls back to index.html for app routes.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../../vite.config';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.glb': 'model/gltf-binary',
  '.gltf': 'model/gltf+json',
  '.bin': 'application/octet-stream',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ktx2': 'image/ktx2',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** Origin the app is served from, e.g. "http://127.0.0.1:40123". */
  readonly origin: string;
  close(): Promise<void>;
}

async function fileAt(root: string, urlPath: string): Promise<string | null> {
  const decoded = decodeURIComponent(urlPath);
  const resolved = path.resolve(root, `.${decoded}`);
  // Never serve anything outside the build folder (../ in the URL).
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return null;
  try {
    const info = await stat(resolved);
    if (info.isFile()) return resolved;
    if (info.isDirectory()) {
      const index = path.join(resolved, 'index.html');
      if ((await stat(index).catch(() => null))?.isFile()) return index;
    }
  } catch {
    // Not found: the caller decides between the app shell and a 404.
  }
  return null;
}

/** Serves `root` on a free port of 127.0.0.1 until close() is called. */
export async function serveFolder(root: string): Promise<StaticServer> {
  const absoluteRoot = path.resolve(root);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      let file = await fileAt(absoluteRoot, url.pathname);
      // Routes of the single-page app (no file extension) get the app shell; missing assets get a 404.
      if (!file && path.extname(url.pathname) === '') file = path.join(absoluteRoot, 'index.html');
      if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
        response.writeHead(file ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' });
        response.end(file ? 'Method not allowed' : 'Not found');
        return;
      }
      const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      const { size } = await stat(file);
      // Every response carries the app's policy as a header, as `vite preview` and the README's deployment notes do.
      response.writeHead(200, {
        'content-type': type,
        'content-length': size,
        'cache-control': 'no-store',
        'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
      });
      if (request.method === 'HEAD') {
        response.end();
        return;
      }
      createReadStream(file).pipe(response);
    })().catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
