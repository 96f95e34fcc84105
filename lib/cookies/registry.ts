import type { Category } from '../consent/categories';
import { CONSENT_COOKIE } from '../consent/format';
import type { Locale } from '../i18n/routing';

/** One cookie (or browser-storage entry) the site can set. */
export interface CookieDeclaration {
  /** The name as visitors see it; for a family of cookies a pattern such as `_ga_<container>`. */
  name: string;
  /** Matches the real names for a family of cookies; absent when `name` is exact. */
  matches?: RegExp;
  /** `none` marks a service that sets no cookie at all, declared for transparency. */
  storage: 'cookie' | 'sessionStorage' | 'none';
  /** A company name read the same in every language, or per language when it carries words (a former name). */
  provider: string | Record<Locale, string>;
  category: Category;
  purpose: Record<Locale, string>;
  lifetime: Record<Locale, string>;
}

const ALMA_JET = 'ALMA JET (almajet.aero)';
// The policy names "Google Inc.", the company's name when the text was written; see docs/content-notes.md.
// The words around the names are shown in the table's language, so they are translated.
const GOOGLE: Record<Locale, string> = {
  ru: 'Google LLC (ранее Google Inc.)',
  en: 'Google LLC (formerly Google Inc.)',
  kk: 'Google LLC (бұрынғы атауы Google Inc.)',
};

/** Every cookie the site can set. The preferences dialog and the cookie declarations render from it. */
export const COOKIE_REGISTRY: readonly CookieDeclaration[] = [
  {
    name: CONSENT_COOKIE,
    storage: 'cookie',
    provider: ALMA_JET,
    category: 'technical',
    purpose: {
      ru: 'Хранит Ваш выбор в отношении файлов cookie (какие категории разрешены, когда и для какой редакции Политики), чтобы не спрашивать повторно.',
      en: 'Stores your cookie choice (which categories you allowed, when, and for which revision of the Policy) so that we do not ask again.',
      kk: 'Cookie файлдарына қатысты таңдауыңызды (қандай санаттарға, қашан және Саясаттың қай редакциясы үшін рұқсат бергеніңізді) қайта сұрамау үшін сақтайды.',
    },
    lifetime: { ru: '13 месяцев', en: '13 months', kk: '13 ай' },
  },
  {
    name: 'almajet_consent_pending',
    storage: 'sessionStorage',
    provider: ALMA_JET,
    category: 'technical',
    purpose: {
      ru: 'Временно хранит Ваш выбор, если его не удалось сразу отправить на сервер, чтобы повторить отправку.',
      en: 'Temporarily keeps your choice when it could not be sent to our server at once, so that it can be sent again.',
      kk: 'Таңдауыңызды серверге бірден жіберу мүмкін болмаса, оны қайта жіберу үшін уақытша сақтайды.',
    },
    lifetime: { ru: 'до закрытия вкладки', en: 'until the tab is closed', kk: 'қойынды жабылғанға дейін' },
  },
  {
    name: 'NEXT_LOCALE',
    storage: 'cookie',
    provider: ALMA_JET,
    category: 'usability',
    purpose: {
      ru: 'Запоминает выбранный Вами язык сайта, чтобы открывать сайт на нём.',
      en: 'Remembers the language you chose, so the site opens in it.',
      kk: 'Сайт Сіз таңдаған тілде ашылуы үшін сол тілді есте сақтайды.',
    },
    lifetime: { ru: '13 месяцев', en: '13 months', kk: '13 ай' },
  },
  {
    name: '_ga',
    storage: 'cookie',
    provider: GOOGLE,
    category: 'tracking',
    purpose: {
      ru: 'Google Аналитика: различает посетителей, чтобы считать статистику посещений сайта.',
      en: 'Google Analytics: tells visitors apart so that site visits can be counted.',
      kk: 'Google Аналитика: сайтқа кірулер статистикасын есептеу үшін келушілерді бір-бірінен ажыратады.',
    },
    lifetime: { ru: 'до 13 месяцев', en: 'up to 13 months', kk: '13 айға дейін' },
  },
  {
    name: '_ga_<container>',
    matches: /^_ga_[A-Za-z0-9]+$/,
    storage: 'cookie',
    provider: GOOGLE,
    category: 'tracking',
    purpose: {
      ru: 'Google Аналитика: хранит состояние сеанса для статистики посещений.',
      en: 'Google Analytics: keeps the session state for visit statistics.',
      kk: 'Google Аналитика: кірулер статистикасы үшін сеанс күйін сақтайды.',
    },
    lifetime: { ru: 'до 13 месяцев', en: 'up to 13 months', kk: '13 айға дейін' },
  },
  {
    name: 'Vercel Web Analytics',
    storage: 'none',
    provider: 'Vercel Inc.',
    category: 'tracking',
    purpose: {
      ru: 'Обезличенный подсчёт просмотров страниц без файлов cookie; работает только с Вашего согласия на отслеживание.',
      en: 'De-identified page-view counting without cookies; runs only with your consent to tracking.',
      kk: 'Бет қаралымдарын cookie файлдарынсыз иесіздендірілген түрде санау; тек қадағалауға берген келісіміңіз болған жағдайда ғана жұмыс істейді.',
    },
    lifetime: { ru: 'файлы cookie не используются', en: 'sets no cookie', kk: 'cookie файлдары пайдаланылмайды' },
  },
];

/** The provider's name as a visitor reading `locale` sees it. */
export function providerIn(entry: CookieDeclaration, locale: Locale): string {
  return typeof entry.provider === 'string' ? entry.provider : entry.provider[locale];
}

/** The declaration covering a cookie name, if any. */
export function declarationFor(name: string, registry: readonly CookieDeclaration[] = COOKIE_REGISTRY): CookieDeclaration | undefined {
  return registry.find((entry) => (entry.matches ? entry.matches.test(name) : entry.name === name));
}

/** The declarations of one category, in registry order. */
export function declarationsIn(category: Category, registry: readonly CookieDeclaration[] = COOKIE_REGISTRY): CookieDeclaration[] {
  return registry.filter((entry) => entry.category === category);
}
