// benchmarks/floor behind the site's routing mechanism (see next.config.mjs): the reference row of `npm run bench`.
export const metadata = { title: 'hello', description: 'The bare Next.js page the site is measured against.' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
