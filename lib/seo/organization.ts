/** The company as schema.org Organization data (JSON-LD), from the policy's controller and address. */
export function organizationJsonLd(siteUrl: string, legalName: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: 'ALMA JET',
    legalName,
    url: siteUrl,
    address: {
      '@type': 'PostalAddress',
      streetAddress: 'ул. Машхур Жусупа, 63А-8',
      addressLocality: 'Экибастуз',
      addressRegion: 'Павлодарская область',
      postalCode: '141200',
      addressCountry: 'KZ',
    },
  };
}

/** JSON for a <script type="application/ld+json">, safe against a closing </script> in the data. */
export function jsonLdSource(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
