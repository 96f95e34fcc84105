import './globals.css';

// Reached only for paths the locale proxy does not handle (e.g. a missing file): both languages.
export default function GlobalNotFound() {
  return (
    <html lang="ru">
      <body>
        <main>
          <h1>Страница не найдена</h1>
          <p>
            <a href="/ru">На главную</a>
          </p>
          <h2 lang="en">Page not found</h2>
          <p lang="en">
            <a href="/en">Home page</a>
          </p>
        </main>
      </body>
    </html>
  );
}
