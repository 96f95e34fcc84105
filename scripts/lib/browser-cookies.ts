/*
 * Cookies of a Chromium started by chrome-launcher (npm run audit), set and cleared over the
 * browser's own DevTools endpoint: Lighthouse opens its page in the default browser context and
 * keeps cookies between runs (it clears caches and storage, not cookies), so each run starts with
 * exactly the cookies set here.
 */

/** Sends one command to the browser target at `port` and resolves with its result. */
async function browserCommand(port: number, method: string, params: Record<string, unknown>): Promise<unknown> {
  const { webSocketDebuggerUrl } = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as { webSocketDebuggerUrl: string };
  const socket = new WebSocket(webSocketDebuggerUrl);
  try {
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', () => resolve(), { once: true });
      socket.addEventListener('error', () => reject(new Error(`DevTools endpoint on port ${port} refused the connection`)), { once: true });
    });
    return await new Promise((resolve, reject) => {
      socket.addEventListener('message', (event) => {
        const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown; error?: { message: string } };
        if (message.id !== 1) return;
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message.result);
      });
      socket.send(JSON.stringify({ id: 1, method, params }));
    });
  } finally {
    socket.close();
  }
}

/** Leaves the browser with no cookie but `cookie` (when given), set for `url`'s origin. */
export async function setOnlyCookie(port: number, url: string, cookie?: { name: string; value: string }): Promise<void> {
  await browserCommand(port, 'Storage.clearCookies', {});
  if (cookie) await browserCommand(port, 'Storage.setCookies', { cookies: [{ ...cookie, url: new URL(url).origin }] });
}
