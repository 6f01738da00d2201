// What a photo must be. Shared by the upload field (instant feedback) and the server (the truth).
export const MAX_BYTES = 10 * 1024 * 1024;
export const MIN_WIDTH = 1200;
export const MIN_HEIGHT = 675;
/** Decompression bombs: a small file that claims an enormous image is refused before decoding. */
export const MAX_PIXELS = 50_000_000;
/** Widths the photo is stored in; a phone downloads the 480 or 960 one. */
export const VARIANT_WIDTHS = [480, 960, 1600] as const;
export const ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,image/heif,.jpg,.jpeg,.png,.webp,.heic,.heif';

/** Uploads per client address per hour, anyone. */
export const UPLOADS_PER_HOUR = 30;
/** Uploads without a login (the registration form) per client address per day. */
export const ANONYMOUS_UPLOADS_PER_DAY = 10;
/** Photos uploaded without a login that nothing uses yet, all together; the clean-up removes them after a day. */
export const ANONYMOUS_UNATTACHED_MAX_BYTES = 300 * 1024 * 1024;
