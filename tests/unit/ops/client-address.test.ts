import { describe, expect, it } from 'vitest';
import { clientAddress, PEER_ADDRESS_HEADER } from '@/lib/ops/client-address';

const headers = (peer: string | null, forwardedFor?: string) => {
  const h = new Headers();
  if (peer !== null) h.set(PEER_ADDRESS_HEADER, peer);
  if (forwardedFor !== undefined) h.set('x-forwarded-for', forwardedFor);
  return h;
};

describe('the client address (TRUSTED_PROXY_HOPS)', () => {
  it('with 0 hops is the socket peer, whatever X-Forwarded-For a client sends', () => {
    expect(clientAddress(headers('203.0.113.7'), 0)).toBe('203.0.113.7');
    expect(clientAddress(headers('203.0.113.7', '198.51.100.1'), 0)).toBe('203.0.113.7');
    expect(clientAddress(headers('203.0.113.7', '198.51.100.1, 10.0.0.1'), 0)).toBe('203.0.113.7');
  });

  it('with 1 hop is the last X-Forwarded-For entry, the one the proxy appended, not one the client wrote before it', () => {
    // Caddy at 127.0.0.1 received the request from 203.0.113.7; the client had sent a forged header.
    expect(clientAddress(headers('127.0.0.1', '198.51.100.1, 203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientAddress(headers('127.0.0.1', '203.0.113.7'), 1)).toBe('203.0.113.7');
  });

  it('with 2 hops skips the inner proxy and takes what the outer one appended', () => {
    // CDN saw 203.0.113.7 and appended it; the load balancer then appended the CDN's 192.0.2.10.
    expect(clientAddress(headers('10.0.0.2', 'forged, 203.0.113.7, 192.0.2.10'), 2)).toBe('203.0.113.7');
  });

  it('ignores blanks and spaces in the chain', () => {
    expect(clientAddress(headers('127.0.0.1', ' 198.51.100.1 ,, 203.0.113.7 '), 1)).toBe('203.0.113.7');
  });

  it('gives the leftmost address when a request passed fewer proxies than configured', () => {
    expect(clientAddress(headers('127.0.0.1'), 1)).toBe('127.0.0.1');
    expect(clientAddress(headers('10.0.0.2', '203.0.113.7'), 3)).toBe('203.0.113.7');
  });

  it('is unknown (null) when the server did not stamp the peer address', () => {
    expect(clientAddress(headers(null, '203.0.113.7'), 0)).toBeNull();
    expect(clientAddress(headers(null, '203.0.113.7'), 1)).toBeNull();
  });
});
