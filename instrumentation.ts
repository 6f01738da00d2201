// Runs once when the server starts: background work that must not wait for a request.
//  - the mail worker retries the outbox with backoff (only with SMTP_URL);
//  - photos that were uploaded but never attached are removed after a day;
//  - partners are told once when a discount action has ended (the site hides it by date anyway).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const every = (ms: number, job: () => Promise<unknown>, label: string) =>
    setInterval(() => job().catch((error) => console.error(`[${label}] failed`, error)), ms).unref();

  if (process.env.SMTP_URL) {
    const { deliverDueMail } = await import('@/lib/mail/sender');
    every(15_000, () => deliverDueMail(), 'mail');
  }
  const { cleanupUnusedPhotos } = await import('@/lib/photos/service');
  every(60 * 60 * 1000, () => cleanupUnusedPhotos(), 'photos');
  const { sendExpiryNotices } = await import('@/lib/actions/expiry');
  every(60 * 60 * 1000, () => sendExpiryNotices(), 'expiry');
}
