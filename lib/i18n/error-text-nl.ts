// The error page's words in Dutch (the other languages: lib/i18n/error-texts.ts).
export type ErrorTexts = { title: string; text: (code: string) => string; unknown: string; retry: string };

export const ERROR_TEXT_NL: ErrorTexts = {
  title: 'Er ging iets mis',
  text: (code) =>
    `Er ging iets mis aan onze kant. Probeer het opnieuw. Lukt het dan nog niet? Noem deze code als je contact opneemt: ${code}.`,
  unknown: 'onbekend',
  retry: 'Opnieuw proberen',
};
