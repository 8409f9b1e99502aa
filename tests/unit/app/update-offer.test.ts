// A new version of the app is offered and never forced: nothing reloads until the therapist accepts, and then
// only once the open map's latest change is saved; a failed save keeps the page as it is.

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { createUpdateOffer, whenEditorSaved, type UpdateOfferState, type WaitingVersion } from '../../../src/app/update-offer';
import { createEditorStore } from '../../../src/store/editor-store';
import { UpdateBanner } from '../../../src/ui/UpdateBanner';

/** A waiting version that records when it was let take over. */
function fakeVersion(): WaitingVersion & { activated: number } {
  const version = {
    activated: 0,
    activate: async () => {
      version.activated++;
    },
  };
  return version;
}

/** An editor whose save status the test sets by hand. */
function editorSaving() {
  const editor = createEditorStore(null);
  editor.store.setState({ saveStatus: { state: 'saving' } });
  return editor;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the update offer', () => {
  it('shows nothing until a version waits, then offers it and reloads only when accepted', async () => {
    const reload = vi.fn<() => void>();
    const offer = createUpdateOffer({ whenSaved: async () => true, reload });
    const seen: UpdateOfferState['kind'][] = [];
    offer.subscribe(() => seen.push(offer.getState().kind));
    expect(offer.getState().kind).toBe('none');
    await offer.accept();
    expect(reload).not.toHaveBeenCalled();

    const version = fakeVersion();
    offer.offer(version);
    expect(offer.getState().kind).toBe('ready');
    await flush();
    expect(reload).not.toHaveBeenCalled();
    expect(version.activated).toBe(0);

    await offer.accept();
    expect(version.activated).toBe(1);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(['ready', 'saving', 'reloading']);
  });

  it('waits for "Saved" before letting the new version take over', async () => {
    const editor = editorSaving();
    const reload = vi.fn<() => void>();
    const offer = createUpdateOffer({ whenSaved: () => whenEditorSaved(editor), reload });
    const version = fakeVersion();
    offer.offer(version);
    const accepted = offer.accept();
    await flush();
    expect(offer.getState().kind).toBe('saving');
    expect(version.activated).toBe(0);
    expect(reload).not.toHaveBeenCalled();

    editor.store.setState({ saveStatus: { state: 'saved', at: new Date().toISOString() } });
    await accepted;
    expect(version.activated).toBe(1);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload when the latest change could not be saved, and can be tried again', async () => {
    const editor = editorSaving();
    const reload = vi.fn<() => void>();
    const offer = createUpdateOffer({ whenSaved: () => whenEditorSaved(editor), reload });
    const version = fakeVersion();
    offer.offer(version);
    const accepted = offer.accept();
    editor.store.setState({ saveStatus: { state: 'error', message: 'storage is full' } });
    await accepted;
    expect(offer.getState().kind).toBe('unsaved');
    expect(version.activated).toBe(0);
    expect(reload).not.toHaveBeenCalled();

    editor.store.setState({ saveStatus: { state: 'saved', at: new Date().toISOString() } });
    await offer.accept();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('counts no open map, or one with nothing to save, as saved', async () => {
    await expect(whenEditorSaved(null)).resolves.toBe(true);
    await expect(whenEditorSaved(createEditorStore(null))).resolves.toBe(true);
  });
});

describe('the update banner', () => {
  it('is absent with nothing to offer, and a status with a real Reload button when a version waits', () => {
    const offer = createUpdateOffer({ whenSaved: async () => true, reload: () => undefined });
    expect(renderToStaticMarkup(createElement(UpdateBanner, { offer }))).toBe('');
    offer.offer(fakeVersion());
    const html = renderToStaticMarkup(createElement(UpdateBanner, { offer }));
    expect(html).toMatch(/^<div role="status" class="update-banner">/);
    expect(html).toContain('A new version is ready.');
    expect(html).toContain('<button type="button" class="primary">Reload</button>');
  });
});
