import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startSmtpServer } from '../support/smtp-server';
import { simpleParser } from 'mailparser';
import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { MAX_ATTEMPTS, backoffMs, deliverDueMail } from '@/lib/mail/sender';
import { registerPartner } from '@/lib/partners/service';
import { resetDb } from '../support/db';
import { registrationInput } from '../support/service-helpers';

// The outbox sender against a real SMTP server started here.
type Received = { envelopeTo: string[]; to: string; from: string; fromName: string; subject: string; html: string; text: string };

const received: Received[] = [];
let rejectRecipients = false;
/** Addresses the server refuses even when rejectRecipients is off. */
const unknownMailboxes = new Set<string>();
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let smtpUrl: string;

const SECOND = 1000;
const HOUR = 60 * 60 * SECOND;

beforeAll(async () => {
  smtp = await startSmtpServer({
    onRcptTo(address, _session, callback) {
      if (rejectRecipients || unknownMailboxes.has(address.address))
        return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            to: Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? ''),
            from: mail.from?.value[0]?.address ?? '',
            fromName: mail.from?.value[0]?.name ?? '',
            subject: mail.subject ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            text: mail.text ?? '',
          });
          callback();
        })
        .catch(callback);
    },
  });
  smtpUrl = smtp.url;
});

afterAll(async () => {
  await smtp.close();
  await prisma.$disconnect();
});

beforeEach(async () => {
  await resetDb();
  received.length = 0;
  rejectRecipients = false;
  unknownMailboxes.clear();
});

