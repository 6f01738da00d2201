'use client';

import { useActionState, type ReactNode } from 'react';
import type { z } from 'zod';
import { initialFormState, type FieldErrors, type FormState } from '@/lib/forms';
import { addNoteAction, deactivateAction, reactivateAction } from '@/lib/partners/record-actions';
import { deactivateSchema, noteSchema, reactivateSchema } from '@/lib/partners/schema';
import { SubmitButton } from '@/components/ui/Button';
import { FormMessage } from '@/components/ui/Alert';
import { Checkbox, TextArea } from '@/components/ui/Field';
import { useFormFeedback } from '@/components/ui/useFormFeedback';
import { usePortalText } from '@/components/i18n/PortalLocale';

/** A new internal note: for the editors only. The box is empty again after saving. */
export function NoteForm({ organisationId }: { organisationId: string }) {
  const [state, action] = useActionState(addNoteAction, initialFormState);
  const t = usePortalText().record;
  const { formRef, formKey, errors, onChange, onSubmit } = useFormFeedback(noteSchema, state);
  return (
    <form key={formKey} ref={formRef} action={action} onSubmit={onSubmit} onChange={onChange} noValidate className="mt-3 space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <TextArea
        name="text"
        id="note-text"
        label={t.notes.label}
        hint={t.notes.intro}
        required
        rows={3}
        maxLength={2000}
        defaultValue={state.values.text}
        errors={errors.text}
      />
      <SubmitButton pendingText={t.notes.pending} secondary>
        {t.notes.button}
      </SubmitButton>
    </form>
  );
}

type Target = { organisationId: string; version: number };
type Form = { state: FormState; action: (formData: FormData) => void };

/**
 * Deactivate (a confirmed partner) or make active again (a deactivated one), behind a disclosure:
 * deactivating needs a reason and a ticked box, so that no single press takes a partner offline. Both
 * answers live here, so that the confirmation stays when the page comes back with the other form.
 */
export function StatusForm({ organisationId, version, inactive }: Target & { inactive: boolean }) {
  const [deactivated, deactivate] = useActionState(deactivateAction, initialFormState);
  const [reactivated, reactivate] = useActionState(reactivateAction, initialFormState);
  const target = { organisationId, version };
  return inactive ? (
    <>
      {deactivated.ok ? <FormMessage state={deactivated} /> : null}
      <ReactivateForm {...target} state={reactivated} action={reactivate} />
    </>
  ) : (
    <>
      {reactivated.ok ? <FormMessage state={reactivated} /> : null}
      <DeactivateForm {...target} state={deactivated} action={deactivate} />
    </>
  );
}

const failed = (state: FormState) => !state.ok && (Boolean(state.message) || Object.keys(state.fieldErrors).length > 0);

/** The disclosure and form both share: the organisation and the version the editor saw, the answer at the top. */
function StatusDisclosure({
  organisationId,
  version,
  state,
  action,
  schema,
  summary,
  button,
  pending,
  children,
}: Target &
  Form & {
    schema: z.ZodType;
    summary: string;
    button: string;
    pending: string;
    children: (errors: FieldErrors) => ReactNode;
  }) {
  const { formRef, formKey, errors, onChange, onSubmit } = useFormFeedback(schema, state);
  return (
    <details className="mt-3" open={failed(state)}>
      <summary className="cursor-pointer font-semibold text-brand">{summary}</summary>
      <form key={formKey} ref={formRef} action={action} onSubmit={onSubmit} onChange={onChange} noValidate className="mt-3 space-y-4">
        <FormMessage state={state.ok ? initialFormState : state} />
        <input type="hidden" name="organisationId" value={organisationId} />
        <input type="hidden" name="version" value={version} />
        {children(errors)}
        <SubmitButton pendingText={pending}>{button}</SubmitButton>
      </form>
    </details>
  );
}

function DeactivateForm(props: Target & Form) {
  const d = usePortalText().record.deactivate;
  const { state } = props;
  return (
    <StatusDisclosure {...props} schema={deactivateSchema} summary={d.open} button={d.button} pending={d.pending}>
      {(errors) => (
        <>
          <div>
            <p>{d.what}</p>
            <ul className="mt-1 list-disc space-y-1 pl-6">
              {d.consequences.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
          <TextArea
            name="reason"
            id="deactivate-reason"
            label={d.reason}
            required
            rows={3}
            maxLength={1000}
            defaultValue={state.values.reason}
            errors={errors.reason}
          />
          <Checkbox name="confirm" label={d.confirm} required defaultChecked={state.values.confirm === 'on'} errors={errors.confirm} />
        </>
      )}
    </StatusDisclosure>
  );
}

function ReactivateForm(props: Target & Form) {
  const r = usePortalText().record.reactivate;
  return (
    <StatusDisclosure {...props} schema={reactivateSchema} summary={r.open} button={r.button} pending={r.pending}>
      {(errors) => (
        <>
          <p>{r.what}</p>
          <TextArea
            name="reason"
            id="reactivate-reason"
            label={r.reason}
            rows={3}
            maxLength={1000}
            defaultValue={props.state.values.reason}
            errors={errors.reason}
          />
        </>
      )}
    </StatusDisclosure>
  );
}
