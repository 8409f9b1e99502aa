// Where the app is, as the address bar says it: "#/" is the library of maps, "#/map/<id>" one open map.
// The hash names the open map, so reloading returns to it and the Back button goes back to the library.

import { isUrlSafeId } from '../model/ids';

export type Route = { readonly name: 'library' } | { readonly name: 'map'; readonly mapId: string };

export const LIBRARY_ROUTE: Route = { name: 'library' };

/** The route a location hash names; anything unknown is the library. */
export function parseRoute(hash: string): Route {
  const match = /^#\/map\/([^/?#]+)\/?$/.exec(hash);
  if (match) {
    let id: string;
    try {
      id = decodeURIComponent(match[1]!);
    } catch {
      return LIBRARY_ROUTE;
    }
    if (isUrlSafeId(id)) return { name: 'map', mapId: id };
  }
  return LIBRARY_ROUTE;
}

export function hashFor(route: Route): string {
  return route.name === 'map' ? `#/map/${encodeURIComponent(route.mapId)}` : '#/';
}

/** True when the address names no route at all (a first visit to "/"). */
export function isBareAddress(hash: string): boolean {
  return hash === '' || hash === '#';
}
