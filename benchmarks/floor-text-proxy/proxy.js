import floorProxy from '../floor-proxy/proxy.js';

// benchmarks/floor-proxy's proxy. Next reads the export and `config` from this file itself.
export default function proxy(request) {
  return floorProxy(request);
}

export const config = { matcher: ['/:path*'] };
