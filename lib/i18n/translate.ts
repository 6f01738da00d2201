// A message that lib code made in Dutch, said in the user's language (issue 21, ADR 0040).
//
// Services and schemas answer with texts from nl.ts (`fail(values, nl.app.noAccess)`, a zod rule's
// `v.required`): Dutch is the source language, as in gettext, where the source text is the key.
// Where such a text reaches a user — every server action's answer (lib/auth/action.ts), the
// browser's check of a form (useFormFeedback) — it is looked up by its place in nl.ts and replaced
// by the text at the same place in the user's language. A text made by a function
// (`tooLong(200)`) is found by its pattern: the function is called once with placeholders, the
// parts between them are the pattern, and the English function is called with what matched.
//
// Components do not need this: they read their language's texts directly.
import { nl } from './nl';
import type { PortalLocale } from './locales';
import { portalMessages } from './portal';

type Path = readonly (string | number)[];
type Pattern = { re: RegExp; path: Path; args: (number | null)[] };

const SLOT = (i: number) => `\u0000${i}\u0000`;
const SLOTS = /\u0000(\d+)\u0000/g;
/** Numbers a text's function is also called with: a count of 1 or 0 often has its own sentence. */
const PROBES = [0, 1];

/** A fixed text: where it is in nl.ts, and for a function's text the numbers it was called with. */
type Text = { path: Path; args?: (number | null)[] };

let index: { texts: Map<string, Text>; patterns: Pattern[] } | null = null;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern of a function's text: what it says around its placeholders. */
function patternOf(text: string, path: Path, args: (number | null)[]): Pattern | null {
  const order: number[] = [];
  let source = '';
  let last = 0;
  for (const match of text.matchAll(SLOTS)) {
    source += escape(text.slice(last, match.index)) + '([\\s\\S]+?)';
    order.push(Number(match[1]));
    last = match.index + match[0].length;
  }
  source += escape(text.slice(last));
  if (!order.length) return null; // a text without a placeholder is a plain text, found in `texts`
  // A function that only passes its argument on says nothing to look for.
  if (!text.replace(SLOTS, '').trim()) return null;
  // Which capture fills which parameter (a text may name them in another order than the function).
  const filled = args.map((value, i) => (value !== null ? value : order.includes(i) ? -(order.indexOf(i) + 1) : null));
  return { re: new RegExp(`^${source}$`), path, args: filled };
}

function build() {
  const texts = new Map<string, Text>();
  const patterns: Pattern[] = [];
  const walk = (value: unknown, path: Path) => {
    if (typeof value === 'string') {
      if (!texts.has(value)) texts.set(value, { path });
    } else if (typeof value === 'function') {
      const arity = Math.max(value.length, 1);
      const calls: (number | null)[][] = [Array(arity).fill(null)];
      for (let i = 0; i < arity; i++) for (const n of PROBES) calls.push(calls[0].map((_, j) => (j === i ? n : null)));
      for (const args of calls) {
        let text: unknown;
        try {
          text = value(...args.map((a, i) => (a === null ? SLOT(i) : a)));
        } catch {
          continue; // a function that needs a real value for a parameter
        }
        if (typeof text !== 'string') continue;
        const pattern = patternOf(text, path, args);
        if (pattern) patterns.push(pattern);
        else if (!texts.has(text)) texts.set(text, { path, args });
      }
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
    }
  };
  walk(nl, []);
  // The longer pattern first: "Gebruik maximaal … tekens." before a shorter one that also matches.
  patterns.sort((a, b) => b.re.source.length - a.re.source.length);
  return { texts, patterns };
}

function at(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    value = (value as Record<string | number, unknown>)?.[key];
  }
  return value;
}

function call(fn: unknown, args: unknown[]): string | null {
  if (typeof fn !== 'function') return null;
  try {
    const text = fn(...args);
    return typeof text === 'string' ? text : null;
  } catch {
    return null;
  }
}

/** A captured value as the function was given it: a number where it reads as one; a fixed Dutch text (a role's name) translated. */
function argument(captured: string, locale: PortalLocale): unknown {
  return /^-?\d+$/.test(captured) ? Number(captured) : translateFixed(captured, locale);
}

/** The Dutch text `text` in `locale`; a text that is not from nl.ts (a name, a user's own words) as it is. */
export function translateMessage(text: string, locale: PortalLocale): string {
  if (locale === 'nl' || !text) return text;
  index ??= build();
  const target = portalMessages(locale);
  const fixed = index.texts.get(text);
  if (fixed) {
    const value = at(target, fixed.path);
    if (fixed.args)
      return (
        call(
          value,
          fixed.args.map((a) => a ?? ''),
        ) ?? text
      );
    return typeof value === 'string' ? value : text;
  }
  for (const pattern of index.patterns) {
    const match = pattern.re.exec(text);
    if (!match) continue;
    const args = pattern.args.map((a) => (a === null ? '' : a < 0 ? argument(match[-a], locale) : a));
    const translated = call(at(target, pattern.path), args) ?? call(at(target, pattern.path), args.map(String));
    if (translated !== null) return translated;
  }
  return text;
}

/**
 * Only a fixed text of nl.ts, found exactly (no patterns): for values that may also be what a user
 * typed (a field's old and new value, a name), which a pattern could otherwise take for a sentence
 * of ours ("Foto van de zaal").
 */
export function translateFixed(text: string, locale: PortalLocale): string {
  if (locale === 'nl' || !text) return text;
  index ??= build();
  const fixed = index.texts.get(text);
  if (!fixed || fixed.args) return text;
  const value = at(portalMessages(locale), fixed.path);
  return typeof value === 'string' ? value : text;
}

/** Every text of an action's answer (its message, each field's errors, its link) in `locale`. */
export function translateAnswer<R>(answer: R, locale: PortalLocale): R {
  if (locale === 'nl' || !answer || typeof answer !== 'object') return answer;
  const out = { ...answer } as Record<string, unknown>;
  if (typeof out.message === 'string') out.message = translateMessage(out.message, locale);
  if (out.fieldErrors && typeof out.fieldErrors === 'object')
    out.fieldErrors = translateFieldErrors(out.fieldErrors as Record<string, string[]>, locale);
  const link = out.link as { href: string; text: string } | undefined;
  if (link && typeof link.text === 'string') out.link = { ...link, text: translateMessage(link.text, locale) };
  return out as R;
}

export function translateFieldErrors(errors: Record<string, string[]>, locale: PortalLocale): Record<string, string[]> {
  if (locale === 'nl') return errors;
  return Object.fromEntries(Object.entries(errors).map(([field, messages]) => [field, messages.map((m) => translateMessage(m, locale))]));
}
