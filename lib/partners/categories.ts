// Provider categories ("soort aanbieder"). The slug is stored; the label is shown.
export const CATEGORIES = [
  { slug: 'sport', label: 'Sport en bewegen' },
  { slug: 'cultuur', label: 'Cultuur en musea' },
  { slug: 'muziek-dans', label: 'Muziek, dans en theater' },
  { slug: 'cursus', label: 'Cursussen en onderwijs' },
  { slug: 'uitje', label: 'Uitjes en recreatie' },
  { slug: 'winkel', label: 'Winkels' },
  { slug: 'kinderen', label: 'Kinderen en jongeren' },
  { slug: 'gezondheid', label: 'Gezondheid en welzijn' },
  { slug: 'overig', label: 'Overig' },
] as const;

export type CategorySlug = (typeof CATEGORIES)[number]['slug'];

export const CATEGORY_SLUGS = CATEGORIES.map((c) => c.slug) as [CategorySlug, ...CategorySlug[]];

export function categoryLabel(slug: string): string {
  return CATEGORIES.find((c) => c.slug === slug)?.label ?? slug;
}
