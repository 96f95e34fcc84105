import type { AnchorHTMLAttributes } from 'react';

/** Links in policy text: external ones never hand the opener or the referrer to the other site. */
export function MdxLink({ href = '', ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  const external = /^https?:\/\//.test(href);
  return <a href={href} {...rest} {...(external ? { rel: 'noopener noreferrer' } : {})} />;
}