/** A port on which nothing listens. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

let n = 0;
function enqueue(overrides: Partial<{ to: string; subject: string; html: string; text: string; nextAttemptAt: Date }> = {}) {
  n++;
  return prisma.outboxMessage.create({
    data: {
      to: `ontvanger${n}@voorbeeld.nl`,
      subject: `Onderwerp ${n}`,
      template: 'Test',
      html: `<p>Bericht <strong>${n}</strong></p>`,
      text: `Bericht ${n}`,
      nextAttemptAt: new Date(Date.now() - 60 * SECOND),
      ...overrides,
    },
  });
}

const row = (id: string) => prisma.outboxMessage.findUniqueOrThrow({ where: { id } });

describe('backoffMs', () => {
  test('starts at 30 s and doubles', () => {
    expect(backoffMs(1)).toBe(30 * SECOND);
    expect(backoffMs(2)).toBe(60 * SECOND);
    expect(backoffMs(3)).toBe(120 * SECOND);
    for (let a = 1; a < 7; a++) expect(backoffMs(a + 1)).toBeGreaterThan(backoffMs(a));
  });
  test('is capped at 1 hour', () => {
    expect(backoffMs(8)).toBe(HOUR);
    expect(backoffMs(MAX_ATTEMPTS)).toBeLessThanOrEqual(HOUR);
    expect(backoffMs(20)).toBe(HOUR);
    expect(backoffMs(100)).toBe(HOUR);
    for (let a = 1; a < 50; a++) expect(backoffMs(a + 1)).toBeGreaterThanOrEqual(backoffMs(a));
  });
});

describe('deliverDueMail', () => {
  test('delivers pending mail over SMTP and marks it SENT', async () => {
    const a = await enqueue({
      to: 'sanne@voorbeeld.nl',
      subject: 'Eerste bericht',
      html: '<p>Hallo <a href="https://dordtpas.nl/x">Sanne</a></p>',
      text: 'Hallo Sanne',
    });
    const b = await enqueue({ to: 'piet@voorbeeld.nl', subject: 'Tweede bericht' });

    const report = await deliverDueMail({ smtpUrl });
    expect(report).toEqual({ sent: 2, failed: 0 });

    expect(received).toHaveLength(2);
    const toSanne = received.find((m) => m.to === 'sanne@voorbeeld.nl');
    expect(toSanne).toMatchObject({
      envelopeTo: ['sanne@voorbeeld.nl'],
      subject: 'Eerste bericht',
      from: 'noreply@dordtpas.nl',
      fromName: 'Dordtpas',
    });
    expect(toSanne!.html).toContain('<a href="https://dordtpas.nl/x">Sanne</a>');
    expect(toSanne!.text).toContain('Hallo Sanne');
    expect(received.find((m) => m.to === 'piet@voorbeeld.nl')?.subject).toBe('Tweede bericht');

    for (const id of [a.id, b.id]) {
      const r = await row(id);
      // Once delivered, the body is dropped: it may hold a working confirmation or reset link.
      expect(r).toMatchObject({ status: 'SENT', attempts: 1, lastError: null, html: '', text: '' });
      expect(r.sentAt).toBeInstanceOf(Date);
    }

    // Nothing is sent twice.
    expect(await deliverDueMail({ smtpUrl })).toEqual({ sent: 0, failed: 0 });
    expect(received).toHaveLength(2);
  });

  test('the confirmation mail of a registration arrives with its link', async () => {
    const input = registrationInput();
    const result = await registerPartner(input);
    expect(result.ok).toBe(true);

    expect(await deliverDueMail({ smtpUrl })).toEqual({ sent: 1, failed: 0 });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ to: input.email, subject: nl.mail.confirmSubject });
    expect(received[0].html).toMatch(/http:\/\/localhost:3000\/aanmelden\/bevestigen\?token=[A-Za-z0-9_-]{20,}/);
    expect(received[0].text).toContain('/aanmelden/bevestigen?token=');
    expect((await prisma.outboxMessage.findFirstOrThrow()).status).toBe('SENT');
  });

  test('mail that is not yet due is left alone', async () => {
    const later = await enqueue({ nextAttemptAt: new Date(Date.now() + HOUR) });
    expect(await deliverDueMail({ smtpUrl })).toEqual({ sent: 0, failed: 0 });
    expect(received).toHaveLength(0);
    expect(await row(later.id)).toMatchObject({ status: 'PENDING', attempts: 0, html: later.html });
  });

  test('a rejected message stays PENDING, is retried after the backoff and then delivered', async () => {
    const msg = await enqueue({ to: 'fout@voorbeeld.nl' });
    const t0 = new Date();
    rejectRecipients = true;

    expect(await deliverDueMail({ smtpUrl, now: () => t0 })).toEqual({ sent: 0, failed: 1 });
    expect(received).toHaveLength(0);
    let r = await row(msg.id);
    expect(r).toMatchObject({ status: 'PENDING', attempts: 1, sentAt: null, html: msg.html, text: msg.text });
    expect(r.lastError).toMatch(/550|Mailbox unavailable|rejected/i);
    expect(r.nextAttemptAt.getTime()).toBe(t0.getTime() + backoffMs(1));

    // Before nextAttemptAt: nothing is tried (even though the server would accept now).
    rejectRecipients = false;
    expect(await deliverDueMail({ smtpUrl, now: () => new Date(t0.getTime() + backoffMs(1) - SECOND) })).toEqual({ sent: 0, failed: 0 });
    expect(received).toHaveLength(0);
    expect((await row(msg.id)).attempts).toBe(1);

    // After nextAttemptAt, with the server accepting again: delivered.
    const t1 = new Date(t0.getTime() + backoffMs(1) + SECOND);
    expect(await deliverDueMail({ smtpUrl, now: () => t1 })).toEqual({ sent: 1, failed: 0 });
    expect(received.map((m) => m.to)).toEqual(['fout@voorbeeld.nl']);
    r = await row(msg.id);
    expect(r).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
    expect(r.sentAt).toEqual(t1);
  });

  test('an unreachable SMTP server counts as a failed attempt', async () => {
    const msg = await enqueue();
    const t0 = new Date();
    const report = await deliverDueMail({ smtpUrl: `smtp://127.0.0.1:${await closedPort()}`, now: () => t0 });
    expect(report).toEqual({ sent: 0, failed: 1 });
    const r = await row(msg.id);
    expect(r).toMatchObject({ status: 'PENDING', attempts: 1, sentAt: null });
    expect(r.lastError).toBeTruthy();
    expect(r.nextAttemptAt.getTime()).toBe(t0.getTime() + backoffMs(1));

    // The real server is back: the message goes out after the backoff.
    expect(await deliverDueMail({ smtpUrl, now: () => new Date(t0.getTime() + backoffMs(1)) })).toEqual({ sent: 1, failed: 0 });
    expect(received).toHaveLength(1);
  });

  test(`after ${MAX_ATTEMPTS} failures a message is FAILED, kept, and no longer tried`, async () => {
    const msg = await enqueue();
    rejectRecipients = true;
    let t = Date.now();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const at = new Date(t);
      expect(await deliverDueMail({ smtpUrl, now: () => at })).toEqual({ sent: 0, failed: 1 });
      const r = await row(msg.id);
      expect(r.attempts).toBe(attempt);
      expect(r.status).toBe(attempt < MAX_ATTEMPTS ? 'PENDING' : 'FAILED');
      expect(r.nextAttemptAt.getTime()).toBe(t + backoffMs(attempt));
      expect(r.lastError).toBeTruthy();
      t += backoffMs(attempt);
    }
    rejectRecipients = false;
    expect(await deliverDueMail({ smtpUrl, now: () => new Date(t + 24 * HOUR) })).toEqual({ sent: 0, failed: 0 });
    expect(received).toHaveLength(0);
    expect(await row(msg.id)).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS, sentAt: null, html: msg.html, text: msg.text });
  });

  test('one failing message does not hold up the others', async () => {
    const bad = await enqueue({ to: 'fout@voorbeeld.nl', nextAttemptAt: new Date(Date.now() - 120 * SECOND) });
    const good = await enqueue({ to: 'goed@voorbeeld.nl' });
    unknownMailboxes.add('fout@voorbeeld.nl');
    expect(await deliverDueMail({ smtpUrl })).toEqual({ sent: 1, failed: 1 });
    expect(received.map((m) => m.to)).toEqual(['goed@voorbeeld.nl']);
    expect((await row(bad.id)).status).toBe('PENDING');
    expect((await row(good.id)).status).toBe('SENT');
  });

  test('without an SMTP URL nothing is sent and mail stays PENDING', async () => {
    const msg = await enqueue();
    expect(process.env.SMTP_URL).toBe('');
    expect(await deliverDueMail()).toEqual({ sent: 0, failed: 0 });
    expect(await deliverDueMail({ smtpUrl: '' })).toEqual({ sent: 0, failed: 0 });
    expect(received).toHaveLength(0);
    expect(await row(msg.id)).toMatchObject({ status: 'PENDING', attempts: 0, lastError: null, sentAt: null });
  });

  test('simultaneous delivery rounds send each message once', async () => {
    for (let i = 0; i < 5; i++) await enqueue();
    const reports = await Promise.all([deliverDueMail({ smtpUrl }), deliverDueMail({ smtpUrl }), deliverDueMail({ smtpUrl })]);
    expect(reports.every((r) => r.failed === 0)).toBe(true);
    expect(received).toHaveLength(5);
    expect(new Set(received.map((m) => m.to)).size).toBe(5);
    expect(await prisma.outboxMessage.count({ where: { status: 'SENT' } })).toBe(5);
  });

  test('a large backlog is delivered over successive rounds, none lost', async () => {
    for (let i = 0; i < 22; i++) await enqueue();
    let sent = 0;
    for (let round = 0; round < 5 && sent < 22; round++) sent += (await deliverDueMail({ smtpUrl })).sent;
    expect(sent).toBe(22);
    expect(received).toHaveLength(22);
    expect(await prisma.outboxMessage.count({ where: { status: 'SENT' } })).toBe(22);
  });
});
