'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { PortalLocale } from '@/lib/i18n/locales';
import { portalMessages, type PortalMessages } from '@/lib/i18n/portal';

// The portal's language in the browser (issue 21, ADR 0040): each portal group's layout puts the
// request's language here; a client component reads its texts with `usePortalText()`.

const LocaleContext = createContext<PortalLocale>('nl');

export function PortalLocaleProvider({ locale, children }: { locale: PortalLocale; children: ReactNode }) {
  return <LocaleContext value={locale}>{children}</LocaleContext>;
}

export function usePortalLocale(): PortalLocale {
  return useContext(LocaleContext);
}

/** The texts of the portal's language: `const t = usePortalText()`. */
export function usePortalText(): PortalMessages {
  return portalMessages(useContext(LocaleContext));
}
