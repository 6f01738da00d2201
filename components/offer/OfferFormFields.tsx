import { usePortalText } from '@/components/i18n/PortalLocale';
import type { FieldErrors } from '@/lib/forms';
import { CATEGORIES } from '@/lib/partners/categories';
import { Checkbox, SelectField, TextArea, TextField, fieldBinder } from '@/components/ui/Field';
import { PhotoUpload } from '@/components/photo/PhotoUpload';
import { LOCALES, PREFIXED_LOCALES } from '@/lib/i18n/locales';

type Props = { v: Record<string, string | undefined>; errors: FieldErrors };

/** Title, text and category: what the editors write for the website. */
export function OfferTextFields({ v, errors }: Props) {
  const f = usePortalText().offer.fields;
  const field = fieldBinder(v, errors);
  return (
    <>
      <TextField {...field('title')} label={f.title} required />
      <TextArea {...field('body')} label={f.body} required rows={8} />
      <CategoryField {...field('category')} label={f.category} />
    </>
  );
}

/** "Soort aanbieder": the categories of the catalog. */
export function CategoryField(props: { name: string; label: string; defaultValue?: string; errors?: string[] }) {
  const names = usePortalText().categories;
  return (
    <SelectField {...props} required>
      {CATEGORIES.map((c) => (
        <option key={c.slug} value={c.slug}>
          {names[c.slug]}
        </option>
      ))}
    </SelectField>
  );
}

/** The photo the offer has now, shown as a thumbnail (an `id` to keep, `src` to show). */
export type CurrentPhoto = { id: string; src: string };

/**
 * Opening info, contact details with "show to pass holders", and the photo: the current one as a
 * thumbnail to keep or not, and an upload. A new upload wins over the current photo (as the save
 * decides), so then the current one is greyed out and the form says so.
 */
export function OfferDetailFields({
  v,
  errors,
  currentPhoto,
  newPhoto = false,
  photo = true,
}: Props & {
  currentPhoto: CurrentPhoto | null;
  newPhoto?: boolean;
  /** Without the photo (the partner's change of a listing). */ photo?: boolean;
}) {
  const t = usePortalText();
  const f = t.offer.fields;
  const e = t.offer.editor;
  const field = fieldBinder(v, errors);
  return (
    <>
      <TextArea {...field('openingInfo')} label={f.openingInfo} rows={3} />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t.offer.page.contact}</legend>
        {(['phone', 'email', 'website'] as const).map((field) => {
          const show = `show${field[0].toUpperCase()}${field.slice(1)}`;
          return (
            <div key={field} className="space-y-2">
              <TextField
                name={field}
                label={f[field]}
                type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'url'}
                defaultValue={v[field]}
                errors={errors[field]}
              />
              <Checkbox name={show} label={`${f.show}: ${f[field].toLowerCase()}`} defaultChecked={v[show] === 'on'} />
            </div>
          );
        })}
      </fieldset>
      {photo && currentPhoto ? (
        <div className="space-y-3">
          <figure>
            <figcaption className="font-semibold">{e.currentPhoto}</figcaption>
            {/* eslint-disable-next-line @next/next/no-img-element -- a thumbnail of a photo from our own pipeline */}
            <img
              src={currentPhoto.src}
              alt={e.currentPhotoAlt}
              className={`mt-2 aspect-[16/9] w-60 max-w-full rounded-md object-cover ${newPhoto ? 'opacity-40 grayscale' : ''}`}
            />
          </figure>
          {newPhoto ? (
            <p id="new-photo-note" className="rounded-md border-l-4 border-brand bg-brand-light p-3 font-semibold text-brand-dark">
              {e.newPhotoUsed}
            </p>
          ) : null}
          <Checkbox
            name="keepPhoto"
            value={currentPhoto.id}
            label={e.keepPhoto}
            hint={e.keepPhotoHint}
            defaultChecked={v.keepPhoto === currentPhoto.id}
            disabled={newPhoto}
          />
        </div>
      ) : null}
      {photo ? (
        <PhotoUpload
          label={currentPhoto ? t.photo.replace : f.photo}
          initial={{ id: v.photoId, claim: v.photoClaim, src: v.photoSrc }}
          errors={errors.photo}
        />
      ) : null}
    </>
  );
}

/**
 * The editors' translations of title and text (issue 21): optional, one pair per language of the
 * public site, each typed in its own language and direction. Open when one is given or refused.
 */
export function TranslationFields({ v, errors }: Props) {
  const t = usePortalText().offer.translations;
  const field = fieldBinder(v, errors);
  const names = PREFIXED_LOCALES.flatMap((l) => [`title_${l}`, `body_${l}`]);
  const open = names.some((n) => v[n] || errors[n]);
  return (
    <details open={open} className="rounded-md border border-line/40 p-4">
      <summary className="cursor-pointer font-semibold text-brand">{t.title}</summary>
      <p className="mt-2 text-sm text-muted">{t.intro}</p>
      <div className="mt-4 space-y-6">
        {PREFIXED_LOCALES.map((l) => (
          <fieldset key={l} className="space-y-3">
            <legend className="font-semibold">
              {t.names[l]} · <span lang={l}>{LOCALES[l].name}</span>
            </legend>
            <TextField {...field(`title_${l}`)} label={t.titleIn(t.names[l])} lang={l} dir={LOCALES[l].dir} />
            <TextArea {...field(`body_${l}`)} label={t.bodyIn(t.names[l])} lang={l} dir={LOCALES[l].dir} rows={6} />
          </fieldset>
        ))}
      </div>
    </details>
  );
}
