import { nl } from '@/lib/i18n/nl';
import { categoryLabel } from '@/lib/partners/categories';
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
  sizes = '(min-width: 1024px) 480px, 100vw',
}: {
  photo: PhotoSources | null;
  category: string;
  alt: string;
  /** The category image's text in the page's language (Dutch by default; '' where it only decorates). */
  categoryAlt?: string;
  sizes?: string;
}) {
  const box = 'aspect-[16/9] w-full rounded-md object-cover bg-brand-light';
  if (!photo) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- a small static SVG
      <img
        src={`/categories/${category}.svg`}
        alt={categoryAlt ?? nl.photo.categoryAlt(categoryLabel(category))}
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
