// A bare Next.js page holding the policy's text: what the text alone costs the framework floor
// (benchmarks/floor) in `npm run audit` and `npm run bench` (also behind a proxy:
// benchmarks/floor-text-proxy), with none of the site's components, CSS or scripts.
export const metadata = { title: 'policy text', description: 'A bare Next.js page with the policy text.' };

export default function RootLayout({ children }) {
  return (
    <html lang="ru">
      <body>{children}</body>
    </html>
  );
}
