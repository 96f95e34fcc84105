import { routing, type Locale } from '../i18n/routing';

/** The texts of the error page, from the `ConsentFormError` namespace of messages/<locale>.json. */
export interface FormErrorTexts {
  title: string;
  back: string;
  invalid: string;
  foreign: string;
  tooLarge: string;
  tooMany: string;
  unavailable: string;
}

/** Loads the error page's texts for a locale (the default locale's when none was posted). */
export async function loadFormErrorTexts(locale: Locale | undefined): Promise<FormErrorTexts> {
  const lang = locale ?? routing.defaultLocale;
  // The same import as the pages' (lib/i18n/request.ts), so editors change these texts where they change the others.
  const mod = (await import(`../../messages/${lang}.json`)) as { default: { ConsentFormError?: FormErrorTexts } };
  const texts = mod.default.ConsentFormError;
  if (!texts) throw new Error(`messages/${lang}.json has no ConsentFormError namespace`);
  return texts;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** What the visitor is told for a status: the reason in their language. */
function reason(texts: FormErrorTexts, status: number, retryAfter: string | undefined): string {
  if (status === 403) return texts.foreign;
  if (status === 413) return texts.tooLarge;
  if (status === 429) return texts.tooMany.replace('{seconds}', retryAfter ?? '60');
  if (status === 503) return texts.unavailable;
  return texts.invalid;
}

export interface FormErrorPage {
  status: number;
  /** The API's own (English) message, shown as a detail for a malformed form. */
  message: string;
  headers?: Record<string, string>;
  locale: Locale | undefined;
  /** A validated path of the site (see safeReturnPath). */
  back: string;
  texts: FormErrorTexts;
}

/**
 * A small HTML page for a refused form post: what went wrong, in the posted language, and a link
 * back. No script and no style, since the API's CSP is `default-src 'none'`.
 */
export function formErrorPage({ status, message, headers = {}, locale, back, texts }: FormErrorPage): Response {
  const lang = locale ?? routing.defaultLocale;
  const detail = status === 400 ? `\n<p lang="en"><small>${escapeHtml(message)}</small></p>` : '';
  const html = `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(texts.title)}</title>
</head>
<body>
<main>
<h1>${escapeHtml(texts.title)}</h1>
<p>${escapeHtml(reason(texts, status, headers['Retry-After']))}</p>${detail}
<p><a href="${escapeHtml(back)}">${escapeHtml(texts.back)}</a></p>
</main>
</body>
</html>
`;
  return new Response(html, { status, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}
