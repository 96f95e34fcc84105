import { describe, expect, it } from 'vitest';
import { formContext, isFormPost, parseConsentForm } from '@/lib/consent/form-body';

const form = (fields: [string, string][]) => new URLSearchParams(fields).toString();
const failure = (body: string) => {
  const result = parseConsentForm(body);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.message;
};

describe('parseConsentForm: valid forms', () => {
  it('reads the banner’s Accept all as every category granted', () => {
    expect(parseConsentForm(form([['action', 'accept_all'], ['locale', 'ru'], ['return', '/ru/privacy']]))).toEqual({
      ok: true,
      choice: { action: 'accept_all', locale: 'ru', usability: false, tracking: false, marketing: false },
      returnTo: '/ru/privacy',
    });
  });

  it('reads ticked checkboxes ("on") for a custom choice and unticked ones (absent) as no', () => {
    const result = parseConsentForm(form([['usability', 'on'], ['marketing', 'on'], ['action', 'custom'], ['locale', 'en']]));
    expect(result).toMatchObject({ ok: true, choice: { action: 'custom', usability: true, tracking: false, marketing: true } });
  });

  it('ignores the checkboxes for every action but custom', () => {
    for (const action of ['accept_all', 'reject_all', 'withdraw']) {
      const result = parseConsentForm(form([['usability', 'on'], ['tracking', 'on'], ['marketing', 'on'], ['action', action], ['locale', 'kk']]));
      expect(result).toMatchObject({ ok: true, choice: { action, usability: false, tracking: false, marketing: false } });
    }
  });

  it('ignores a technical checkbox a client sends anyway', () => {
    expect(parseConsentForm(form([['technical', 'on'], ['action', 'reject_all'], ['locale', 'en']])).ok).toBe(true);
  });

  it('accepts a form without a return field', () => {
    expect(parseConsentForm(form([['action', 'reject_all'], ['locale', 'en']]))).toMatchObject({ ok: true, returnTo: undefined });
  });

  it('decodes + and percent escapes as a browser encodes them', () => {
    expect(parseConsentForm('action=custom&locale=ru&return=%2Fru%2Fcookies%23preferences&tracking=on')).toMatchObject({ ok: true, returnTo: '/ru/cookies#preferences', choice: { tracking: true } });
  });
});

describe('parseConsentForm: refused forms name the problem', () => {
  it('refuses a missing action', () => {
    expect(failure(form([['locale', 'ru']]))).toMatch(/action/);
  });

  it('refuses a missing locale', () => {
    expect(failure(form([['action', 'accept_all']]))).toMatch(/locale/);
  });

  it('refuses an empty body', () => {
    expect(failure('')).toMatch(/action.*locale|locale.*action/);
  });

  it.each(['action', 'locale', 'usability', 'return', 'technical'])('refuses the field %s sent twice', (name) => {
    const fields: [string, string][] = [['action', 'custom'], ['locale', 'en'], ['usability', 'on'], ['return', '/en'], ['technical', 'on']];
    const twice = fields.find(([n]) => n === name);
    expect(failure(form(twice ? [...fields, twice] : fields))).toBe(`Invalid consent form: the field "${name}" is sent more than once.`);
  });

  it('refuses unknown field names, naming them', () => {
    expect(failure(form([['action', 'accept_all'], ['locale', 'en'], ['analytics', 'on'], ['x', '1']]))).toMatch(/unknown fields "analytics", "x"/);
  });

  it.each([
    ['action', 'accept'],
    ['action', 'ACCEPT_ALL'],
    ['action', ''],
    ['locale', 'de'],
    ['locale', 'EN'],
  ])('refuses %s=%j', (name, value) => {
    const fields: [string, string][] = [['action', 'custom'], ['locale', 'en']];
    expect(failure(form(fields.map(([n, v]) => [n, n === name ? value : v])))).toMatch(new RegExp(`${name}:`));
  });

  it.each(['true', '1', 'off', 'yes', ''])('refuses a checkbox sent with the value %j', (value) => {
    expect(failure(form([['action', 'custom'], ['locale', 'en'], ['tracking', value]]))).toMatch(/tracking: a ticked checkbox sends "on"/);
  });
});

describe('formContext', () => {
  it('reads the locale and return field even from a refused form', () => {
    expect(formContext(form([['locale', 'kk'], ['return', '/kk/cookies'], ['bogus', '1']]))).toEqual({ locale: 'kk', returnTo: '/kk/cookies' });
  });

  it('trusts no unknown or repeated locale', () => {
    expect(formContext(form([['locale', 'de']])).locale).toBeUndefined();
    expect(formContext(form([['locale', 'en'], ['locale', 'ru']])).locale).toBeUndefined();
    expect(formContext(undefined)).toEqual({ locale: undefined, returnTo: undefined });
  });
});

describe('isFormPost', () => {
  const post = (type?: string) => new Request('https://almajet.aero/api/consent', { method: 'POST', headers: type ? { 'content-type': type } : {} });
  it('recognises an HTML form’s media type, with or without a charset', () => {
    expect(isFormPost(post('application/x-www-form-urlencoded'))).toBe(true);
    expect(isFormPost(post('application/x-www-form-urlencoded; charset=UTF-8'))).toBe(true);
  });

  it('leaves JSON and others to the JSON path', () => {
    for (const type of ['application/json', 'multipart/form-data; boundary=x', 'text/plain', undefined]) expect(isFormPost(post(type))).toBe(false);
  });
});
