// The framework floor: the smallest Next.js App Router page of the version we use, built and
// served like the site, so that `npm run size` and `npm run audit` read our figures against it.
export const metadata = { title: 'hello', description: 'The bare Next.js page the site is measured against.' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
