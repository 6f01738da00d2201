import { nl } from '@/lib/i18n/nl';
import type { FieldErrors } from '@/lib/forms';
import { CATEGORIES } from '@/lib/partners/categories';
import { Checkbox, SelectField, TextArea, TextField, fieldBinder } from '@/components/ui/Field';
import { PhotoUpload } from '@/components/photo/PhotoUpload';

const f = nl.offer.fields;
type Props = { v: Record<string, string | undefined>; errors: FieldErrors };

/** Title, text and category: what the editors write for the website. */
export function OfferTextFields({ v, errors }: Props) {
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
  return (
    <SelectField {...props} required>
      {CATEGORIES.map((c) => (
        <option key={c.slug} value={c.slug}>
          {c.label}
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
  const e = nl.offer.editor;
  const field = fieldBinder(v, errors);
  return (
    <>
      <TextArea {...field('openingInfo')} label={f.openingInfo} rows={3} />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{nl.offer.page.contact}</legend>
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
          label={currentPhoto ? nl.photo.replace : f.photo}
          initial={{ id: v.photoId, claim: v.photoClaim, src: v.photoSrc }}
          errors={errors.photo}
        />
      ) : null}
    </>
  );
}
