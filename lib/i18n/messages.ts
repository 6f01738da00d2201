// Which texts each language has (ADR 0038): the public site's part (`PublicMessages`) in all six
// languages. A language module is typed with it, so a missing or extra key, or a function with other
// parameters, is a `tsc` error (npm test runs tsc); tests/unit/i18n-messages.test.ts walks every
// language for empty texts and for Dutch left in by mistake.
import { nl } from './nl';
import { LOCALES, type Locale } from './locales';
import { en } from './en';
import { ar } from './ar';
import { tr } from './tr';
import { pl } from './pl';
import { uk } from './uk';

/** A copy object's shape with its literal texts widened to `string`: what another language must fill. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : { readonly [K in keyof T]: Widen<T[K]> };

/** The pass holders' part, in Dutch: taken from nl.ts, where the portal reads the same texts. */
export const publicNl = {
  app: {
    name: nl.app.name,
    skipToContent: nl.app.skipToContent,
    description: 'Dordtpas: tegoed besteden en korting voor inwoners van Dordrecht met een laag inkomen.',
  },
  site: {
    mainMenu: 'Hoofdmenu',
    register: nl.nav.register,
    login: nl.nav.login,
    footer: 'Dordtpas is een product van Gemeente Dordrecht.',
    accessibility: 'Toegankelijkheid',
    languages: 'Taal',
    /** After an editor's text that is not translated: in the reader's language, so they know why. */
    inDutch: '(in het Nederlands)',
    notFoundTitle: 'Pagina niet gevonden',
    notFound: 'Deze pagina bestaat niet',
    notFoundText: 'Misschien is de link oud of zit er een typfout in.',
    toStart: 'Naar de startpagina',
    /** The pages that exist in Dutch only: said in the reader's language, with the link. */
    dutchOnly: 'Deze pagina is alleen in het Nederlands.',
    toDutchPage: 'Naar de pagina in het Nederlands',
    categoryImage: nl.photo.categoryAlt,
    terms: 'Samenwerkingsvoorwaarden',
  },
  // The Dutch names where the portal has them too (lib/partners/categories.ts).
  categories: nl.categories,
  catalog: nl.catalog,
  map: nl.map,
  near: nl.near,
  offerPage: { ...nl.offer.page, kinds: nl.offer.kinds, tips: nl.discount.page.tips },
  discountPage: {
    discount: nl.discount.page.discount,
    tariffs: nl.discount.page.tariffs,
    age: nl.discount.page.age,
    regular: nl.discount.page.regular,
    pass: nl.discount.page.pass,
    ages: nl.discount.page.ages,
    once: nl.discount.page.once,
    repeated: nl.discount.page.repeated,
    validity: nl.discount.page.validity,
    reservation: nl.discount.page.reservation,
  },
  places: {
    heading: nl.offerLocations.heading,
    openInMaps: nl.offerLocations.openInMaps,
    openInMapsOf: nl.offerLocations.openInMapsOf,
    phone: nl.offerLocations.phone,
    hours: nl.offerLocations.hours,
    closed: nl.offerLocations.closed,
    weekdays: nl.offerLocations.weekdays,
  },
} as const;

export type PublicMessages = Widen<typeof publicNl>;

const PUBLIC: Record<Locale, PublicMessages> = { nl: publicNl, en, ar, tr, pl, uk };

/** The public site's texts in a language. */
export function publicMessages(locale: Locale): PublicMessages {
  return PUBLIC[locale];
}

/** `<html lang dir>` of a page in this language. */
export function htmlAttributes(locale: Locale): { lang: string; dir: 'ltr' | 'rtl' } {
  return { lang: locale, dir: LOCALES[locale].dir };
}

/** A category's name in a language ("Sport en bewegen", "Sports and exercise"); an unknown slug as it is. */
export function categoryName(slug: string, locale: Locale): string {
  return (publicMessages(locale).categories as Record<string, string>)[slug] ?? slug;
}

/**
 * The attributes of a text the editors wrote (in Dutch) on a page in this language: marked as Dutch
 * for a screen reader's voice, and left to right also inside an Arabic page. Nothing on a Dutch page.
 */
export function dutchText(locale: Locale): { lang?: 'nl'; dir?: 'ltr' } {
  return locale === 'nl' ? {} : { lang: 'nl', dir: 'ltr' };
}
