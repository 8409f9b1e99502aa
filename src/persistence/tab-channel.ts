// Tells the other tabs of this app what this tab stored (BroadcastChannel), so a tab that reads a map
// follows its writer live and every library list stays current. Messages from other tabs are checked
// like any untrusted input. Without BroadcastChannel nothing is sent, and other tabs see changes on reload.

import { isUrlSafeId } from '../model/ids';
import { isPlainObject } from '../io/untrusted';

export type TabMessage = { readonly kind: 'stored'; readonly mapId: string };

export interface TabChannel {
  post(message: TabMessage): void;
  subscribe(listener: (message: TabMessage) => void): () => void;
}

function readMessage(data: unknown): TabMessage | null {
  if (!isPlainObject(data) || data.kind !== 'stored' || !isUrlSafeId(data.mapId)) return null;
  return { kind: 'stored', mapId: data.mapId };
}

export function createTabChannel(name = 'fascia-map'): TabChannel {
  const listeners = new Set<(message: TabMessage) => void>();
  if (typeof BroadcastChannel === 'undefined') {
    return { post() {}, subscribe: () => () => {} };
  }
  const channel = new BroadcastChannel(name);
  channel.addEventListener('message', (event: MessageEvent) => {
    const message = readMessage(event.data);
    if (message) for (const listener of listeners) listener(message);
  });
  return {
    post(message) {
      // A BroadcastChannel only reaches this origin's own tabs; it has no target origin to name.
      // oxlint-disable-next-line unicorn/require-post-message-target-origin
      channel.postMessage(message);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
