'use client';

import { useActionState } from 'react';
import { initialFormState } from '@/lib/forms';
import { closePartnershipAction } from '@/lib/partners/close-actions';
import { closeSchema } from '@/lib/partners/schema';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { Checkbox, TextArea, fieldBinder } from '@/components/ui/Field';
import { useFormFeedback } from '@/components/ui/useFormFeedback';
import { usePortalText } from '@/components/i18n/PortalLocale';

/**
 * "Samenwerking beëindigen", for the beheerder: behind a disclosure, with what it does, a link to the
 * download first, and a box to tick, so that no single press ends the partnership.
 */
export function ClosePartnership({ retentionDays, exportHref }: { retentionDays: number; exportHref: string }) {
  const t = usePortalText().close;
  const [state, action] = useActionState(closePartnershipAction, initialFormState);
  const { formRef, formKey, errors, onChange, onSubmit } = useFormFeedback(closeSchema, state);
  const field = fieldBinder(state.values, errors);
  const failed = !state.ok && (Boolean(state.message) || Object.keys(state.fieldErrors).length > 0);
  return (
    <details className="mt-6 border-t border-line/50 pt-4" open={failed}>
      <summary className="cursor-pointer font-semibold text-brand">{t.open}</summary>
      <form
        key={formKey}
        ref={formRef}
        action={action}
        onSubmit={onSubmit}
        onChange={onChange}
        noValidate
        className="mt-3 max-w-xl space-y-4"
      >
        <FormMessage state={state} />
        <p className="font-semibold text-danger">{t.warning}</p>
        <div>
          <p>{t.what}</p>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {t.consequences(retentionDays).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
        <p>
          {t.downloadFirst} <a href={exportHref}>{t.download}</a>
        </p>
        <Checkbox name="confirm" label={t.confirm} required defaultChecked={state.values.confirm === 'on'} errors={errors.confirm} />
        <TextArea {...field('reason')} label={t.reason} hint={t.reasonHint} rows={3} maxLength={1000} />
        <SubmitButton pendingText={t.pending}>{t.button}</SubmitButton>
      </form>
    </details>
  );
}
