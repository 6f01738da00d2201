'use client';

import { useEffect, useRef, useState, type DragEvent } from 'react';
import { usePortalText } from '@/components/i18n/PortalLocale';
import { ACCEPT, MAX_BYTES } from '@/lib/photos/rules';
import { FieldMessages } from '@/components/ui/Field';

export type UploadedPhoto = { id: string; claim: string; src: string };

/** Only our own media route or an https URL is shown as a preview (the value comes back from a form). */
const safeSrc = (src: string) => (/^(\/api\/media\/|https:\/\/)/.test(src) ? src : '');

/**
 * Photo field: choose or drop a file, see the upload's progress, then a preview with "replace" and
 * "remove". The file goes to /api/photos on its own; the form only carries its id and claim
 * (hidden fields photoId, photoClaim), so a rejected form keeps the photo.
 */
export function PhotoUpload({
  initial,
  errors,
  label,
  optional = true,
  onPhotoChange,
}: {
  initial?: Partial<UploadedPhoto>;
  errors?: string[];
  label?: string;
  optional?: boolean;
  /** Called once the form's hidden fields hold a new photo (or none): e.g. to save a draft now. */
  onPhotoChange?: () => void;
}) {
  const messages = usePortalText();
  const t = messages.photo;
  const [photo, setPhoto] = useState<UploadedPhoto | null>(
    initial?.id && initial.claim ? { id: initial.id, claim: initial.claim, src: safeSrc(initial.src ?? '') } : null,
  );
  // After the render that put the new id in the hidden fields, not at the first render.
  const shown = useRef(photo);
  useEffect(() => {
    if (shown.current === photo) return;
    shown.current = photo;
    onPhotoChange?.();
  }, [photo, onPhotoChange]);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const shownErrors = error ? [error] : errors;

  function upload(file: File) {
    setError(null);
    setNotice(null);
    if (file.size > MAX_BYTES) return setError(t.errors.tooBig);
    setProgress(0);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/photos');
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.upload.onprogress = (e) => e.lengthComputable && setProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      setProgress(null);
      let body: { id?: string; claim?: string; preview?: { src: string }; error?: string } = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON: treated as a network error below */
      }
      if (xhr.status === 201 && body.id && body.claim && body.preview) {
        setPhoto({ id: body.id, claim: body.claim, src: body.preview.src });
        setNotice(t.uploaded);
      } else {
        setError(body.error ?? t.errors.network);
      }
      if (input.current) input.current.value = '';
    };
    xhr.onerror = () => {
      setProgress(null);
      setError(t.errors.network);
    };
    xhr.send(file);
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) upload(file);
  };

  const describedBy = ['photo-hint', shownErrors?.length ? 'photo-error' : null].filter(Boolean).join(' ');
  return (
    <fieldset aria-describedby={describedBy}>
      <legend className="font-semibold">
        {label ?? t.label}
        {optional ? <span className="font-normal text-muted"> {messages.app.optional}</span> : null}
      </legend>
      <input type="hidden" name="photoId" value={photo?.id ?? ''} />
      <input type="hidden" name="photoClaim" value={photo?.claim ?? ''} />
      <input type="hidden" name="photoSrc" value={photo?.src ?? ''} />
      <p id="photo-hint" className="mt-1 text-sm text-muted">
        {t.guidance} {optional ? t.optional : null}
      </p>

      {photo?.src ? (
        // eslint-disable-next-line @next/next/no-img-element -- a preview of what was just uploaded
        <img src={photo.src} alt={t.previewAlt} className="mt-3 aspect-[16/9] w-full max-w-md rounded-md object-cover" />
      ) : null}

      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`mt-3 flex flex-wrap items-center gap-3 rounded-md border-2 border-dashed p-4 ${dragging ? 'border-brand bg-brand-light' : 'border-line/60 bg-white'}`}
      >
        <label className="inline-flex min-h-11 cursor-pointer items-center rounded-md border-2 border-brand bg-white px-4 py-2 font-semibold text-brand has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus">
          {photo ? t.replace : t.choose}
          <input
            ref={input}
            type="file"
            accept={ACCEPT}
            className="sr-only"
            aria-describedby={describedBy}
            onChange={(e) => e.currentTarget.files?.[0] && upload(e.currentTarget.files[0])}
          />
        </label>
        <span className="hidden text-sm text-muted sm:inline">{t.drop}</span>
        {photo ? (
          <button
            type="button"
            onClick={() => {
              setPhoto(null);
              setNotice(t.removed);
            }}
            className="min-h-11 rounded-md px-3 py-2 font-semibold text-danger underline"
          >
            {t.remove}
          </button>
        ) : null}
      </div>

      <div aria-live="polite" className="mt-2 text-sm">
        {progress !== null ? (
          <div className="flex items-center gap-3">
            <progress max={100} value={progress} aria-label={t.uploading(progress)} className="h-2 w-48 accent-brand" />
            <span>{progress < 100 ? t.uploading(progress) : t.processing}</span>
          </div>
        ) : notice ? (
          <span className="font-semibold text-ok">{notice}</span>
        ) : null}
      </div>
      <FieldMessages name="photo" errors={shownErrors} />
    </fieldset>
  );
}
