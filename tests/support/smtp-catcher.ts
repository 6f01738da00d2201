// A real SMTP server for the e2e tests: the app sends its mail here over SMTP, and the tests read
// what arrived over a small HTTP API (GET /messages?to=…, GET /health).
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export type CaughtMail = { to: string; from: string; subject: string; html: string; text: string; receivedAt: string };

export function startSmtpCatcher({ smtpPort, httpPort }: { smtpPort: number; httpPort: number }) {
  const messages: CaughtMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
          messages.push({
            to: to.toLowerCase(),
            from: mail.from?.text ?? '',
            subject: mail.subject ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            text: mail.text ?? '',
            receivedAt: new Date().toISOString(),
          });
          callback();
        })
        .catch(callback);
    },
  });
  const http = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return void res.end('ok');
    if (url.pathname === '/messages') {
      const to = url.searchParams.get('to')?.toLowerCase();
      res.setHeader('Content-Type', 'application/json');
      return void res.end(JSON.stringify(to ? messages.filter((m) => m.to.includes(to)) : messages));
    }
    res.statusCode = 404;
    res.end();
  });
  smtp.listen(smtpPort, '127.0.0.1');
  http.listen(httpPort, '127.0.0.1');
  return {
    messages,
    close: () => Promise.all([new Promise((r) => smtp.close(() => r(null))), new Promise((r) => http.close(() => r(null)))]),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  // The same ports as the e2e run's settings (E2E_SMTP_PORT, E2E_MAIL_API_PORT), so two runs can sit side by side.
  const { SMTP_PORT: smtpPort, MAIL_API_PORT: httpPort } = await import('./e2e-env');
  startSmtpCatcher({ smtpPort, httpPort });
  console.log(`smtp-catcher: SMTP on 127.0.0.1:${smtpPort}, messages on http://127.0.0.1:${httpPort}/messages`);
}
