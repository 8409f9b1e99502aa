// What the benchmark installs in every page before the app's scripts run (as plain JavaScript, so nothing of
// the Node side's compiled code leaks in): a count of the bytes written to IndexedDB, the time of the last
// input event, the save indicator's "Saving…" -> "Saved" transition, and the moment the app is first ready.

/** window.__bench as the init script defines it. */
export interface BenchProbe {
  /** Starts watching: resets the byte count, the input time and the save transition. */
  arm(): void;
  /** Bytes (JSON length of keys and values) put into IndexedDB since arm(), and how many puts. */
  written(): { bytes: number; puts: number };
  /** event.timeStamp of the first pointerdown or change event since arm(), or null. */
  inputAt(): number | null;
  /** performance.now() when the save indicator showed "Saved" after showing "Saving…" since arm(), or null. */
  savedAt(): number | null;
  /** performance.now() at the first animation frame in which __fasciaMap.ready was true, or null. */
  readyAt(): number | null;
  /** Like readyAt, for a map screen other than `notScreen`: resets and watches again. */
  watchReady(notScreen: string): void;
}

declare global {
  interface Window {
    __bench?: BenchProbe;
  }
}

export const IN_PAGE_SCRIPT = `(() => {
  let bytes = 0, puts = 0, input = null, sawSaving = false, saved = null, ready = null, notScreen = null;
  const sizeOf = (v) => { try { return (JSON.stringify(v) || '').length; } catch { return 0; } };
  for (const method of ['put', 'add']) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (value, key) {
      bytes += sizeOf(value) + (key === undefined ? 0 : sizeOf(key));
      puts += 1;
      return original.apply(this, arguments);
    };
  }
  const onInput = (e) => { if (input === null) input = e.timeStamp; };
  window.addEventListener('pointerdown', onInput, true);
  window.addEventListener('change', onInput, true);
  const checkSave = () => {
    const el = document.querySelector('p.save-status');
    if (!el) return;
    if (el.classList.contains('save-status-saving')) sawSaving = true;
    else if (sawSaving && saved === null && el.classList.contains('save-status-saved')) saved = performance.now();
  };
  new MutationObserver(checkSave).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'], characterData: true });
  const frame = () => {
    const handle = window.__fasciaMap;
    if (ready === null && handle && handle.ready && (notScreen === null || handle.screen() !== notScreen)) ready = performance.now();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  window.__bench = {
    arm() { bytes = 0; puts = 0; input = null; sawSaving = false; saved = null; checkSave(); },
    written: () => ({ bytes, puts }),
    inputAt: () => input,
    savedAt: () => saved,
    readyAt: () => ready,
    watchReady(screen) { ready = null; notScreen = screen; },
  };
})();`;
