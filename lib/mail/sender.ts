import nodemailer, { type Transporter } from 'nodemailer';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';

// Delivers the outbox over SMTP. Failures are retried with exponential backoff; after MAX_ATTEMPTS
// a message is marked FAILED but kept (and can be resent), never deleted.
export const MAX_ATTEMPTS = 8;
const BATCH = 20;

/**
 * One Message-ID per outbox row, the same on every attempt. Sending and marking as sent can't be one
 * step: a crash between SMTP accepting a message and the row becoming SENT sends it again later.
 * With the same Message-ID, mail servers and clients treat the second copy as the same message and
 * show it once (at-most-once visible).
 */
export function messageIdFor(outboxId: string, mailFrom: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(mailFrom)?.[1] ?? 'dordtpas.nl';
  return `<outbox.${outboxId}@${domain}>`;
}

export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** (attempts - 1), 60 * 60 * 1000); // 30 s, 1 min, 2 min, … at most 1 h
}

const transporters = new Map<string, Transporter>();
function transport(smtpUrl: string): Transporter {
  let t = transporters.get(smtpUrl);
  if (!t) transporters.set(smtpUrl, (t = nodemailer.createTransport(smtpUrl)));
  return t;
}

export type DeliveryReport = { sent: number; failed: number };

let running: Promise<DeliveryReport> | undefined;

/** Sends what is due. Without SMTP_URL there is nothing to do: mail stays in the outbox (see /dev/mail). */
export function deliverDueMail(opts: DeliveryOptions = {}): Promise<DeliveryReport> {
  // One delivery round at a time per process; a second call joins the running one.
  running ??= deliver(opts).finally(() => (running = undefined));
  return running;
}

type DeliveryOptions = { now?: () => Date; smtpUrl?: string };

async function deliver({ now = () => new Date(), smtpUrl }: DeliveryOptions): Promise<DeliveryReport> {
  const SMTP_URL = smtpUrl ?? env().SMTP_URL;
  const { MAIL_FROM } = env();
  const report = { sent: 0, failed: 0 };
  if (!SMTP_URL) return report;
  const due = await prisma.outboxMessage.findMany({
    where: { status: 'PENDING', nextAttemptAt: { lte: now() } },
    orderBy: { createdAt: 'asc' },
    take: BATCH,
  });
  for (const message of due) {
    // Claim the message, so that two processes never send it twice.
    const claim = await prisma.outboxMessage.updateMany({
      where: { id: message.id, status: 'PENDING', attempts: message.attempts },
      data: { attempts: { increment: 1 }, nextAttemptAt: new Date(now().getTime() + backoffMs(message.attempts + 1)) },
    });
    if (claim.count !== 1) continue;
    try {
      await transport(SMTP_URL).sendMail({
        from: MAIL_FROM,
        to: message.to,
        subject: message.subject,
        html: message.html,
        text: message.text,
        messageId: messageIdFor(message.id, MAIL_FROM),
      });
      // Once delivered, the body goes: it may hold a working confirmation or reset link.
      await prisma.outboxMessage.update({
        where: { id: message.id },
        data: { status: 'SENT', sentAt: now(), lastError: null, html: '', text: '' },
      });
      report.sent++;
    } catch (error) {
      const attempts = message.attempts + 1;
      await prisma.outboxMessage.update({
        where: { id: message.id },
        data: {
          lastError: String(error instanceof Error ? error.message : error).slice(0, 1000),
          status: attempts >= MAX_ATTEMPTS ? 'FAILED' : 'PENDING',
        },
      });
      report.failed++;
    }
  }
  return report;
}

/** Starts sending right away without making the caller wait; the periodic worker catches what this misses. */
export function kickMailer(): void {
  deliverDueMail().catch((error) => console.error('[mail] delivery round failed', error));
}
