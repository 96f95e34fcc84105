// The floor's own root layout: this app differs from benchmarks/floor only in its routing.
export { default, metadata } from '../../floor/app/layout.js';
