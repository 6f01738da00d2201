// The button look, also for links that act as buttons; a plain module, so server components and
// the public pages can use it without loading a client component.
export const buttonClass =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-md bg-brand px-5 py-2 font-semibold text-white no-underline hover:bg-brand-dark hover:text-white disabled:opacity-70';
export const secondaryButtonClass =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-md border-2 border-brand bg-white px-5 py-2 font-semibold text-brand no-underline hover:bg-brand-light';

// Arrows come from CSS (globals.css), not the HTML: a page whose HTML is all Latin-1 is a one-byte
// string in the server, which sends it faster.
export const arrowBack = 'arrow-back';
export const arrowNext = 'arrow-next';
