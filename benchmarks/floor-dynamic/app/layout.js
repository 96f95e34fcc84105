// The dynamic framework floor: the bare page rendered per request, as the site's pages are
// (DESIGN.md decision 7), so `npm run bench` can separate the framework's cost from ours.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
