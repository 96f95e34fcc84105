import Link from 'next/link';
import './globals.css';

// Reached only for paths the locale proxy does not handle (e.g. a missing file): both languages.
export default function GlobalNotFound() {
  return (
    <html lang="ru">
      <body>
        <main>
          <h1>Страница не найдена</h1>
          <p>
            <Link href="/ru">На главную</Link>
          </p>
          <h2 lang="en">Page not found</h2>
          <p lang="en">
            <Link href="/en">Home page</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
