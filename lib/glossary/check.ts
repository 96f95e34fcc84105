import { flatten, type MessagesSource } from '../i18n/messages-check';
import { routing, type Locale } from '../i18n/routing';
import type { PolicySource, Problem } from '../policy/check';
import { findAll, respell, showPattern } from './pattern';
import { GLOSSARY_FILE, type Glossary, type GlossaryTerm } from './schema';
import { lineOf, prepareMessages, preparePolicy, unitAt, type PreparedText } from './texts';

interface Prepared {
  locale: Locale;
  doc: PreparedText;
}

const quote = (locale: Locale, text: string) => (locale === 'en' ? `"${text}"` : `«${text}»`);
const oneOf = (locale: Locale, patterns: string[]) => patterns.map((p) => quote(locale, showPattern(p))).join(' or ');
const HOW_TO_ADD = 'docs/editing-policy.md, section 9';

/** Wrong renderings and spellings; `flagged` notes "term|unit" so the same slip is not reported twice. */
function wrongRenderings(glossary: Glossary, { locale, doc }: Prepared, flagged: Set<string>): Problem[] {
  const problems: Problem[] = [];
  for (const term of glossary.terms) {
    for (const wrong of term.wrong?.[locale] ?? []) {
      for (const hit of findAll(wrong.text, doc.text)) {
        flagged.add(`${term.term}|${unitAt(doc, hit.index)?.key}`);
        problems.push({
          file: doc.file,
          line: lineOf(doc, hit.index),
          message: `${quote(locale, hit.found)} is a wrong rendering of the glossary term "${term.term}" (Russian ${oneOf(routing.defaultLocale, term[routing.defaultLocale].slice(0, 1))}): ${wrong.why.replace(/\.$/, '')}`,
          fix: `Write ${wrong.write ? quote(locale, wrong.write) : oneOf(locale, term[locale])} instead (${GLOSSARY_FILE}, term "${term.term}").`,
        });
      }
    }
  }
  const spelling = glossary.spelling[locale];
  for (const [forbidden, write] of Object.entries(spelling?.forbidden ?? {})) {
    for (const hit of findAll(forbidden, doc.text)) {
      problems.push({
        file: doc.file,
        line: lineOf(doc, hit.index),
        message: `${quote(locale, hit.found)} is not ${spelling!.choice} spelling, which this site uses throughout (${GLOSSARY_FILE}, "spelling")`,
        fix: `Write ${quote(locale, respell(hit.found, forbidden, write))}.`,
      });
    }
  }
  return problems;
}

function firstUse(term: GlossaryTerm, locale: Locale, doc: PreparedText, start: number, end: number) {
  const hits = term[locale].flatMap((pattern) => findAll(pattern, doc.text, start, end));
  return hits.sort((a, b) => a.index - b.index)[0];
}

function missingRenderings(glossary: Glossary, reference: Prepared, { locale, doc }: Prepared, flagged: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const units = new Map(doc.units.map((u) => [u.key, u]));
  for (const term of glossary.terms) {
    for (const refUnit of reference.doc.units) {
      const used = firstUse(term, reference.locale, reference.doc, refUnit.start, refUnit.end);
      const unit = units.get(refUnit.key);
      if (!used || !unit || flagged.has(`${term.term}|${unit.key}`) || firstUse(term, locale, doc, unit.start, unit.end)) continue;
      const where = `${reference.doc.file}, line ${lineOf(reference.doc, used.index)}`;
      problems.push({
        file: doc.file,
        line: unit.line,
        message: `${unit.label} has no rendering of the glossary term "${term.term}": the Russian uses ${quote(reference.locale, used.found)} here (${where})`,
        fix: `Use ${oneOf(locale, term[locale])} in it (${GLOSSARY_FILE}, term "${term.term}"). If your wording is right and only missing from the glossary, add it to the term's "${locale}" list (${HOW_TO_ADD}).`,
      });
    }
  }
  return problems;
}

/**
 * The terminology rules of `npm run content:check`, for the live policy texts and UI messages:
 * no translation uses a rendering the glossary calls wrong (or a forbidden spelling), and every
 * section or UI text whose Russian uses a glossary term carries one of the term's renderings.
 * Archived editions are records and are not read.
 */
export function checkGlossary(glossary: Glossary, policies: PolicySource[], messages: MessagesSource[]): Problem[] {
  const isLocale = (l: string): l is Locale => (routing.locales as readonly string[]).includes(l);
  const groups: Prepared[][] = [
    policies.flatMap((p) => (p.source !== null && isLocale(p.locale) ? [{ locale: p.locale, doc: preparePolicy(p.file, p.source) }] : [])),
    messages.flatMap((m) => (m.messages && typeof m.messages === 'object' && isLocale(m.locale) ? [{ locale: m.locale, doc: prepareMessages(m.file, flatten(m.messages), m.text) }] : [])),
  ];
  const problems: Problem[] = [];
  for (const group of groups) {
    const reference = group.find((p) => p.locale === routing.defaultLocale);
    for (const translation of group.filter((p) => p.locale !== routing.defaultLocale)) {
      const flagged = new Set<string>();
      problems.push(...wrongRenderings(glossary, translation, flagged));
      if (reference) problems.push(...missingRenderings(glossary, reference, translation, flagged));
    }
  }
  return problems;
}
