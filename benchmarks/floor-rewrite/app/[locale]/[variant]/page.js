export default function Page() {
  return <main>hello</main>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return ['ru', 'en', 'kk'].flatMap((locale) => ['_v-first', '_v-q000', '_v-q111'].map((variant) => ({ locale, variant })));
}
