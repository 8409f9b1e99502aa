// Ids are url-safe and never a prototype key; order keys always sort after the last one.
import { describe, expect, it } from 'vitest';
import { isUrlSafeId, newEntryId, newMapId, newPointId } from '../../../src/model/ids';
import { isOrderKey, orderAfter, orderBetween } from '../../../src/model/order';

describe('ids', () => {
  it('are url-safe and unique', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 500; i++) {
      for (const id of [newPointId(), newMapId(), newEntryId()]) {
        expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
        ids.add(id);
      }
    }
    expect(ids.size).toBe(1500);
  });

  it('refuses names that reach Object.prototype and anything not url-safe', () => {
    for (const bad of ['__proto__', 'constructor', 'prototype', '', 'a b', 'p/1', 'x'.repeat(65), 12, null]) {
      expect(isUrlSafeId(bad)).toBe(false);
    }
    expect(isUrlSafeId('p_1-A')).toBe(true);
  });
});

describe('order keys', () => {
  it('sort after the last key, by code unit', () => {
    let last: string | null = null;
    const keys: string[] = [];
    for (let i = 0; i < 200; i++) {
      last = orderAfter(last);
      keys.push(last);
    }
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('can be made between two keys', () => {
    const a = orderAfter(null);
    const c = orderAfter(a);
    const b = orderBetween(a, c);
    expect(a < b && b < c).toBe(true);
  });

  it('tells valid keys from damaged ones', () => {
    expect(isOrderKey(orderAfter(null))).toBe(true);
    for (const bad of ['', 'b', 'a0 ', 'x'.repeat(200), 3, null]) expect(isOrderKey(bad)).toBe(false);
  });
});
