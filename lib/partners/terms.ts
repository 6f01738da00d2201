// The cooperation terms ("samenwerkingsvoorwaarden"). Bump the version when the text changes:
// each organisation stores the version it accepted and when.
// 2026-2: "Opzeggen" says how closing works and how long the people's data is kept (ADR 0024).
export const TERMS_VERSION = '2026-2';
export const TERMS_PATH = '/voorwaarden';
