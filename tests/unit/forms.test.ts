import { describe, expect, test } from 'vitest';
import { nl } from '@/lib/i18n/nl';
import { fieldErrorsOf, formDataToObject } from '@/lib/forms';
import { formatPhone, phoneHref } from '@/lib/i18n/phone';
import { DESCRIPTION_MAX, registrationSchema } from '@/lib/partners/schema';
import { listingFormSchema, website } from '@/lib/offers/schema';
import { contactStep } from '@/lib/discounts/schema';
import { validRegistrationForm } from '../support/registration';

// Rules shared by every form: what the browser checks must be what the server checks, and what
// people type as they read it (a website without https://, a phone number with spaces) is accepted.

describe('formDataToObject', () => {
  test('line breaks count as one character, as in the browser (a form post sends CRLF)', () => {
    // The browser's check and the counter see "\n"; the server receives "\r\n". Without the same
    // count, a text the browser accepts is refused on the next submit, on its own.
    const form = new FormData();
    form.set('description', 'regel een\r\nregel twee\rregel drie\n');
    expect(formDataToObject(form).description).toBe('regel een\nregel twee\nregel drie\n');
  });

  test('a description at the limit with line breaks is accepted by the server as by the browser', () => {
    const lines = ['x'.repeat(99), 'x'.repeat(99), 'x'.repeat(99), 'x'.repeat(99), 'x'.repeat(100)];
    const typed = lines.join('\n');
    expect(typed.length).toBe(DESCRIPTION_MAX);
    const form = new FormData();
    for (const [k, value] of Object.entries(validRegistrationForm({ kvkNumber: '12345678', description: typed.replace(/\n/g, '\r\n') })))
      form.set(k, value);
    const result = registrationSchema.safeParse(formDataToObject(form));
    expect(result.success ? 'ok' : fieldErrorsOf(result.error)).toBe('ok');
  });
});

describe('registrationSchema: every error at once', () => {
  test('a too long description, a bad KvK number and a bad postcode are reported together', () => {
    const result = registrationSchema.safeParse(
      validRegistrationForm({
        description: 'x'.repeat(DESCRIPTION_MAX + 1),
        kvkNumber: '1234',
        visitPostcode: '0123 AB',
        gender: undefined,
      }),
    );
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({
      kvkNumber: [nl.validation.kvkNumber],
      visitPostcode: [nl.validation.postcode],
      description: [nl.validation.description],
      gender: [nl.validation.gender],
    });
  });
});

describe('website', () => {
  test('an address without https:// is accepted and stored with it', () => {
    expect(website.parse('fietsenmakerjansen.nl')).toBe('https://fietsenmakerjansen.nl');
    expect(website.parse(' www.fietsenmakerjansen.nl/openingstijden ')).toBe('https://www.fietsenmakerjansen.nl/openingstijden');
    expect(website.parse('www.zwembad.nl:8080')).toBe('https://www.zwembad.nl:8080');
  });

  test('a complete http(s) address is stored as typed', () => {
    expect(website.parse('https://www.dewielen.nl')).toBe('https://www.dewielen.nl');
    expect(website.parse('http://dewielen.nl/a?b=1')).toBe('http://dewielen.nl/a?b=1');
  });

  test('what is no website is refused with the Dutch message', () => {
    for (const typed of [
      'geen-url',
      'fietsen jansen.nl',
      'javascript:alert(1)',
      'ftp://dewielen.nl',
      'mailto:info@dewielen.nl',
      `${'x'.repeat(300)}.nl`,
    ]) {
      const result = website.safeParse(typed);
      expect(result.success, typed).toBe(false);
      expect(result.error!.issues[0].message).toBe(nl.offer.validation.website);
    }
  });

  test("the editors' form and the wizard's contact step store the full address", () => {
    const listing = listingFormSchema.parse({
      title: 'Zwemmen voor € 1',
      body: 'Met je Dordtpas zwem je voor één euro in Zwembad Oost.',
      category: 'sport',
      street: 'Oostkil',
      houseNumber: '3',
      postcode: '3312 AA',
      city: 'Dordrecht',
      website: 'zwembad-oost.nl',
      showWebsite: 'on',
      version: '1',
    });
    expect(listing.website).toBe('https://zwembad-oost.nl');
    const contact = contactStep.parse({
      contactName: 'Fatima Bakker',
      phone: '078 123 4567',
      email: 'info@zwembad-oost.nl',
      website: 'zwembad-oost.nl',
      street: 'Oostkil',
      houseNumber: '3',
      postcode: '3312 AA',
      city: 'Dordrecht',
    });
    expect(contact.website).toBe('https://zwembad-oost.nl');
  });
});

describe('formatPhone', () => {
  test('a stored Dutch number is grouped as people read it', () => {
    expect(formatPhone('0781234567')).toBe('078 123 4567');
    expect(formatPhone('0201234567')).toBe('020 123 4567');
    expect(formatPhone('0612345678')).toBe('06 12345678');
    // Four-digit area codes (Emmen) group differently: the numbering plan knows, not a rule of ours.
    expect(formatPhone('0591123456')).toBe('0591 123 456');
  });

  test('a foreign number is shown internationally; what it cannot read stays as stored', () => {
    expect(formatPhone('+32470123456')).toBe('+32 470 12 34 56');
    expect(formatPhone('12345 of 67890')).toBe('12345 of 67890');
    expect(formatPhone('')).toBe('');
  });

  test('the tel: link is international', () => {
    expect(phoneHref('0781234567')).toBe('tel:+31781234567');
  });
});
