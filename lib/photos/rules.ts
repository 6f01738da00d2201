// What a photo must be. Shared by the upload field (instant feedback) and the server (the truth).
export const MAX_BYTES = 10 * 1024 * 1024;
export const MIN_WIDTH = 1200;
export const MIN_HEIGHT = 675;
/** Decompression bombs: a small file that claims an enormous image is refused before decoding. */
export const MAX_PIXELS = 50_000_000;
/** Widths the photo is stored in; a phone downloads the 480 or 960 one. */
export const VARIANT_WIDTHS = [480, 960, 1600] as const;
export const ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,image/heif,.jpg,.jpeg,.png,.webp,.heic,.heif';
