import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '@/lib/consent/categories';
import { CONSENT_COOKIE } from '@/lib/consent/format';
import { COOKIE_REGISTRY, declarationFor, declarationsIn, providerIn, type CookieDeclaration } from '@/lib/cookies/registry';
import { routing } from '@/lib/i18n/routing';

/** A small registry of its own, with an exact name and a family of cookies. */
const custom: readonly CookieDeclaration[] = [
  {
    name: '_hjSession_<site>',
    matches: /^_hjSession_\d+$/,
    storage: 'cookie',
    provider: 'Hotjar Ltd',
    category: 'tracking',
    purpose: { ru: 'Хранит сеанс опроса.', en: 'Keeps the survey session.', kk: 'Сауалнама сеансын сақтайды.' },
    lifetime: { ru: '30 минут', en: '30 minutes', kk: '30 минут' },
  },
  {
    name: '_fbp',
    storage: 'cookie',
    provider: 'Meta Platforms Ireland Ltd',
    category: 'marketing',
    purpose: { ru: 'Показывает рекламу.', en: 'Shows advertising.', kk: 'Жарнама көрсетеді.' },
    lifetime: { ru: '3 месяца', en: '3 months', kk: '3 ай' },
  },
  {
    name: 'survey_seen',
    storage: 'sessionStorage',
    provider: 'Hotjar Ltd',
    category: 'tracking',
    purpose: { ru: 'Не показывает опрос дважды.', en: 'Does not show the survey twice.', kk: 'Сауалнаманы екі рет көрсетпейді.' },
    lifetime: { ru: 'до закрытия вкладки', en: 'until the tab is closed', kk: 'қойынды жабылғанға дейін' },
  },
];

