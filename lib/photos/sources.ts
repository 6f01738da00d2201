// What a <picture> needs from a stored photo. No database or storage here: the editors' live
// preview builds the same offer view in the browser.

export type StoredVariant = { width: number; height: number; format: 'webp' | 'jpeg'; key: string; url: string; bytes: number };

export type PhotoSources = { src: string; webpSrcSet: string; jpegSrcSet: string; width: number; height: number };

/** What a <picture> needs: a JPEG fallback and srcsets of both formats. */
export function photoSources(photo: { variants: unknown; width: number; height: number }): PhotoSources {
  const variants = photo.variants as StoredVariant[];
  const set = (format: 'webp' | 'jpeg') =>
    variants
      .filter((v) => v.format === format)
      .map((v) => `${v.url} ${v.width}w`)
      .join(', ');
  const jpegs = variants.filter((v) => v.format === 'jpeg');
  const fallback = jpegs.find((v) => v.width === 960) ?? jpegs[jpegs.length - 1];
  return { src: fallback?.url ?? '', webpSrcSet: set('webp'), jpegSrcSet: set('jpeg'), width: photo.width, height: photo.height };
}
