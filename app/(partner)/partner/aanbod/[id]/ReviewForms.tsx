'use client';

import { useActionState } from 'react';
import { initialFormState } from '@/lib/forms';
import { approveAction, commentAction } from '@/lib/offers/actions';
import { COMMENT_MAX } from '@/lib/offers/schema';
import { TextArea } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/Button';
import { Alert, FormMessage } from '@/components/ui/Alert';
import { OfferVersionFields } from '@/components/ui/OfferVersionFields';
import { usePortalText } from '@/components/i18n/PortalLocale';

/** Approve exactly this version, or say what should change ("Ik ga nog niet akkoord …"). */
export function ReviewForms({ offerId, version, waiting }: { offerId: string; version: number; waiting: boolean }) {
  const t = usePortalText().offer.partner;
  const [approved, approve] = useActionState(approveAction, initialFormState);
  const [commented, comment] = useActionState(commentAction, initialFormState);
  // After approving or commenting the page reloads without the request; the confirmation stays.
  const done = approved.ok || commented.ok;
  return (
    <div className="space-y-4">
      <div className="space-y-2">
        <FormMessage state={approved} />
        <FormMessage state={commented} />
        {!done && !waiting ? <Alert kind="info">{t.notWaiting}</Alert> : null}
      </div>
      {done || !waiting ? null : (
        <>
          <form action={approve}>
            <OfferVersionFields offerId={offerId} version={version} />
            <SubmitButton pendingText={t.approving}>{t.approve}</SubmitButton>
          </form>
          <details
            open={Boolean(commented.fieldErrors.comment || commented.values.comment)}
            className="rounded-lg border border-line/50 bg-white p-4"
          >
            <summary className="cursor-pointer font-semibold text-brand">{t.disagree}</summary>
            <form action={comment} noValidate className="mt-3 space-y-3">
              <OfferVersionFields offerId={offerId} version={version} />
              <TextArea
                name="comment"
                label={t.commentLabel}
                hint={t.commentHelp}
                required
                rows={5}
                maxLength={COMMENT_MAX}
                defaultValue={commented.values.comment}
                errors={commented.fieldErrors.comment}
              />
              <SubmitButton pendingText={t.sending} secondary>
                {t.sendComment}
              </SubmitButton>
            </form>
          </details>
        </>
      )}
    </div>
  );
}
