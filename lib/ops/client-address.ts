/*
 * Who a request comes from, for the consent API's rate limit (docs/architecture.md, "Operations").
 *
 * What `next start` (Next 16.4, node_modules/next/dist/server/base-server.js) does with
 * X-Forwarded-For: `req.headers['x-forwarded-for'] ??= socket.remoteAddress` — it sets the header
 * to the socket's address only when the request has none, and never appends. A client talking to
 * the server directly can therefore put any address there, and a route handler sees that value;
 * route handlers get no `request.ip` either. So the socket's address is stamped on every request
 * under PEER_ADDRESS_HEADER by lib/ops/peer-address.ts (Node's `http.server.request.start`
 * diagnostics channel, before Next sees the request; a value the client sent under that name is
 * overwritten), and the rule below reads X-Forwarded-For only through TRUSTED_PROXY_HOPS.
 */

/** The request header carrying the TCP peer's address, set by the server itself on every request. */
export const PEER_ADDRESS_HEADER = 'x-almajet-peer-address';

/**
 * The client's address: with `hops` = 0 the socket's peer (X-Forwarded-For ignored); with N > 0
 * the address the outermost of the N trusted proxies saw, i.e. the Nth entry from the right of the
 * chain X-Forwarded-For + peer, since each proxy appends the address it received the request from.
 * A shorter chain (a request that skipped a proxy) gives its leftmost entry. Null when the peer
 * address was not stamped (the server was started without the instrumentation hook).
 */
export function clientAddress(headers: Headers, hops: number): string | null {
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim();
  if (!peer) return null;
  if (hops === 0) return peer;
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - hops)] ?? peer;
}
