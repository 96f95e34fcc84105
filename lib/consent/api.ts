import type { ConsentLog } from '../receipts/consent-log';
import type { RequestLimiter } from '../receipts/rate-limit';
import { preferencesFor } from './categories';
import { consentSetCookie } from './cookie-header';
import { isFormPost, type ConsentForm } from './form-body';
import { readFormPost } from './form-post';
import { createConsentRecord } from './format';
import { readLimited } from './read-body';
import { consentRequestSchema, type ConsentRequest } from './request';

/** Bodies larger than this are refused with 413 before they are parsed. */
export const MAX_CONSENT_BODY_BYTES = 4096;


const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };

function jsonError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error: message }), { status, headers: { ...JSON_HEADERS, ...headers } });
}

/** 405 for every method but POST. */
export function methodNotAllowed(): Response {
  return jsonError(405, 'Only POST is allowed on /api/consent.', { Allow: 'POST' });
}

/** True when the request comes from another site (a cross-site form or script). */
function isForeign(request: Request): boolean {
  if (request.headers.get('sec-fetch-site') === 'cross-site') return true;
  const origin = request.headers.get('origin');
  if (!origin) return false;
  // A proxy may list several hosts in X-Forwarded-Host: the first is the one the browser asked for.
  const host = (request.headers.get('x-forwarded-host')?.split(',')[0] ?? request.headers.get('host') ?? '').trim().toLowerCase();
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export interface ConsentPostContext {
  revision: number;
  now?: Date;
  /** Whether the site is served over https (the cookie then gets Secure). */
  secure: boolean;
  /** Where the receipt of an accepted choice is committed; the cookie is set only once it is. */
  receipts: ConsentLog;
  /** The per-client request limit (shared by every instance on one database); none when absent. */
  rateLimiter?: RequestLimiter;
}

/** The answer when the receipt could not be committed: the browser keeps the choice and retries. */
export const RECEIPT_UNAVAILABLE_MESSAGE =
  'Your choice could not be recorded right now. It applies on this page and will be sent again on the next page you open.';

/**
 * Handles POST /api/consent: validates the choice, commits its receipt, then writes the cookie.
 * JSON (the enhanced page) gets the record back; a plain HTML form gets 303 to its page.
 */
export async function handleConsentPost(request: Request, context: ConsentPostContext): Promise<Response> {
  const form = isFormPost(request) ? await readFormPost(request, MAX_CONSENT_BODY_BYTES) : undefined;
  const error = form ? form.error : jsonError;
  if (isForeign(request)) return error(403, 'Consent can only be given on this site.');
  const rate = await context.rateLimiter?.check(request);
  if (rate && !rate.allowed) {
    return error(429, `Too many consent requests: try again in ${rate.retryAfterSeconds} seconds.`, { 'Retry-After': String(rate.retryAfterSeconds) });
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_CONSENT_BODY_BYTES) return error(413, `The request body must not exceed ${MAX_CONSENT_BODY_BYTES} bytes.`);
  const parsed = form ? formChoice(form.form) : await jsonChoice(request);
  if (!parsed.ok) return error(parsed.status, parsed.message);
  const now = context.now ?? new Date();
  const { action, locale } = parsed.choice;
  const record = createConsentRecord(preferencesFor(action, parsed.choice), context.revision, now);
  try {
    const gpc = request.headers.get('sec-gpc')?.trim() === '1';
    await context.receipts.record({ record, action, locale, gpc, userAgent: request.headers.get('user-agent') });
  } catch (cause) {
    // No receipt, no cookie: a cookie without its proof would claim a consent we cannot show.
    console.error(`[consent log] receipt not recorded: ${cause instanceof Error ? cause.message : String(cause)}`);
    return error(503, RECEIPT_UNAVAILABLE_MESSAGE, { 'Retry-After': '30' });
  }
  const cookie = consentSetCookie(record, { secure: context.secure, now });
  if (form) return form.success(record, cookie);
  return new Response(JSON.stringify({ record }), { status: 200, headers: { ...JSON_HEADERS, 'Set-Cookie': cookie } });
}

type ChoiceRead = { ok: true; choice: ConsentRequest } | { ok: false; status: number; message: string };

/** The choice of a form post, or why it is refused. */
function formChoice(form: ConsentForm | null | undefined): ChoiceRead {
  if (form === null) return { ok: false, status: 413, message: `The request body must not exceed ${MAX_CONSENT_BODY_BYTES} bytes.` };
  if (form === undefined) return { ok: false, status: 400, message: 'The request body could not be read.' };
  return form.ok ? { ok: true, choice: form.choice } : { ok: false, status: 400, message: form.message };
}

/** The choice of a JSON post, or why it is refused. */
async function jsonChoice(request: Request): Promise<ChoiceRead> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) return { ok: false, status: 415, message: 'Send the choice as JSON (Content-Type: application/json).' };
  let text: string | null;
  try {
    text = await readLimited(request, MAX_CONSENT_BODY_BYTES);
  } catch {
    return { ok: false, status: 400, message: 'The request body could not be read.' };
  }
  if (text === null) return { ok: false, status: 413, message: `The request body must not exceed ${MAX_CONSENT_BODY_BYTES} bytes.` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, message: 'The request body is not valid JSON.' };
  }
  const parsed = consentRequestSchema.safeParse(json);
  if (parsed.success) return { ok: true, choice: parsed.data };
  const details = parsed.error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
  return { ok: false, status: 400, message: `Invalid consent request: ${details.join('; ')}.` };
}
