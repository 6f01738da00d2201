import { parsePhoneNumberFromString } from 'libphonenumber-js';

// Phone numbers for display: its own module, so the numbering plan stays out of the client
// bundles that import format.ts (the wizard does, for today's date).
/**
 * A Dutch phone number as people read it: "078 123 4567", "06 12345678". What the partner typed
 * stays in the database; only the display is formatted. Area codes have 2 to 4 digits, so the
 * grouping comes from libphonenumber-js's numbering plan rather than a rule of ours. A number it
 * cannot read is shown as stored.
 */
export function formatPhone(stored: string): string {
  const number = parsePhoneNumberFromString(stored, 'NL');
  if (!number?.isValid()) return stored;
  return number.country === 'NL' ? number.formatNational() : number.formatInternational();
}

/** The `tel:` link of a phone number, international so it also works from a foreign SIM. */
export function phoneHref(stored: string): string {
  const number = parsePhoneNumberFromString(stored, 'NL');
  return `tel:${number?.isValid() ? number.number : stored.replace(/[^+0-9]/g, '')}`;
}
