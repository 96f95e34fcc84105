import { describe, expect, it } from 'vitest';
import { diffPolicies, diffText, policySections } from '@/lib/policy/text-diff';

const changed = (parts: ReturnType<typeof diffText>) => parts.filter((p) => p.kind !== 'same').map((p) => `${p.kind}:${p.text}`);

describe('the what-changed diff', () => {
  it('marks inserted and deleted words and keeps unchanged text', () => {
    const parts = diffText('payment processing agents, including (where necessary) for fraud checks', 'payment processing agents, and also (where necessary) for fraud checks', 'en');
    expect(changed(parts)).toEqual(['del:including', 'ins:and also']);
    expect(parts.map((p) => p.text).join('')).toContain('payment processing agents, ');
    expect(parts.filter((p) => p.kind !== 'del').map((p) => p.text).join('')).toBe('payment processing agents, and also (where necessary) for fraud checks');
  });

  it('keeps Cyrillic and Kazakh words whole (қ, ү, ө are letters, not word breaks)', () => {
    expect(changed(diffText('құрылғыңыздың қатқыл дискісінде', 'құрылғыңыздың қатты дискісінде', 'kk'))).toEqual(['del:қатқыл', 'ins:қатты']);
    expect(changed(diffText('Сіздің хабарыңыз бен келісіміңізсіз', 'Сіздің хабарыңызсыз және келісіміңізсіз', 'kk'))).toEqual(['del:хабарыңыз бен', 'ins:хабарыңызсыз және']);
    expect(changed(diffText('полное имя, пол, должность', 'полное имя, пол, должность', 'ru'))).toEqual([]);
  });

  it('compares policies section by section, with the cookie table as text and new or removed sections marked', () => {
    const rows = [{ name: '_ga', note: null, provider: 'Google Ireland Ltd', category: 'Tracking', purpose: 'Counts visits.', lifetime: '13 months' }];
    const before = policySections('export const metadata = {};\n\n# Policy\n\n<H2 id="a">A</H2>\n\nOld text.\n\n<CookieTable />\n\n<H2 id="gone">Gone</H2>\n\nBye.', rows);
    const after = policySections('# Policy\n\n<H2 id="a">A</H2>\n\nNew text.\n\n<CookieTable />\n\n<H2 id="b">B</H2>\n\n- one\n- two', [{ ...rows[0]!, provider: 'Google LLC' }]);
    expect(after.map((s) => s.id)).toEqual(['', 'a', 'b']);
    expect(after[2]!.text).toBe('• one\n• two');
    const diff = diffPolicies(before, after, 'en');
    expect(diff.map((s) => `${s.id}:${s.status}`)).toEqual([':same', 'a:changed', 'b:added', 'gone:removed']);
    expect(changed(diff[1]!.parts)).toEqual(['del:Old', 'ins:New', 'del:Ireland Ltd', 'ins:LLC']);
  });
});
