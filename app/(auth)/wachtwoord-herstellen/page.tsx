import type { Metadata } from 'next';
import Link from 'next/link';
import { PageMain } from '@/components/layout/SiteHeader';
import { Alert } from '@/components/ui/Alert';
import { ActionForm } from '@/components/ui/ActionForm';
import { portalText } from '@/lib/i18n/request';
import { tokenParam } from '@/lib/forms';
import { checkResetToken } from '@/lib/accounts/service';
import { resetPasswordAction } from '@/lib/accounts/actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await portalText()).reset.pageTitle, robots: { index: false }, referrer: 'no-referrer' };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const token = await tokenParam(searchParams);
  const check = token ? await checkResetToken(token) : ({ ok: false } as const);
  const messages = await portalText();
  const t = messages.reset;
  const f = messages.registration.fields;
  return (
    <PageMain narrow>
      <h1 className="text-3xl font-bold">{t.title}</h1>
      {check.ok ? (
        <div className="max-w-md">
          <ActionForm
            action={resetPasswordAction}
            hidden={{ token }}
            fields={[
              { name: 'password', label: f.password, type: 'password', autoComplete: 'new-password', hint: f.passwordHelp },
              { name: 'passwordRepeat', label: f.passwordRepeat, type: 'password', autoComplete: 'new-password' },
            ]}
            submit={t.button}
            pending={messages.app.saving}
          />
        </div>
      ) : (
        <div className="mt-6 space-y-4">
          <Alert kind="error">{t.invalid}</Alert>
          <Link href="/wachtwoord-vergeten">
            {t.requestTitle}: {t.newLink}
          </Link>
        </div>
      )}
    </PageMain>
  );
}
