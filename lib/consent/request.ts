import { z } from 'zod';
import { routing } from '../i18n/routing';
import { CONSENT_ACTIONS } from './categories';

/** The body of POST /api/consent, as JSON; a form post is read into the same shape (./form-body.ts). */
export const consentRequestSchema = z.strictObject({
  usability: z.boolean(),
  tracking: z.boolean(),
  marketing: z.boolean(),
  action: z.enum(CONSENT_ACTIONS),
  locale: z.enum(routing.locales),
});

export type ConsentRequest = z.infer<typeof consentRequestSchema>;
