// The Content-Security-Policy allows exactly what the built app needs and nothing inline or evaluated; zod,
// the one library that would generate code, runs without it.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Plugin } from 'vite';
import config, { CONTENT_SECURITY_POLICY_HEADER, CONTENT_SECURITY_POLICY_META, CSP_DIRECTIVES } from '../../../vite.config';
import { SCHEMA_VERSION } from '../../../src/io/format';
import { testMap } from '../../fixtures/maps';

/** "a x y; b z" -> { a: ['x', 'y'], b: ['z'] }, failing on a directive given twice. */
function directives(policy: string): Record<string, string[]> {
  const parsed: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(Object.hasOwn(parsed, name), `${name} appears twice`).toBe(false);
    parsed[name] = sources;
  }
  return parsed;
}

const INTENDED: Record<string, string[]> = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

describe('the Content-Security-Policy', () => {
  it('in the <meta> tag is exactly the intended directives', () => {
    expect(directives(CONTENT_SECURITY_POLICY_META)).toEqual(INTENDED);
  });

  it('in the header adds only frame-ancestors, which a <meta> tag cannot carry', () => {
    expect(directives(CONTENT_SECURITY_POLICY_HEADER)).toEqual({ ...INTENDED, 'frame-ancestors': ["'none'"] });
    expect(CONTENT_SECURITY_POLICY_META).not.toContain('frame-ancestors');
  });

  it('allows nothing inline, no eval, no other origin and no wildcard', () => {
    for (const policy of [CONTENT_SECURITY_POLICY_META, CONTENT_SECURITY_POLICY_HEADER]) {
      const sources = Object.values(directives(policy)).flat();
      for (const forbidden of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'http:', 'https:']) {
        expect(sources).not.toContain(forbidden);
      }
      expect(sources.every((source) => source.startsWith("'") && source.endsWith("'"))).toBe(true);
    }
    expect(Object.keys(CSP_DIRECTIVES)).toEqual(Object.keys(INTENDED));
  });

  it('is sent as a header by `vite preview`, and not in dev', () => {
    expect(config.preview?.headers).toEqual({ 'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER });
    expect(config.server?.headers).toBeUndefined();
  });

  it('is written first into the built index.html', () => {
    const plugin = (config.plugins ?? []).flat().find((p): p is Plugin => Boolean(p) && (p as Plugin).name === 'fascia-map-csp');
    expect(plugin?.apply).toBe('build');
    // The hook reads neither its arguments nor `this`.
    const hook = plugin?.transformIndexHtml as unknown as () => unknown;
    expect(hook()).toEqual([
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
        injectTo: 'head-prepend',
      },
    ]);
  });
});

describe('zod under the policy', () => {
  it('builds the schema and validates a map without ever calling the Function constructor', async () => {
    // A fresh copy of the app's modules, so the schemas are built while Function is watched.
    vi.resetModules();
    const construct = vi.spyOn(globalThis, 'Function');
    try {
      const { validateDocument } = await import('../../../src/io/validate');
      expect(validateDocument(testMap(3), SCHEMA_VERSION).ok).toBe(true);
      expect(validateDocument({ ...testMap(1), label: 5 }, SCHEMA_VERSION).ok).toBe(false);
      expect(construct).not.toHaveBeenCalled();
    } finally {
      construct.mockRestore();
    }
  });

  it('is configured jitless once src/io/schema.ts is loaded', async () => {
    await import('../../../src/io/schema');
    const z = await import('zod');
    expect(z.config().jitless).toBe(true);
  });
});

describe('the deployment notes', () => {
  it('list exactly the header vite preview sends', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY_HEADER}\n`);
  });
});
