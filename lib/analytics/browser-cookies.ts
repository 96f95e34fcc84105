/** Google Analytics' cookies: `_ga` and `_ga_<container>`. */
export const GA_COOKIE_PATTERN = /^_ga(?:_[A-Za-z0-9]+)?$/;

/** The domains a cookie for `hostname` may have been set on: the host itself and each parent but the top level. */
export function cookieDomains(hostname: string): (string | undefined)[] {
  if (/^[\d.]+$/.test(hostname) || hostname.includes(':') || !hostname.includes('.')) return [undefined];
  const labels = hostname.split('.');
  const parents = labels.slice(0, -1).map((_, i) => `.${labels.slice(i).join('.')}`);
  return [undefined, ...parents];
}

/** Names of the cookies the page can see that match `pattern`. */
export function cookieNames(cookieString: string, pattern: RegExp): string[] {
  const names = cookieString
    .split(';')
    .map((part) => part.split('=')[0]?.trim() ?? '')
    .filter((name) => name && pattern.test(name));
  // The same name set on the host and on a parent domain is listed once.
  return [...new Set(names)];
}

/** The value of cookie `name` in a Cookie header or `document.cookie`, %-decoded; undefined when absent or undecodable. */
export function cookieValue(cookieString: string, name: string): string | undefined {
  for (const part of cookieString.split(';')) {
    const separator = part.indexOf('=');
    if (separator === -1 || part.slice(0, separator).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(separator + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The cookie string that expires `name` on `domain` (the host alone when undefined): the browser and the server send the same. */
export function expiredCookie(name: string, domain: string | undefined): string {
  return `${name}=; Max-Age=0; Path=/${domain ? `; Domain=${domain}` : ''}`;
}

/** Deletes every cookie matching `pattern` on the host and its parent domains. Returns the names found. */
export function deleteCookies(pattern: RegExp, doc: Document = document): string[] {
  const names = cookieNames(doc.cookie, pattern);
  for (const name of names) {
    for (const domain of cookieDomains(doc.location.hostname)) {
      doc.cookie = expiredCookie(name, domain);
    }
  }
  return names;
}
