import { describe, expect, test } from 'vitest';
import { shape, texts } from '../support/messages';
import { nl } from '@/lib/i18n/nl';
import { portalMessages } from '@/lib/i18n/portal';
import { translateAnswer, translateMessage } from '@/lib/i18n/translate';

// Issue 21: the portal, the editors' area and the registration in English. tsc refuses a missing or
// extra key (portal-en is typed with nl's shape); this walks the English at run time for an empty
// text or Dutch left in, and shows that a Dutch text made by lib code reaches the user in English.

const en = portalMessages('en');

/**
 * Texts of more than one word that are the same in English on purpose: formats, the answer that is
 * said in the language just chosen. (One word alike, as Home, Status or Partner, is not counted.)
 */
const SAME_IN_ENGLISH = [
  /^ownData\.locale\.done\.(nl|en)$/,
  /^workspace\.csv\.filename/,
  /^jobs\.duration/,
  /(^|\.)(tips|filters|contact|postcodeHint)$/,
  /openInMapsOf/,
  /fromPostcode/,
];

describe('the portal in English', () => {
  test('the same keys and function parameters as Dutch', () => {
    expect(shape(en)).toEqual(shape(nl));
  });

  test('no text is empty, none is Dutch left in', () => {
    const dutch = new Map(texts(nl));
    const left: string[] = [];
    for (const [at, text] of texts(en)) {
      expect(text.trim(), at).not.toBe('');
      const sentence = /\p{L}{2,}\s+\p{L}{2,}/u.test(text);
      if (text === dutch.get(at) && sentence && !SAME_IN_ENGLISH.some((re) => re.test(at))) left.push(`${at}: ${text}`);
    }
    expect(left).toEqual([]);
  });
});

describe("a Dutch text made by lib code, said in the user's language", () => {
  test('a fixed text is found by its place in nl.ts', () => {
    expect(translateMessage(nl.validation.required, 'en')).toBe(en.validation.required);
    expect(translateMessage(nl.app.noAccess, 'en')).toBe(en.app.noAccess);
    expect(translateMessage(nl.app.notLoggedIn, 'en')).toBe(en.app.notLoggedIn);
  });

  test('a text made by a function is found by its pattern, with its arguments', () => {
    expect(translateMessage(nl.validation.tooLong(200), 'en')).toBe(en.validation.tooLong(200));
    expect(translateMessage(nl.app.fixErrors(1), 'en')).toBe(en.app.fixErrors(1));
    expect(translateMessage(nl.app.fixErrors(4), 'en')).toBe(en.app.fixErrors(4));
    expect(translateMessage(nl.app.genericError('a1b2c3'), 'en')).toBe(en.app.genericError('a1b2c3'));
    expect(translateMessage(nl.colleagues.invited('piet@bakkerij.nl'), 'en')).toBe(en.colleagues.invited('piet@bakkerij.nl'));
  });

  test('Dutch stays Dutch, and words that are not from nl.ts stay as they are', () => {
    expect(translateMessage(nl.validation.required, 'nl')).toBe(nl.validation.required);
    expect(translateMessage('Bakkerij De Krakeling', 'en')).toBe('Bakkerij De Krakeling');
    expect(translateMessage('', 'en')).toBe('');
  });

  test("an action's answer: its message, every field's errors and its link", () => {
    const answer = {
      ok: false,
      values: { name: 'Jan' },
      fieldErrors: { name: [nl.validation.name], email: [nl.validation.email, nl.validation.tooLong(254)] },
      message: nl.app.fixErrors(2),
      link: { href: '/inloggen', text: nl.nav.login },
    };
    expect(translateAnswer(answer, 'en')).toEqual({
      ok: false,
      values: { name: 'Jan' },
      fieldErrors: { name: [en.validation.name], email: [en.validation.email, en.validation.tooLong(254)] },
      message: en.app.fixErrors(2),
      link: { href: '/inloggen', text: en.nav.login },
    });
    expect(translateAnswer(answer, 'nl')).toBe(answer);
  });

  test('every fixed Dutch text of nl.ts comes out as the English at its place (where Dutch says it in one place only)', () => {
    const places = new Map<string, string[]>();
    for (const [at, text] of texts(nl)) if (!at.includes('(')) places.set(text, [...(places.get(text) ?? []), at]);
    const english = new Map(texts(en));
    const wrong: string[] = [];
    for (const [text, [at, ...more]] of places) {
      if (more.length) continue;
      const translated = translateMessage(text, 'en');
      if (translated !== english.get(at)) wrong.push(`${at}: ${translated}`);
    }
    expect(wrong).toEqual([]);
  });
});
