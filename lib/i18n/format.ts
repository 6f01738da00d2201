// nl-NL formatting: "24 november 2026", "€ 12,50". Times are shown in Dutch local time.
const TIME_ZONE = 'Europe/Amsterdam';

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: TIME_ZONE,
});
const euroFormat = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

export function formatDate(d: Date): string {
  return dateFormat.format(d);
}

export function formatDateTime(d: Date): string {
  return dateTimeFormat.format(d).replace(',', ' om');
}

/** Amount in cents → "€ 12,50" (with a normal space, as the style guide writes it). */
export function formatEuro(cents: number): string {
  return euroFormat.format(cents / 100).replace(/\u00a0/g, ' ');
}
