// The error page's words, apart from the rest (lib/i18n/messages.ts): the error page is a client
// component, so these lines travel with every page's JavaScript. Dutch is its own module, so the
// Dutch pages carry only Dutch; the other languages' pages carry these five.
import type { PrefixedLocale } from './locales';
import type { ErrorTexts } from './error-text-nl';

export const ERROR_TEXTS: Record<PrefixedLocale, ErrorTexts> = {
  en: {
    title: 'Something went wrong',
    text: (code) =>
      `Something went wrong on our side. Please try again. Still not working? Mention this code when you contact us: ${code}.`,
    unknown: 'unknown',
    retry: 'Try again',
  },
  ar: {
    title: 'حدث خطأ ما',
    text: (code) => `حدث خطأ من جهتنا. حاول مرة أخرى. إذا لم ينجح ذلك، اذكر هذا الرمز عند التواصل معنا: ${code}.`,
    unknown: 'غير معروف',
    retry: 'حاول مرة أخرى',
  },
  tr: {
    title: 'Bir sorun oluştu',
    text: (code) =>
      `Bizim tarafımızda bir sorun oluştu. Lütfen tekrar deneyin. Yine olmazsa bizimle iletişime geçerken bu kodu söyleyin: ${code}.`,
    unknown: 'bilinmiyor',
    retry: 'Tekrar dene',
  },
  pl: {
    title: 'Coś poszło nie tak',
    text: (code) =>
      `Coś poszło nie tak po naszej stronie. Spróbuj ponownie. Nadal nie działa? Podaj ten kod, kontaktując się z nami: ${code}.`,
    unknown: 'nieznany',
    retry: 'Spróbuj ponownie',
  },
  uk: {
    title: 'Щось пішло не так',
    text: (code) => `З нашого боку щось пішло не так. Спробуйте ще раз. Не виходить? Назвіть цей код, коли звертатиметеся до нас: ${code}.`,
    unknown: 'невідомий',
    retry: 'Спробувати ще раз',
  },
};
