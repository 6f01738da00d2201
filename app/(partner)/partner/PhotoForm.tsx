'use client';

import { useActionState } from 'react';
import { initialFormState } from '@/lib/forms';
import { setPhotoAction } from '@/lib/partners/actions';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { PhotoUpload } from '@/components/photo/PhotoUpload';
import { usePortalText } from '@/components/i18n/PortalLocale';

/** Choose and save a new photo for the organisation, or remove the current one. */
export function PhotoForm({ version, hasPhoto }: { version: number; hasPhoto: boolean }) {
  const t = usePortalText();
  const [state, formAction] = useActionState(setPhotoAction, initialFormState);
  const current = state.values.version ?? String(version);
  return (
    <div className="mt-4 space-y-4">
      <FormMessage state={state} />
      <form key={current} action={formAction} className="space-y-4">
        <input type="hidden" name="version" value={current} />
        <PhotoUpload label={hasPhoto ? t.photo.replace : t.photo.choose} optional={false} errors={state.fieldErrors.photo} />
        <SubmitButton pendingText={t.partnerHome.saving} secondary>
          {t.photo.save}
        </SubmitButton>
      </form>
      {hasPhoto ? (
        <form action={formAction}>
          <input type="hidden" name="version" value={current} />
          <input type="hidden" name="remove" value="on" />
          <SubmitButton pendingText={t.partnerHome.saving} secondary>
            {t.photo.remove}
          </SubmitButton>
        </form>
      ) : null}
    </div>
  );
}
