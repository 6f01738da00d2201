/**
 * "# results" in the right form for a number, by the language's plural rules (Intl.PluralRules):
 * Polish and Ukrainian have three forms after a number (and one for fractions), Arabic six. `#` in a
 * form is the number, written as the language writes it.
 */
export function plurals(tag: string) {
  const rules = new Intl.PluralRules(tag);
  const number = new Intl.NumberFormat(tag);
  return (n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }) =>
    (forms[rules.select(n)] ?? forms.other).replace('#', number.format(n));
}
