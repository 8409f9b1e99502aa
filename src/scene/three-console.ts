// Routes three.js's own console messages: everything goes to the browser console as three would print it,
// except the one deprecation notice React Three Fiber 9 triggers by creating a THREE.Clock for every canvas
// (pmndrs/react-three-fiber#3741; fiber 10 uses THREE.Timer). We cannot act on it, so it is not shown.

import { setConsoleFunction } from 'three';

/** The exact notice three prints when anything constructs a THREE.Clock (r183+). */
export const CLOCK_DEPRECATION = 'THREE.Clock: This module has been deprecated. Please use THREE.Timer instead.';

type Level = 'log' | 'warn' | 'error';

/** What three's console function does with a message: pass it on, unless it is the known fiber notice. */
export function routeThreeMessage(out: Pick<Console, Level>, level: Level, message: unknown, ...params: unknown[]): void {
  if (level === 'warn' && message === CLOCK_DEPRECATION && params.length === 0) return;
  out[level](message, ...params);
}

export function installThreeConsole(out: Pick<Console, Level> = console): void {
  setConsoleFunction((level: Level, message: unknown, ...params: unknown[]) => routeThreeMessage(out, level, message, ...params));
}
