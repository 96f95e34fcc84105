import { describe, expect, it } from 'vitest';
import { findAll, foldText, respell, showPattern } from '@/lib/glossary/pattern';

const found = (pattern: string, text: string) => findAll(pattern, foldText(text)).map((hit) => hit.found);

describe('a glossary rendering as an editor writes it', () => {
  it('lets * stand for the ending of each inflected word', () => {
    expect(found('персональн* данн*', 'о защите персональных данных и персональные данные')).toEqual(['персональных данных', 'персональные данные']);
    expect(found('дербес дерект*', 'Сіздің дербес деректеріңізді')).toEqual(['дербес деректеріңізді']);
  });

  it('matches whole words only, so a longer word with the same beginning is not the term', () => {
    expect(found('согласи*', 'согласно закону; Ваше согласие')).toEqual(['согласие']);
    expect(found('тергеу*', 'оқиғаларды тергеп-тексеру')).toEqual([]);
    expect(found('technical', 'cookies-technicality')).toEqual([]);
  });

  it('ignores case, ё against е, curly apostrophes and line breaks between words', () => {
    expect(found('контролер*', 'Контролёр персональных данных')).toEqual(['Контролер']);
    expect(found("visitor's preferences", 'each visitor’s\npreferences')).toEqual(["visitor's preferences"]);
  });

  it('takes brackets and slashes literally', () => {
    expect(found('және (немесе)', 'және (немесе) және/немесе')).toEqual(['және (немесе)']);
    expect(found('және/немесе', 'және (немесе) және/немесе')).toEqual(['және/немесе']);
  });

  it('shows * as … in messages, and respells a forbidden spelling keeping its ending and capital', () => {
    expect(showPattern('personalis*')).toBe('personalis…');
    expect(respell('Customize', 'customiz*', 'customis*')).toBe('Customise');
    expect(respell('behaviors', 'behavior*', 'behaviour*')).toBe('behaviours');
    expect(respell('Color', 'color*', 'colour*')).toBe('Colour');
  });
});
