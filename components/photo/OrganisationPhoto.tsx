import type { PortalLocale } from '@/lib/i18n/locales';
import { portalMessages } from '@/lib/i18n/portal';
import type { PhotoSources } from '@/lib/photos/service';

/**
 * A photo in the sizes the pipeline made: the browser picks the smallest that fills the box
 * (a phone takes the 480 or 960 px WebP). Without a photo, the category's image.
 */
export function OrganisationPhoto({
  photo,
  category,
  alt,
  categoryAlt,
  locale = 'nl',
  sizes = '(min-width: 1024px) 480px, 100vw',
}: {
  photo: PhotoSources | null;
  category: string;
  alt: string;
  /** The category image's text in the page's language (Dutch by default; '' where it only decorates). */
  categoryAlt?: string;
  /** The portal's language of the category image's default text (without `categoryAlt`). */
  locale?: PortalLocale;
  sizes?: string;
}) {
  const box = 'aspect-[16/9] w-full rounded-md object-cover bg-brand-light';
  if (!photo) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- a small static SVG
      <img
        src={`/categories/${category}.svg`}
        alt={categoryAlt ?? categoryAltText(category, locale)}
        className={box}
        width={1600}
        height={900}
      />
    );
  }
  return (
    <picture>
      <source type="image/webp" srcSet={photo.webpSrcSet} sizes={sizes} />
      <img
        src={photo.src}
        srcSet={photo.jpegSrcSet}
        sizes={sizes}
        alt={alt}
        width={photo.width}
        height={photo.height}
        loading="lazy"
        decoding="async"
        className={box}
      />
    </picture>
  );
}

/** "Afbeelding bij Sport en bewegen": the category image's text in the portal's language. */
function categoryAltText(category: string, locale: PortalLocale): string {
  const t = portalMessages(locale);
  return t.photo.categoryAlt((t.categories as Record<string, string>)[category] ?? category);
}
