import { describe, expect, it } from 'vitest';
import { buildSale } from '#domain/test-documents';
import type { SyncEventOf } from '../protocol/events';
import { culpritIndex } from './push-outbox';
import { settleBatch } from './settle';

const event = (seq: number): SyncEventOf<'sale.completed'> => {
  const payload = buildSale({ id: `0190a0b0-0000-7000-8000-00000000000${seq}`, lines: [{ price: 5_000 }] });
  return {
    id: `0190a0b0-0001-7000-8000-00000000000${seq}`,
    seq,
    type: 'sale.completed',
    occurredAt: payload.completedAt,
    payload,
  };
};

describe('settling a push answer', () => {
  const now = new Date('2026-12-21T03:15:00.000Z');
  const [a, b, c, d, e] = [1, 2, 3, 4, 5].map(event) as [
    SyncEventOf<'sale.completed'>,
    SyncEventOf<'sale.completed'>,
    SyncEventOf<'sale.completed'>,
    SyncEventOf<'sale.completed'>,
    SyncEventOf<'sale.completed'>,
  ];

  it('acknowledges stored and duplicate events, buries rejected ones with the reason, keeps the unanswered', () => {
    const settlement = settleBatch(
      [a, b, c, d, e],
      {
        results: [
          { id: a.id, status: 'stored', quarantined: false },
          {
            id: b.id,
            status: 'stored',
            quarantined: true,
            reasons: ['line 1: product p-0 is not in the province catalog'],
          },
          { id: c.id, status: 'duplicate', quarantined: false },
          { id: d.id, status: 'rejected', reason: 'conflict: seq 4 is already used by event x' },
          { id: 'someone-else', status: 'stored', quarantined: false },
        ],
        highWaterSeq: 3,
      },
      now,
    );
    expect(settlement.acknowledged.map((x) => [x.seq, x.status, x.quarantined, x.reasons])).toEqual([
      [1, 'stored', false, []],
      [2, 'stored', true, ['line 1: product p-0 is not in the province catalog']],
      [3, 'duplicate', false, []],
    ]);
    expect(settlement.acknowledged[0]).toMatchObject({
      documentId: a.payload.id,
      acknowledgedAt: now.toISOString(),
      type: 'sale.completed',
    });
    expect(settlement.deadLetters).toEqual([
      {
        id: d.id,
        seq: 4,
        event: d,
        reason: 'Ditolak server: conflict: seq 4 is already used by event x',
        deadAt: now.toISOString(),
      },
    ]);
    expect(settlement.unanswered).toEqual([e]);
  });

  it('finds the event a 400 names first', () => {
    expect(culpritIndex([{ path: 'events.3.payload.total' }, { path: 'events.1.seq' }], 5)).toBe(1);
    expect(culpritIndex([{ path: 'events.7' }], 5)).toBeNull();
    expect(culpritIndex([{ path: '(root)' }], 5)).toBeNull();
    expect(culpritIndex([], 5)).toBeNull();
  });
});
