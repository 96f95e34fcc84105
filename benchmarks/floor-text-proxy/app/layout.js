// floor-text's root layout: this app differs from benchmarks/floor-text only in its routing.
export { default, metadata } from '../../floor-text/app/layout.js';
