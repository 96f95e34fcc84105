// benchmarks/floor-text behind benchmarks/floor-proxy's routing: the same proxy and rewrite.
export { default } from '../floor-proxy/next.config.mjs';
