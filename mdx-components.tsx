import type { MDXComponents } from 'mdx/types';
import { PolicyCookieTable } from './components/cookies/policy-cookie-table';
import { H2, H3, H4 } from './components/policy/heading';
import { MdxLink } from './components/policy/mdx-link';

const components: MDXComponents = { H2, H3, H4, CookieTable: PolicyCookieTable, a: MdxLink };

/** The components every MDX file renders with (Next.js requires this file at the root). */
export function useMDXComponents(): MDXComponents {
  return components;
}
