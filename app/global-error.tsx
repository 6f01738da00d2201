'use client';

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="nl">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: 24 }}>
        <h1>Er ging iets mis</h1>
        <p>Probeer het over een paar minuten opnieuw. Code: {error.digest ?? 'onbekend'}.</p>
      </body>
    </html>
  );
}
