import type { ConsentRecord } from './format';
import { formContext, parseConsentForm, type ConsentForm } from './form-body';
import { formErrorPage, loadFormErrorTexts, type FormErrorTexts } from './form-error-page';
import { expireDisallowedCookies } from './cookie-cleanup';
import { readLimited } from './read-body';
import { safeReturnPath } from './return-path';

/** A form post read ahead of the checks, so every answer — even a refusal — speaks the posted language. */
export interface FormPost {
  /** The parsed form; `null` when the body is over the limit, `undefined` when it could not be read. */
  form: ConsentForm | null | undefined;
  /** The refusal page for this post. */
  error(status: number, message: string, headers?: Record<string, string>): Response;
  /** 303 back to the validated return path, with the consent cookie and the expiry of what the choice disallows. */
  success(record: ConsentRecord, consentCookie: string): Response;
}

async function readBody(request: Request, limit: number): Promise<string | null | undefined> {
  try {
    return await readLimited(request, limit);
  } catch {
    return undefined;
  }
}

/** Reads an application/x-www-form-urlencoded consent post (at most `limit` bytes) and prepares its answers. */
export async function readFormPost(request: Request, limit: number): Promise<FormPost> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  const body = declared > limit ? null : await readBody(request, limit);
  const { locale, returnTo } = formContext(body ?? undefined);
  let texts: FormErrorTexts | undefined;
  try {
    texts = await loadFormErrorTexts(locale);
  } catch (cause) {
    console.error(`[consent form] error texts not loaded: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
  const back = safeReturnPath(returnTo, locale);
  return {
    form: typeof body === 'string' ? parseConsentForm(body) : body,
    error(status, message, headers = {}) {
      if (!texts) return new Response(message, { status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
      return formErrorPage({ status, message, headers, locale, back, texts });
    },
    success(record, consentCookie) {
      const headers = new Headers({ Location: back, 'Cache-Control': 'no-store' });
      headers.append('Set-Cookie', consentCookie);
      for (const expired of expireDisallowedCookies(request, record)) headers.append('Set-Cookie', expired);
      return new Response(null, { status: 303, headers });
    },
  };
}
