// Text to make a page as large as the app's page it stands beside (bytes from the build's env).
// Plain ASCII, like the app's own HTML (components/ui/classes.ts).
export function Filler({ bytes }: { bytes: number }) {
  const line = 'Dordtpas baseline: een statische pagina van dezelfde grootte. '.repeat(16).slice(0, 990);
  const text = line.repeat(Math.ceil(Math.max(1, bytes) / line.length)).slice(0, Math.max(1, bytes));
  const paragraphs = text.match(/[\s\S]{1,990}/g) ?? [];
  return (
    <main>
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </main>
  );
}
