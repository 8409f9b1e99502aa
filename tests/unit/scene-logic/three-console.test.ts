// three.js messages reach the console as before, except the THREE.Clock notice React Three Fiber 9 causes.

import { describe, expect, it, vi } from 'vitest';
import * as THREE from 'three';
import { CLOCK_DEPRECATION, installThreeConsole, routeThreeMessage } from '../../../src/scene/three-console';

function fakeConsole() {
  type Print = (...args: unknown[]) => void;
  return { log: vi.fn<Print>(), warn: vi.fn<Print>(), error: vi.fn<Print>() };
}

describe('three console', () => {
  it('drops only the exact Clock deprecation notice', () => {
    const out = fakeConsole();
    routeThreeMessage(out, 'warn', CLOCK_DEPRECATION);
    expect(out.warn).not.toHaveBeenCalled();
    routeThreeMessage(out, 'warn', 'THREE.WebGLRenderer: Context Lost.');
    routeThreeMessage(out, 'error', CLOCK_DEPRECATION);
    routeThreeMessage(out, 'warn', CLOCK_DEPRECATION, 'more');
    expect(out.warn).toHaveBeenCalledTimes(2);
    expect(out.error).toHaveBeenCalledWith(CLOCK_DEPRECATION);
  });

  it('is what three itself calls: a new THREE.Clock prints nothing, other warnings still print', () => {
    const out = fakeConsole();
    installThreeConsole(out);
    try {
      const clock = new THREE.Clock();
      expect(clock.running).toBe(false);
      expect(out.warn).not.toHaveBeenCalled();
      // A real three warning passes through: an unknown texture wrap value on a data texture upload is not easy to
      // provoke without WebGL, so use three's own warning helper.
      THREE.warn('Something real');
      expect(out.warn).toHaveBeenCalledWith('THREE.Something real');
    } finally {
      THREE.setConsoleFunction(null as unknown as (...args: unknown[]) => void);
    }
  });
});
