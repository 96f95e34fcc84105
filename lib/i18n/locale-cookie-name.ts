// Kept apart from locale-cookie.ts so the browser bundle does not pull in the consent parser (zod).

/** The language cookie: written only with usability consent (the policy's «Простота использования»). */
export const LOCALE_COOKIE = 'NEXT_LOCALE';

/** Its lifetime in days: 393, the shortest 13 calendar months, like the consent itself. */
export const LOCALE_COOKIE_DAYS = 393;
