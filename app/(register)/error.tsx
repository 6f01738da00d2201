'use client';

// Never a stack trace for the user (components/layout/DutchError.tsx).
export { default } from '@/components/layout/DutchError';
