import { describe, expect, it } from 'vitest';
import { jsonLdSource, organizationJsonLd } from '@/lib/seo/organization';

const SITE = 'https://almajet.aero';
const LEGAL_NAME = 'ТОО «ALMA JET»';

describe('organizationJsonLd', () => {
  const data = organizationJsonLd(SITE, LEGAL_NAME);

  it('describes the company as a schema.org Organization', () => {
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Organization');
    expect(data.name).toBe('ALMA JET');
    expect(data.url).toBe(SITE);
  });

  it('gives the legal name it is passed', () => {
    expect(data.legalName).toBe(LEGAL_NAME);
    expect(organizationJsonLd(SITE, 'ALMA JET LLP').legalName).toBe('ALMA JET LLP');
  });

  it('gives the Ekibastuz postal address in Kazakhstan', () => {
    expect(data.address).toEqual({
      '@type': 'PostalAddress',
      streetAddress: 'ул. Машхур Жусупа, 63А-8',
      addressLocality: 'Экибастуз',
      addressRegion: 'Павлодарская область',
      postalCode: '141200',
      addressCountry: 'KZ',
    });
  });
});

describe('jsonLdSource', () => {
  it('reads back as the same data', () => {
    const data = organizationJsonLd(SITE, LEGAL_NAME);
    expect(JSON.parse(jsonLdSource(data))).toEqual(data);
  });

  it('cannot end the script element early when the data contains </script>', () => {
    const data = organizationJsonLd(SITE, 'ALMA JET</script><script>alert(1)</script><!--');
    const source = jsonLdSource(data);
    expect(source).not.toContain('<');
    expect(source.toLowerCase()).not.toContain('</script');
    expect(JSON.parse(source)).toEqual(data);
  });

  it('escapes < in keys and nested values too', () => {
    const data = { '<key>': ['a < b', { deep: '</SCRIPT >' }] };
    const source = jsonLdSource(data);
    expect(source).not.toContain('<');
    expect(JSON.parse(source)).toEqual(data);
  });
});
