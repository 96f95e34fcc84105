// The same prerendered [locale]/[variant] pages as benchmarks/floor-proxy: only the routing differs.
export { default, generateStaticParams } from '../../../../floor-proxy/app/[locale]/[variant]/page.js';

// Segment config is read from this file itself, so it is not re-exported.
export const dynamicParams = false;
