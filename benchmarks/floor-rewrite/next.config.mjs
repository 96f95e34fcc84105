// benchmarks/floor plus the site's routing for a first visit (npm run bench, reference row): no
// proxy; a rewrite and a headers rule on a missing cookie, to [locale]/[variant] segments.
const missing = [{ type: 'cookie', key: 'almajet_consent' }, { type: 'header', key: 'sec-gpc' }];
export default {
  poweredByHeader: false,
  async rewrites() {
    return {
      beforeFiles: [{ source: '/:locale(ru|en|kk)', missing, destination: '/:locale/_v-first' }],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [{ source: '/:locale(ru|en|kk)', missing, headers: [{ key: 'Content-Security-Policy', value: "default-src 'self'" }, { key: 'Cache-Control', value: 'private, no-cache' }] }];
  },
};
