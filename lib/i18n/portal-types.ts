// The portal's and editors' texts (issue 21): everything in nl.ts, in Dutch and English. Another
// language's module is typed with this shape, so a missing or extra key, or a function with other
// parameters, is a `tsc` error.
import type { nl } from './nl';
import type { Widen } from './messages';

export type PortalMessages = Widen<typeof nl>;
export type PortalSection = keyof PortalMessages;