describe('COOKIE_REGISTRY', () => {
  it('declares at least the consent cookie', () => {
    expect(COOKIE_REGISTRY.map((entry) => entry.name)).toContain(CONSENT_COOKIE);
  });

  it.each(routing.locales)('gives every entry a purpose and a lifetime in %s', (locale) => {
    for (const entry of COOKIE_REGISTRY) {
      expect(entry.purpose[locale]?.trim(), `${entry.name} purpose in ${locale}`).toBeTruthy();
      expect(entry.lifetime[locale]?.trim(), `${entry.name} lifetime in ${locale}`).toBeTruthy();
    }
  });

  it('describes every entry in the site locales and no others', () => {
    const locales = [...routing.locales].sort();
    for (const entry of COOKIE_REGISTRY) {
      expect(Object.keys(entry.purpose).sort(), entry.name).toEqual(locales);
      expect(Object.keys(entry.lifetime).sort(), entry.name).toEqual(locales);
    }
  });

  it('lists every name once', () => {
    const names = COOKIE_REGISTRY.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('lists no name twice under different spellings of case', () => {
    const names = COOKIE_REGISTRY.map((entry) => entry.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('names a provider in every locale and a known category for every entry', () => {
    for (const entry of COOKIE_REGISTRY) {
      for (const locale of routing.locales) expect(providerIn(entry, locale).trim(), `${entry.name} provider in ${locale}`).toBeTruthy();
      expect(CATEGORIES, entry.name).toContain(entry.category);
    }
  });

  it('names Google in the words of the table’s language, so no English shows in the Russian and Kazakh tables', () => {
    const ga = declarationFor('_ga')!;
    expect(providerIn(ga, 'ru')).toBe('Google LLC (ранее Google Inc.)');
    expect(providerIn(ga, 'en')).toBe('Google LLC (formerly Google Inc.)');
    expect(providerIn(ga, 'kk')).toBe('Google LLC (бұрынғы атауы Google Inc.)');
    expect(providerIn(declarationFor('_fbp', custom)!, 'kk')).toBe('Meta Platforms Ireland Ltd');
  });

  it('finds every exact-name entry under its own name', () => {
    for (const entry of COOKIE_REGISTRY.filter((declaration) => !declaration.matches)) {
      expect(declarationFor(entry.name), entry.name).toBe(entry);
    }
  });

  it('gives every family of cookies a pattern that does not also claim an exact-name entry', () => {
    const exact = COOKIE_REGISTRY.filter((entry) => !entry.matches).map((entry) => entry.name);
    for (const family of COOKIE_REGISTRY.filter((entry) => entry.matches)) {
      for (const name of exact) expect(family.matches?.test(name), `${family.name} claims ${name}`).toBe(false);
    }
  });

  it('files the consent cookie as a technical cookie lasting 13 months', () => {
    const entry = declarationFor(CONSENT_COOKIE);
    expect(entry).toMatchObject({ name: 'almajet_consent', storage: 'cookie', category: 'technical' });
    expect(entry?.lifetime.en).toBe('13 months');
  });

  it('files the language cookie NEXT_LOCALE under usability, since it needs consent', () => {
    expect(declarationFor('NEXT_LOCALE')).toMatchObject({ storage: 'cookie', category: 'usability' });
  });

  it('declares the sessionStorage key that keeps an unconfirmed choice as technical', () => {
    expect(declarationFor('almajet_consent_pending')).toMatchObject({ storage: 'sessionStorage', category: 'technical' });
  });
});

describe('declarationFor', () => {
  it('finds an entry by its exact name', () => {
    expect(declarationFor('almajet_consent')?.name).toBe('almajet_consent');
    expect(declarationFor('_fbp', custom)?.provider).toBe('Meta Platforms Ireland Ltd');
  });

  it('does not match a name that only starts or ends like an exact one, or differs in case', () => {
    expect(declarationFor('almajet_consent_old')).toBeUndefined();
    expect(declarationFor('x_almajet_consent')).toBeUndefined();
    expect(declarationFor('ALMAJET_CONSENT')).toBeUndefined();
    expect(declarationFor('next_locale')).toBeUndefined();
    expect(declarationFor('')).toBeUndefined();
  });

  it('finds the entry of a family of cookies by its pattern', () => {
    expect(declarationFor('_hjSession_123456', custom)?.name).toBe('_hjSession_<site>');
    expect(declarationFor('_hjSession_1', custom)?.category).toBe('tracking');
  });

  it('does not stretch a pattern beyond the names it describes', () => {
    expect(declarationFor('_hjSession_', custom)).toBeUndefined();
    expect(declarationFor('_hjSession_abc', custom)).toBeUndefined();
    expect(declarationFor('x_hjSession_1', custom)).toBeUndefined();
    expect(declarationFor('_hjSession_<site>', custom)).toBeUndefined();
  });

  it('finds the Google Analytics container cookie by the registry pattern', () => {
    const family = COOKIE_REGISTRY.find((entry) => entry.name === '_ga_<container>');
    expect(family?.matches).toBeInstanceOf(RegExp);
    expect(declarationFor('_ga_ABC123XYZ')).toBe(family);
    expect(declarationFor('_ga_ABC123XYZ')?.category).toBe('tracking');
  });

  it('finds nothing for a cookie the site does not set', () => {
    expect(declarationFor('_fbp')).toBeUndefined();
    expect(declarationFor('_gcl_au')).toBeUndefined();
    expect(declarationFor('_ga_ABC123', custom)).toBeUndefined();
  });
});

describe('declarationsIn', () => {
  it('lists the entries of one category in registry order', () => {
    for (const category of CATEGORIES) {
      expect(declarationsIn(category)).toEqual(COOKIE_REGISTRY.filter((entry) => entry.category === category));
    }
  });

  it('lists the consent cookie first among the technical entries', () => {
    expect(declarationsIn('technical')[0]?.name).toBe('almajet_consent');
    expect(declarationsIn('technical').map((entry) => entry.name)).toContain('almajet_consent_pending');
  });

  it('lists the language cookie among the usability entries', () => {
    expect(declarationsIn('usability').map((entry) => entry.name)).toContain('NEXT_LOCALE');
  });

  it('covers every entry exactly once across the categories', () => {
    const all = CATEGORIES.flatMap((category) => declarationsIn(category));
    expect(all).toHaveLength(COOKIE_REGISTRY.length);
    expect(new Set(all)).toEqual(new Set(COOKIE_REGISTRY));
  });

  it('reads a registry it is given', () => {
    expect(declarationsIn('tracking', custom).map((entry) => entry.name)).toEqual(['_hjSession_<site>', 'survey_seen']);
    expect(declarationsIn('marketing', custom).map((entry) => entry.name)).toEqual(['_fbp']);
  });

  it('gives an empty list for a category with no entry', () => {
    expect(declarationsIn('usability', custom)).toEqual([]);
    expect(declarationsIn('technical', [])).toEqual([]);
  });
});
