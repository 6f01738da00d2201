// `npm run email:preview`: every React Email template in emails/ rendered with its PreviewProps, on
// http://localhost:3001 (and as files in .data/email-preview). Our own small server: react-email's
// `email dev` needs @react-email/ui, which it offers to download at the first run and which brings
// a second copy of Next.js.
import { createServer } from 'node:http';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createElement, type ComponentType } from 'react';
import { render } from '@react-email/render';

type Template = ComponentType<Record<string, unknown>> & { PreviewProps?: Record<string, unknown> };

const dir = path.resolve('emails');
const out = path.resolve('.data/email-preview');
const port = Number(process.env.PORT ?? 3001);
mkdirSync(out, { recursive: true });

const pages = new Map<string, string>();
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.tsx'))
  .sort()) {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default?: Template };
  const Template = mod.default;
  if (!Template?.PreviewProps) continue; // Layout and other parts without example data
  const name = file.replace(/\.tsx$/, '');
  const html = await render(createElement(Template, Template.PreviewProps));
  pages.set(name, html);
  writeFileSync(path.join(out, `${name}.html`), html);
}
const index = `<!doctype html><html lang="nl"><meta charset="utf-8"><title>E-mails — Dordtpas</title>
<body style="font-family:sans-serif;max-width:40rem;margin:2rem auto"><h1>E-mails (${pages.size})</h1><ul>
${[...pages.keys()].map((n) => `<li><a href="/${n}">${n}</a></li>`).join('\n')}</ul></body></html>`;
writeFileSync(path.join(out, 'index.html'), index);

createServer((req, res) => {
  const name = decodeURIComponent((req.url ?? '/').slice(1).split('?')[0]);
  const body = name === '' ? index : pages.get(name);
  res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(body ?? 'Niet gevonden');
}).listen(port, '127.0.0.1', () => {
  console.log(`email:preview: ${pages.size} templates on http://localhost:${port} (also in ${path.relative(process.cwd(), out)}/)`);
});
