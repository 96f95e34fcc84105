// benchmarks/floor plus the site's routing mechanism (npm run bench, reference row): a proxy that
// names a variant in a request header, a rewrite on that header, and [locale]/[variant] segments.
export default {
  poweredByHeader: false,
  async rewrites() {
    return {
      beforeFiles: [{ source: '/:locale(ru|en|kk)/:path*', has: [{ type: 'header', key: 'x-variant', value: '(?<variant>_v-[a-z0-9-]+)' }], destination: '/:locale/:variant/:path*' }],
      afterFiles: [],
      fallback: [],
    };
  },
};
