/**
 * Writes a cookie from the page as the server writes its own: the value as given (callers pass it
 * already encoded), `Path=/`, `SameSite=Lax`, `Secure` over https, expiring at `expires`.
 */
export function writeCookie(name: string, value: string, expires: Date): void {
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${name}=${value}; Path=/; Expires=${expires.toUTCString()}; SameSite=Lax${secure}`;
}
