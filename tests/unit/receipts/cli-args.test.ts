import { describe, expect, it } from 'vitest';
import { parseReceiptsArgs, UsageError } from '@/lib/receipts/cli-args';

const NOW = new Date('2026-11-28T12:00:00.000Z');
const parse = (...argv: string[]) => parseReceiptsArgs(argv, { defaultMonths: 36, now: NOW });

describe('npm run receipts arguments', () => {
  it('reads an export of whole UTC days, both days included', () => {
    expect(parse('export', '--from', '2026-11-01', '--to', '2026-11-30', '--format', 'json')).toEqual({
      kind: 'export',
      from: new Date('2026-11-01T00:00:00.000Z'),
      to: new Date('2026-12-01T00:00:00.000Z'),
      format: 'json',
    });
  });

  it('reads exact instants with a zone, and defaults to CSV of everything', () => {
    expect(parse('export', '--from=2026-11-01T10:00:00+06:00')).toMatchObject({ from: new Date('2026-11-01T04:00:00.000Z'), format: 'csv' });
    expect(parse('export')).toMatchObject({ from: new Date(0), to: new Date('9999-12-31T23:59:59.999Z') });
  });

  it('reads show with a consent id, in any case', () => {
    expect(parse('show', '7D7F7A2E-8F57-4D3E-9A4E-0F5B1F7D2C11')).toEqual({ kind: 'show', consentId: '7d7f7a2e-8f57-4d3e-9a4e-0f5b1f7d2c11' });
  });

  it('purges after RECEIPT_RETENTION_MONTHS by default, or --older-than months, in calendar months', () => {
    expect(parse('purge')).toEqual({ kind: 'purge', months: 36, cutoff: new Date('2023-11-28T12:00:00.000Z') });
    expect(parse('purge', '--older-than', '13')).toEqual({ kind: 'purge', months: 13, cutoff: new Date('2025-10-28T12:00:00.000Z') });
  });

  it.each([
    [[], /No command/],
    [['import'], /Unknown command "import"/],
    [['export', '--format', 'xml'], /csv or json/],
    [['export', '--from', '2026-02-30'], /not a date/],
    [['export', '--from', '28.11.2026'], /not a date/],
    [['export', '--to', '2026-11-28T10:00:00'], /not a date/],
    [['export', '--from', '2026-12-01', '--to', '2026-11-01'], /before --to/],
    [['export', '--since', '2026-01-01'], /since/],
    [['export', 'extra'], /no argument/],
    [['export', '--from'], /from/],
    [['show'], /exactly one/],
    [['show', 'a', 'b'], /exactly one/],
    [['show', 'not-an-id'], /not a consent id/],
    [['purge', '--older-than', '0'], /at least 1/],
    [['purge', '--older-than', '1.5'], /whole number/],
    [['purge', '--older-than', '-3'], /whole number|older-than/],
    [['purge', '--all'], /all/],
  ])('refuses %j', (argv, message) => {
    expect(() => parse(...argv)).toThrow(UsageError);
    expect(() => parse(...argv)).toThrow(message);
  });
});
