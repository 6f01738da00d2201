import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

// Label, control, hint and error in one: the error is linked with aria-describedby and the control
// is marked aria-invalid, so screen readers read it out and focus can jump to it.

type Common = {
  name: string;
  /** The control's id (and its hint's and error's), when one page has the same field in several forms; default: the name. */
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  required?: boolean;
  className?: string;
  /** Width of the control itself, e.g. 'max-w-56' for a short number. */
  inputClassName?: string;
};

export function describedBy(name: string, hint: unknown, errors?: string[]) {
  const ids = [errors?.length ? `${name}-error` : null, hint ? `${name}-hint` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldMessages({ name, hint, errors }: { name: string; hint?: ReactNode; errors?: string[] }) {
  return (
    <>
      {hint ? (
        <p id={`${name}-hint`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${name}-error`} className="mt-1 text-sm font-semibold text-danger">
          {errors.join(' ')}
        </p>
      ) : null}
    </>
  );
}

/** The star for required fields stands beside the label, so the label itself reads just the name. */
export function Label({ htmlFor, required, children }: { htmlFor: string; required?: boolean; children: ReactNode }) {
  return (
    <div className="font-semibold">
      <label htmlFor={htmlFor}>{children}</label>
      {required ? <span aria-hidden="true"> *</span> : null}
    </div>
  );
}

const control = 'mt-1 block w-full rounded-md border-2 border-line bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-danger';

/** What ties a control to its label, hint and error: id and name, required, aria-invalid, aria-describedby. */
function controlProps({ name, id = name, hint, errors, required }: Pick<Common, 'name' | 'id' | 'hint' | 'errors' | 'required'>) {
  return {
    id,
    name,
    required,
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': describedBy(id, hint, errors),
  } as const;
}

/** Label above, the control, then its hint and error (unless the caller shows them elsewhere). */
function Labelled({
  name,
  id = name,
  label,
  hint,
  errors,
  required,
  className,
  messages = true,
  children,
}: Common & { messages?: boolean; children: ReactNode }) {
  return (
    <div className={className}>
      <Label htmlFor={id} required={required}>
        {label}
      </Label>
      {children}
      {messages ? <FieldMessages name={id} hint={hint} errors={errors} /> : null}
    </div>
  );
}

/** A field's own props apart from the control's attributes. */
function splitCommon<P extends Common>({ name, id, label, hint, errors, required, className, inputClassName: _width, ...rest }: P) {
  return [{ name, id, label, hint, errors, required, className }, rest] as const;
}

type TextFieldProps = Common &
  InputHTMLAttributes<HTMLInputElement> & {
    /** The caller shows hint and errors (with these ids) elsewhere, e.g. under a row of fields. */
    messagesElsewhere?: boolean;
  };

export function TextField({ inputClassName = '', messagesElsewhere, ...props }: TextFieldProps) {
  const [common, rest] = splitCommon(props);
  return (
    <Labelled {...common} messages={!messagesElsewhere}>
      <input {...controlProps(common)} className={`${control} ${inputClassName}`} {...rest} />
    </Labelled>
  );
}

/** A phone number: the phone's number keyboard, filled in by the browser. */
export function PhoneField(props: TextFieldProps) {
  return <TextField type="tel" autoComplete="tel" inputClassName="max-w-72" {...props} />;
}

/** A new password (typed twice at registration): the browser may offer a strong one; never echoed back. */
export function NewPasswordField(props: TextFieldProps) {
  return <TextField type="password" autoComplete="new-password" inputClassName="max-w-96" {...props} />;
}

/** An e-mail address: the phone's e-mail keyboard, filled in by the browser. */
export function EmailField(props: TextFieldProps) {
  return <TextField type="email" autoComplete="email" {...props} />;
}

/**
 * The props that tie a field to a form's answer by name: `{...field('email')}` gives the name, what
 * was typed (or saved) and its errors.
 */
export function fieldBinder(values: Record<string, string | undefined>, errors: Record<string, string[] | undefined>) {
  return (name: string) => ({ name, defaultValue: values[name], errors: errors[name] });
}

export function TextArea({ children, ...props }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const [common, rest] = splitCommon(props);
  return (
    <Labelled {...common}>
      <textarea {...controlProps(common)} className={`${control} min-h-32`} {...rest} />
      {children}
    </Labelled>
  );
}

export function SelectField({ children, ...props }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  const [common, rest] = splitCommon(props);
  return (
    <Labelled {...common}>
      <select {...controlProps(common)} className={control} {...rest}>
        {children}
      </select>
    </Labelled>
  );
}

export function Checkbox({ name, label, hint, errors, required, className, ...rest }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className={className}>
      <div className="flex items-start gap-3">
        <input
          {...controlProps({ name, hint, errors, required })}
          type="checkbox"
          className="mt-1 size-5 shrink-0 accent-brand"
          {...rest}
        />
        <label htmlFor={name} className="min-w-0 font-semibold">
          {label}
        </label>
      </div>
      <FieldMessages name={name} hint={hint} errors={errors} />
    </div>
  );
}

/** A checkbox that shows what belongs to it only while ticked (CSS only: works without JavaScript). */
export function Reveal({ name, label, checked, children }: { name: string; label: string; checked: boolean; children: ReactNode }) {
  return (
    <div className="reveal space-y-4">
      <Checkbox className="reveal-toggle" name={name} label={label} defaultChecked={checked} />
      <div className="reveal-body">{children}</div>
    </div>
  );
}

/** How a group's options stand: boxes side by side, plain side by side, or cards under each other with a help text. */
const RADIO_LAYOUTS = {
  boxes: {
    list: 'mt-2 flex flex-wrap gap-3',
    option:
      'flex min-h-11 min-w-0 items-center gap-2 rounded-md border border-line/50 px-3 py-2 has-[:checked]:border-brand has-[:checked]:bg-brand-light',
    input: 'size-5 shrink-0 accent-brand',
  },
  inline: { list: 'mt-1 flex flex-wrap gap-x-6 gap-y-2', option: 'flex items-center gap-2', input: 'size-5 accent-brand' },
  cards: {
    list: 'mt-2 space-y-3',
    option: 'flex items-start gap-3 rounded-md border border-line/50 p-3 has-[:checked]:border-brand has-[:checked]:bg-brand-light',
    input: 'mt-1 size-5 shrink-0 accent-brand',
  },
} as const;

/** A choice of one: the legend is the question, the error is read with the group, an option's help with the option. */
export function RadioGroup({
  name,
  label,
  options,
  value: chosen,
  defaultValue,
  errors,
  required,
  className,
  layout = 'boxes',
}: {
  name: string;
  label: ReactNode;
  options: readonly { value: string; label: ReactNode; help?: ReactNode }[];
  value?: string;
  /** The same as `value`, so that `{...field('name')}` of fieldBinder binds a group as it binds a text field. */
  defaultValue?: string;
  errors?: string[];
  required?: boolean;
  className?: string;
  layout?: keyof typeof RADIO_LAYOUTS;
}) {
  const style = RADIO_LAYOUTS[layout];
  const value = chosen ?? defaultValue;
  return (
    <fieldset className={className} aria-describedby={errors?.length ? `${name}-error` : undefined}>
      <legend className="font-semibold">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </legend>
      <div className={style.list}>
        {options.map((o, i) => {
          const helpId = o.help ? `${name}-${o.value}-help` : undefined;
          return (
            <label key={o.value} className={style.option}>
              {/* The first radio carries the group's id, so the error summary can link to it. */}
              <input
                id={i === 0 ? name : undefined}
                type="radio"
                name={name}
                value={o.value}
                required={required}
                defaultChecked={value === o.value}
                aria-describedby={helpId}
                className={style.input}
              />
              {o.help ? (
                <span>
                  <span className="block font-semibold">{o.label}</span>
                  <span id={helpId} className="block text-sm text-muted">
                    {o.help}
                  </span>
                </span>
              ) : (
                o.label
              )}
            </label>
          );
        })}
      </div>
      <FieldMessages name={name} errors={errors} />
    </fieldset>
  );
}
