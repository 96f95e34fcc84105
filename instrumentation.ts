/**
 * Next calls register() once when a server process starts (`next start`, the standalone
 * server.js, `next dev`). Node.js runtime only: the pieces below need sockets, signals and the
 * database drivers.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // `next build` may load this while prerendering: a build touches no database and owns no signals.
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const [{ installPeerAddressStamp }, { installGracefulShutdown }, { prepareConsentLog }, { closeServerReceiptStore }] = await Promise.all([
    import('./lib/ops/peer-address'),
    import('./lib/ops/shutdown'),
    import('./lib/ops/startup'),
    import('./lib/receipts/server'),
  ]);
  installPeerAddressStamp();
  installGracefulShutdown({ close: closeServerReceiptStore });
  await prepareConsentLog();
}
