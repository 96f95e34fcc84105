import { z } from 'zod';
import { isLocale, routing, type Locale } from '../i18n/routing';
import { CONSENT_ACTIONS, OPTIONAL_CATEGORIES } from './categories';
import type { ConsentRequest } from './request';

/** The media type of a plain HTML form post. */
export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

/** True when the request carries an HTML form body rather than JSON. */
export function isFormPost(request: Request): boolean {
  return /^application\/x-www-form-urlencoded\s*(;|$)/i.test(request.headers.get('content-type') ?? '');
}

// A ticked checkbox sends "on" (HTML's default value); an unticked one sends nothing.
const checkbox = z.literal('on', { error: 'a ticked checkbox sends "on"' }).optional();

/** The fields of the banner and preferences forms; anything else is refused. */
export const consentFormSchema = z.strictObject({
  action: z.enum(CONSENT_ACTIONS),
  locale: z.enum(routing.locales),
  usability: checkbox,
  tracking: checkbox,
  marketing: checkbox,
  // "Technical" is a disabled checkbox, never submitted; a client that sends it anyway changes nothing.
  technical: z.string().optional(),
  return: z.string().optional(),
});

/** A form body read: the choice as the JSON API takes it, and the raw return field. */
export type ConsentForm = { ok: true; choice: ConsentRequest; returnTo: string | undefined } | { ok: false; message: string };

/** Decodes a form body; a repeated field is refused, as no form of the site sends one twice. */
function fieldsOf(body: string): { fields: Record<string, string> } | { repeated: string } {
  const fields: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(body)) {
    if (Object.hasOwn(fields, name)) return { repeated: name };
    fields[name] = value;
  }
  return { fields };
}

/** Parses an application/x-www-form-urlencoded consent form; checkboxes count only for `custom`. */
export function parseConsentForm(body: string): ConsentForm {
  const read = fieldsOf(body);
  if ('repeated' in read) return { ok: false, message: `Invalid consent form: the field "${read.repeated}" is sent more than once.` };
  const parsed = consentFormSchema.safeParse(read.fields);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => {
      if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
      return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
    });
    return { ok: false, message: `Invalid consent form: ${details.join('; ')}.` };
  }
  const { action, locale, return: returnTo } = parsed.data;
  const ticked = Object.fromEntries(OPTIONAL_CATEGORIES.map((c) => [c, action === 'custom' && parsed.data[c] === 'on'])) as Record<(typeof OPTIONAL_CATEGORIES)[number], boolean>;
  return { ok: true, choice: { ...ticked, action, locale }, returnTo };
}

/** The locale and return field of a body, read leniently so even a refused post can answer in its language. */
export function formContext(body: string | undefined): { locale: Locale | undefined; returnTo: string | undefined } {
  if (!body) return { locale: undefined, returnTo: undefined };
  const params = new URLSearchParams(body);
  const locale = params.getAll('locale');
  const returnTo = params.getAll('return');
  return { locale: locale.length === 1 && isLocale(locale[0]) ? locale[0] : undefined, returnTo: returnTo.length === 1 ? returnTo[0] : undefined };
}
