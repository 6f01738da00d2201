import type { Metadata } from 'next';
import Link from 'next/link';
import { PageMain } from '@/components/layout/SiteHeader';
import { Alert } from '@/components/ui/Alert';
import { ActionForm } from '@/components/ui/ActionForm';
import { portalText } from '@/lib/i18n/request';
import { tokenParam } from '@/lib/forms';
import { checkEmailChange } from '@/lib/accounts/own-account';
import { confirmEmailChangeAction } from '@/lib/accounts/own-account-actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await portalText();
  return { title: t.ownData.email.confirm.title, robots: { index: false }, referrer: 'no-referrer' };
}

// The link in the mail to the new address opens this page; the address changes only when its owner
// presses the button, so that a mail scanner opening the link changes nothing (ADR 0003, ADR 0022).
export default async function ConfirmEmailChangePage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const token = await tokenParam(searchParams);
  const check = token ? await checkEmailChange(token) : ({ ok: false } as const);
  const t = (await portalText()).ownData.email.confirm;
  return (
    <PageMain narrow>
      <h1 className="text-3xl font-bold">{t.title}</h1>
      {check.ok ? (
        <>
          <p className="mt-4">{t.intro}</p>
          {/* On a line of its own, and never hyphenated: the reader checks it letter by letter. */}
          <p className="mt-2 font-semibold hyphens-manual">{check.email}</p>
          <ActionForm action={confirmEmailChangeAction} fields={[]} hidden={{ token }} submit={t.button} pending={t.pending} />
        </>
      ) : (
        <div className="mt-6 space-y-4">
          <Alert kind="error">{t.invalid}</Alert>
          <p>
            <Link href="/inloggen">{t.login}</Link>
          </p>
        </div>
      )}
    </PageMain>
  );
}
