// The cooperation terms ("samenwerkingsvoorwaarden"). Bump the version when the text changes:
// each organisation stores the version it accepted and when.
export const TERMS_VERSION = '2026-1';
export const TERMS_PATH = '/voorwaarden';
