// Text to make a page as large as the app's page it stands beside (bytes from the build's env).
export function Filler({ bytes }: { bytes: number }) {
  const line = 'Dordtpas baseline: een statische pagina van dezelfde grootte. ';
  const paragraphs = Array.from({ length: Math.max(1, Math.ceil(bytes / 1000)) }, (_, i) => line.repeat(16).slice(0, 990) + i);
  return (
    <main>
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </main>
  );
}
