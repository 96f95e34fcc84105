import { describe, expect, it } from 'vitest';
import { EDITIONS, editionAt, previousEdition, type Edition } from '@/lib/policy/editions';

const TIMELINE: Edition[] = [
  { id: 'r1-e1', revision: 1, edition: 1, date: '2026-11-28', kind: 'material' },
  { id: 'r1-e2', revision: 1, edition: 2, date: '2026-11-30', kind: 'editorial' },
  { id: 'r2-e1', revision: 2, edition: 1, date: '2027-02-01', kind: 'material' },
];

describe('editionAt: the edition a choice was given under', () => {
  it('is the newest edition of the choice’s revision published by the day of the choice', () => {
    expect(editionAt(1, '2026-11-29T23:59:59.000Z', TIMELINE)).toEqual({ revision: 1, edition: 1, id: 'r1-e1', date: '2026-11-28' });
    expect(editionAt(1, '2026-11-30T00:00:00.000Z', TIMELINE)).toEqual({ revision: 1, edition: 2, id: 'r1-e2', date: '2026-11-30' });
    // A revision 1 choice stays under revision 1 even after revision 2 appears (it is simply no longer valid).
    expect(editionAt(1, '2027-03-01T10:00:00.000Z', TIMELINE)?.id).toBe('r1-e2');
    expect(editionAt(2, '2027-03-01T10:00:00.000Z', TIMELINE)?.id).toBe('r2-e1');
  });

  it('is null for an unknown revision, a time that is not a time, or a choice older than its revision', () => {
    expect(editionAt(3, '2027-03-01T10:00:00.000Z', TIMELINE)).toBeNull();
    expect(editionAt(1, 'yesterday', TIMELINE)).toBeNull();
    expect(editionAt(2, '2026-12-01T10:00:00.000Z', TIMELINE)).toBeNull();
    expect(editionAt(Number.NaN, '2026-12-01T10:00:00.000Z', TIMELINE)).toBeNull();
  });

  it('reads the real archive: editions 2 and 3 of revision 1 are translation fixes, edition 1 before them', () => {
    expect(EDITIONS.map((e) => e.id).slice(0, 3)).toEqual(['r1-e1', 'r1-e2', 'r1-e3']);
    expect(editionAt(1, '2026-12-01T12:00:00.000Z')?.edition).toBe(2);
    expect(editionAt(1, '2026-12-15T12:00:00.000Z')?.edition).toBe(3);
    expect(previousEdition('r1-e3')?.id).toBe('r1-e2');
    expect(previousEdition('r1-e2')?.id).toBe('r1-e1');
    expect(previousEdition('r1-e1')).toBeUndefined();
  });
});
