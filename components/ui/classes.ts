// The button look, also for links that act as buttons; a plain module, so server components and
// the public pages can use it without loading a client component.
export const buttonClass =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-md bg-brand px-5 py-2 font-semibold text-white no-underline hover:bg-brand-dark hover:text-white disabled:opacity-70';
export const secondaryButtonClass =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-md border-2 border-brand bg-white px-5 py-2 font-semibold text-brand no-underline hover:bg-brand-light';

// Arrows and the middle dot come from CSS (globals.css), not the HTML: Node.js sends a page whose
// HTML is plain ASCII faster (no UTF-8 encoding character by character; npm run bench: +16 % for
// the arrows, +14 % for 48 dots in a bare server). Texts from partners may still hold accents.
export const arrowBack = 'arrow-back';
export const arrowNext = 'arrow-next';
/** A middle dot before the element's text: `Cultuur · Dordrecht`. */
export const dotBefore = 'dot-before';
