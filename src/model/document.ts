// Builds a new, empty map document for one patient, with its first session dated the day it was started.

import type { MapDocument, Session } from './types';
import { newMapId } from './ids';
import { DEFAULT_TECHNIQUES, localDateString } from './sessions';

/** Sessions are numbered from 1; the id follows the number so it is stable across export and migration. */
export function sessionIdFor(number: number): string {
  return `session-${number}`;
}

export function newMapDocument(input: { readonly id?: string; readonly label: string; readonly createdAt: string; readonly sessionDate?: string }): MapDocument {
  const first: Session = {
    id: sessionIdFor(1),
    number: 1,
    date: input.sessionDate ?? localDateString(new Date(input.createdAt)),
    note: '',
  };
  return {
    id: input.id ?? newMapId(),
    label: input.label,
    createdAt: input.createdAt,
    sessions: { [first.id]: first },
    points: {},
    zones: {},
    homeCare: [],
    techniques: [...DEFAULT_TECHNIQUES],
  };
}
