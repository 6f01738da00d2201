// Runs once when the server starts: the mail worker that retries the outbox with backoff.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || !process.env.SMTP_URL) return;
  const { deliverDueMail } = await import('@/lib/mail/sender');
  const timer = setInterval(() => {
    deliverDueMail().catch((error) => console.error('[mail] delivery round failed', error));
  }, 15_000);
  timer.unref();
}
