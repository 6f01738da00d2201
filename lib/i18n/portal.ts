// The portal's and editors' texts in their language (issue 21, ADR 0040): Dutch (nl.ts) and English
// (portal-en/). Read in a server component with `await portalText()` (lib/i18n/request.ts), in a
// client component with `usePortalText()` (components/i18n/PortalLocale.tsx).
import { nl } from './nl';
import { enPortal } from './portal-en';
import { PORTAL_LOCALES, type PortalLocale } from './locales';
import type { PortalMessages } from './portal-types';

export type { PortalMessages } from './portal-types';

const PORTAL: Record<PortalLocale, PortalMessages> = { nl, en: enPortal };

export function portalMessages(locale: PortalLocale): PortalMessages {
  return PORTAL[locale];
}

export function isPortalLocale(value: unknown): value is PortalLocale {
  return typeof value === 'string' && (PORTAL_LOCALES as readonly string[]).includes(value);
}
