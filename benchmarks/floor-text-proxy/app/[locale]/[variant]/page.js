// benchmarks/floor-text's page (the policy's Russian text, nothing else) at floor-proxy's
// prerendered [locale]/[variant] addresses: only the routing differs from floor-text.
export { default } from '../../../../floor-text/app/page.js';
export { generateStaticParams } from '../../../../floor-proxy/app/[locale]/[variant]/page.js';

// Segment config is read from this file itself, so it is not re-exported.
export const dynamicParams = false;
