'use client';

import { useActionState } from 'react';
import { nl } from '@/lib/i18n/nl';
import { initialFormState } from '@/lib/forms';
import { setPhotoAction } from '@/lib/partners/actions';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { PhotoUpload } from '@/components/photo/PhotoUpload';

/** Choose a new photo (or remove it) and save it for the organisation. */
export function PhotoForm({ version }: { version: number }) {
  const [state, formAction] = useActionState(setPhotoAction, initialFormState);
  return (
    <form key={state.values.version ?? version} action={formAction} className="mt-4 space-y-4">
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      <input type="hidden" name="version" value={state.values.version ?? version} />
      <PhotoUpload label={nl.photo.replace} errors={state.fieldErrors.photo} />
      <SubmitButton pendingText={nl.partnerHome.saving} secondary>
        {nl.photo.save}
      </SubmitButton>
    </form>
  );
}
