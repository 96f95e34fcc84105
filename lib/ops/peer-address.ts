import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import { PEER_ADDRESS_HEADER } from './client-address';

let installed = false;

function stamp(message: unknown): void {
  const request = (message as { request?: IncomingMessage }).request;
  if (!request) return;
  // Overwrites whatever a client sent under this name: only the socket decides it.
  const address = request.socket?.remoteAddress;
  if (address) request.headers[PEER_ADDRESS_HEADER] = address;
  else delete request.headers[PEER_ADDRESS_HEADER];
}

/**
 * Stamps every incoming request of this process with its TCP peer's address (see
 * lib/ops/client-address.ts for why). Node publishes `http.server.request.start` synchronously
 * before the server's 'request' event, so Next builds its Request from the stamped headers.
 */
export function installPeerAddressStamp(): void {
  if (installed) return;
  installed = true;
  subscribe('http.server.request.start', stamp);
}
