// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ConsentGate } from '@/components/consent/consent-gate';
import { ConsentProvider, useConsent } from '@/components/consent/consent-provider';
import type { ConsentRecord } from '@/lib/consent/format';
import type { ConsentEnvironment } from '@/lib/consent/store';

vi.mock('@/lib/consent/browser', () => ({
  browserConsentEnvironment: (): ConsentEnvironment => ({
    writeCookie: () => undefined,
    post: async (body) => ({ v: 1, id: 'a3bb189e-8bf9-4888-9912-ace4e6543002', at: '2026-11-28T12:00:00.000Z', rev: 1, usability: body.usability, tracking: body.tracking, marketing: body.marketing }),
    savePending: () => undefined,
    loadPending: () => null,
  }),
}));

const record = (granted: Partial<ConsentRecord>): ConsentRecord => ({ v: 1, id: 'a3bb189e-8bf9-4888-9912-ace4e6543002', at: '2026-11-28T12:00:00.000Z', rev: 1, usability: false, tracking: false, marketing: false, ...granted });

function Controls() {
  const { choose } = useConsent();
  return (
    <>
      <button type="button" onClick={() => void choose('accept_all')}>Accept all</button>
      <button type="button" onClick={() => void choose('withdraw')}>Withdraw</button>
    </>
  );
}

function page(initial: ConsentRecord | null) {
  return render(
    <ConsentProvider initial={{ status: initial ? 'valid' : 'none', choice: initial }} revision={1} locale="en">
      <Controls />
      <ConsentGate category="marketing" fallback={<p>Video hidden until you allow marketing cookies.</p>}>
        <iframe title="Promo video" src="about:blank" />
      </ConsentGate>
      <ConsentGate category="technical">
        <p>Always here</p>
      </ConsentGate>
    </ConsentProvider>,
  );
}

describe('ConsentGate', () => {
  it('renders nothing of a gated widget before any choice, only its fallback', () => {
    page(null);
    expect(screen.queryByTitle('Promo video')).toBeNull();
    expect(screen.getByText('Video hidden until you allow marketing cookies.')).toBeInTheDocument();
  });

  it('renders technical content whatever the choice', () => {
    page(null);
    expect(screen.getByText('Always here')).toBeInTheDocument();
  });

  it('keeps the widget out when another category is granted', () => {
    page(record({ usability: true, tracking: true }));
    expect(screen.queryByTitle('Promo video')).toBeNull();
  });

  it('renders the widget with a valid marketing consent', () => {
    page(record({ marketing: true }));
    expect(screen.getByTitle('Promo video')).toBeInTheDocument();
  });

  it('adds the widget the moment the visitor accepts, and removes it when they withdraw', async () => {
    page(null);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Accept all' })));
    expect(screen.getByTitle('Promo video')).toBeInTheDocument();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Withdraw' })));
    expect(screen.queryByTitle('Promo video')).toBeNull();
  });
});
