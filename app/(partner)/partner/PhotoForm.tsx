'use client';

import { useActionState } from 'react';
import { nl } from '@/lib/i18n/nl';
import { initialFormState } from '@/lib/forms';
import { setPhotoAction } from '@/lib/partners/actions';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { PhotoUpload } from '@/components/photo/PhotoUpload';

/** Choose and save a new photo for the organisation, or remove the current one. */
export function PhotoForm({ version, hasPhoto }: { version: number; hasPhoto: boolean }) {
  const [state, formAction] = useActionState(setPhotoAction, initialFormState);
  const current = state.values.version ?? String(version);
  return (
    <div className="mt-4 space-y-4">
      <FormMessage state={state} />
      <form key={current} action={formAction} className="space-y-4">
        <input type="hidden" name="version" value={current} />
        <PhotoUpload label={hasPhoto ? nl.photo.replace : nl.photo.choose} optional={false} errors={state.fieldErrors.photo} />
        <SubmitButton pendingText={nl.partnerHome.saving} secondary>
          {nl.photo.save}
        </SubmitButton>
      </form>
      {hasPhoto ? (
        <form action={formAction}>
          <input type="hidden" name="version" value={current} />
          <input type="hidden" name="remove" value="on" />
          <SubmitButton pendingText={nl.partnerHome.saving} secondary>
            {nl.photo.remove}
          </SubmitButton>
        </form>
      ) : null}
    </div>
  );
}
