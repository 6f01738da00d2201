'use client';

import { useActionState } from 'react';
import { usePortalText } from '@/components/i18n/PortalLocale';
import { initialFormState } from '@/lib/forms';
import { addReasonAction, changeReasonAction, reasonCommandAction } from '@/lib/rejections/actions';
import { REJECTION_KINDS } from '@/lib/rejections/schema';
import { DisclosureForm } from '@/components/ui/DisclosureForm';
import { RadioGroup, TextField } from '@/components/ui/Field';
import { FormMessage } from '@/components/ui/Alert';
import { SubmitButton, secondaryButtonClass } from '@/components/ui/Button';

/** A new reason: which list, and its text. */
export function AddReasonForm() {
  const [state, action] = useActionState(addReasonAction, initialFormState);
  const r = usePortalText().reject.reasons;
  // A new form after each addition: empty again for the next one.
  const key = state.ok ? state.message : 'form';
  return (
    <form key={key} action={action} noValidate className="mt-3 max-w-2xl space-y-4">
      <FormMessage state={state} />
      <RadioGroup
        name="kind"
        label={r.kind}
        required
        options={REJECTION_KINDS.map((kind) => ({ value: kind, label: r.kindOptions[kind] }))}
        value={state.ok ? undefined : state.values.kind}
        errors={state.fieldErrors.kind}
      />
      <TextField
        id="newReasonText"
        name="text"
        label={r.text}
        hint={r.textHint}
        required
        maxLength={300}
        defaultValue={state.ok ? '' : state.values.text}
        errors={state.fieldErrors.text}
      />
      <SubmitButton pendingText={r.adding}>{r.add}</SubmitButton>
    </form>
  );
}

/** One reason of a list: its text (changed behind a disclosure), up, down, archive. */
export function ReasonItem({ id, text, first, last }: { id: string; text: string; first: boolean; last: boolean }) {
  const [state, action] = useActionState(reasonCommandAction, initialFormState);
  const r = usePortalText().reject.reasons;
  const fieldId = `reasonText-${id}`;
  return (
    <div className="space-y-3">
      <p id={`reason-${id}`} className="font-semibold">
        {text}
      </p>
      <form action={action} className="space-y-2">
        <FormMessage state={state} />
        <input type="hidden" name="reasonId" value={id} />
        <div className="flex flex-wrap gap-2">
          {/* Each button names the reason it moves: a list has many "Omhoog"s. */}
          {first ? null : (
            <button type="submit" name="intent" value="up" className={secondaryButtonClass} aria-label={`${r.up}: ${text}`}>
              {r.up}
            </button>
          )}
          {last ? null : (
            <button type="submit" name="intent" value="down" className={secondaryButtonClass} aria-label={`${r.down}: ${text}`}>
              {r.down}
            </button>
          )}
          <button type="submit" name="intent" value="archive" className={secondaryButtonClass} aria-label={`${r.archive}: ${text}`}>
            {r.archive}
          </button>
        </div>
      </form>
      <DisclosureForm
        action={changeReasonAction}
        texts={{ open: r.edit, button: r.save, pending: r.saving }}
        about={text}
        formClassName="mt-3 max-w-2xl space-y-3"
      >
        {(edit) => (
          <>
            <input type="hidden" name="reasonId" value={id} />
            <input type="hidden" name="seen" value={text} />
            <TextField
              id={fieldId}
              name="text"
              label={r.text}
              required
              maxLength={300}
              defaultValue={edit.values.text ?? text}
              errors={edit.fieldErrors.text}
            />
          </>
        )}
      </DisclosureForm>
    </div>
  );
}
