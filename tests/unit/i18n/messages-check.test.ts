import { describe, expect, it } from 'vitest';
import { checkMessages, flatten } from '@/lib/i18n/messages-check';
import { routing } from '@/lib/i18n/routing';
import { readMessageSources } from '@/lib/policy/sources';

describe('checkMessages', () => {
  it('names the locale file and the key a locale lacks', () => {
    const problems = checkMessages([
      { locale: 'ru', file: 'messages/ru.json', messages: { Consent: { acceptAll: 'Принять все', rejectAll: 'Отклонить все' } } },
      { locale: 'kk', file: 'messages/kk.json', messages: { Consent: { acceptAll: 'Барлығын қабылдау' } } },
    ]);
    expect(problems).toEqual([{ file: 'messages/kk.json', message: 'the key "Consent.rejectAll" is missing (it is in messages/ru.json)', fix: 'Add "Consent.rejectAll" with its kk translation.' }]);
  });

  it('reports a key that only a later locale has, in every other locale', () => {
    const problems = checkMessages([
      { locale: 'ru', file: 'ru.json', messages: { a: 'А' } },
      { locale: 'en', file: 'en.json', messages: { a: 'A', b: 'B' } },
    ]);
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual(['ru.json: the key "b" is missing (it is in en.json)']);
  });

  it('reports changed placeholders, empty texts, missing and broken files', () => {
    const problems = checkMessages([
      { locale: 'ru', file: 'ru.json', messages: { date: 'Обновлено: {date}', x: 'X' } },
      { locale: 'en', file: 'en.json', messages: { date: 'Updated: {datum}', x: ' ' } },
      { locale: 'kk', file: 'kk.json', messages: null },
      { locale: 'de', file: 'de.json', messages: 'Unexpected token } in JSON at position 10' },
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'the kk interface texts file does not exist',
      'the file is not valid JSON: Unexpected token } in JSON at position 10',
      'the key "date" uses placeholders {datum} but ru.json uses {date}',
      'the key "x" has an empty text',
    ]);
  });

  it('flattens nested keys into dotted paths', () => {
    expect([...flatten({ A: { b: 'x', c: { d: 'y' } } }).keys()]).toEqual(['A.b', 'A.c.d']);
  });
});

describe('the real messages files', () => {
  it('give every locale exactly the same keys and placeholders', () => {
    const sources = readMessageSources();
    expect(sources.map((s) => s.locale)).toEqual([...routing.locales]);
    expect(checkMessages(sources)).toEqual([]);
  });
});
