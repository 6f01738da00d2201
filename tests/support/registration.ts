import { TERMS_VERSION } from '@/lib/partners/terms';

let counter = 0;

/** A complete, valid registration form as the browser sends it (strings, checkboxes "on"). */
export function validRegistrationForm(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  counter++;
  const n = String(counter).padStart(2, '0');
  const base: Record<string, string | undefined> = {
    legalName: `Sportvereniging Test ${n}`,
    kvkNumber: `123456${n}`,
    visitStreet: 'Voorstraat',
    visitHouseNumber: '12',
    visitAddition: '',
    visitPostcode: '3311 AB',
    visitCity: 'Dordrecht',
    description: 'Een sportclub voor jong en oud in Dordrecht.',
    name: 'Fatima Bakker',
    gender: 'FEMALE',
    phone: '078 123 4567',
    email: `partner${n}@voorbeeld.nl`,
    username: `partner${n}`,
    password: 'fiets naar de markt in juni',
    passwordRepeat: 'fiets naar de markt in juni',
    partnerType: 'BOTH',
    category: 'sport',
    acceptTerms: 'on',
    termsVersion: TERMS_VERSION,
    ...overrides,
  };
  return Object.fromEntries(Object.entries(base).filter(([, v]) => v !== undefined)) as Record<string, string>;
}
