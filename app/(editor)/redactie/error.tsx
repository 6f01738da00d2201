'use client';

// Never a stack trace for the user: a sentence in the portal's language (components/layout/PortalError.tsx).
export { default } from '@/components/layout/PortalError';
