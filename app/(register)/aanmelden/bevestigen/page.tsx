import type { Metadata } from 'next';
import { PageMain } from '@/components/layout/SiteHeader';
import { Alert } from '@/components/ui/Alert';
import { ActionForm, EmailLinkForm } from '@/components/ui/ActionForm';
import { portalText } from '@/lib/i18n/request';
import { tokenParam } from '@/lib/forms';
import { checkConfirmationToken } from '@/lib/accounts/service';
import { confirmAction, resendConfirmationAction } from '@/lib/accounts/actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await portalText();
  return { title: t.confirm.title, robots: { index: false }, referrer: 'no-referrer' };
}

// The link in the mail opens this page; the token is used only when the partner presses the
// button, so that mail scanners that open links do not use it up (docs/decisions/0003).
export default async function ConfirmPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const token = await tokenParam(searchParams);
  const check = token ? await checkConfirmationToken(token) : ({ ok: false } as const);
  const messages = await portalText();
  const t = messages.confirm;
  return (
    <PageMain narrow>
      <h1 className="text-3xl font-bold">{t.title}</h1>
      {check.ok ? (
        <>
          <p className="mt-4">{t.intro}</p>
          <ActionForm
            action={confirmAction}
            fields={[]}
            hidden={{ token }}
            submit={t.button}
            pending={messages.ownData.email.confirm.pending}
          />
        </>
      ) : (
        <>
          <div className="mt-6">
            <Alert kind="error">{t.invalid}</Alert>
          </div>
          <h2 className="mt-8 text-xl font-bold">{t.resendTitle}</h2>
          <p className="mt-2">{t.resendIntro}</p>
          <EmailLinkForm action={resendConfirmationAction} submit={t.resendButton} />
        </>
      )}
    </PageMain>
  );
}
