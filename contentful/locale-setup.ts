/**
 * The locale changes an environment needs so that it matches `contentfulLocales` (model.ts):
 * Vietnamese as the default, English optional and without fallback. Pure, so the runner can print
 * the changes in a dry run and the tests can check each starting point.
 *
 * English has no fallback on purpose: with one, the Delivery API would answer an English request
 * with the Vietnamese text as if it were English, and the site could not show its "not yet
 * translated" note (lib/i18n/localize.ts).
 */
import { contentfulLocales } from '../lib/content/contentful/model';

export interface ExistingLocale {
  /** The locale's sys.id, which is not its code. */
  id: string;
  code: string;
  name: string;
  default: boolean;
  optional: boolean;
  fallbackCode: string | null;
}

export type LocaleChange =
  | {
      kind: 'update';
      localeId: string;
      description: string;
      set: Partial<Pick<ExistingLocale, 'code' | 'name' | 'optional' | 'fallbackCode'>>;
    }
  | {
      kind: 'create';
      description: string;
      locale: { code: string; name: string; optional: boolean; fallbackCode: null };
    };

/**
 * What to change, in the order to change it. `hasEntries` says whether the environment holds any
 * entry: a new space's default locale (en-US) can only be turned into `vi` by changing its code
 * (Contentful never lets another locale become the default), and on an environment with content
 * that would relabel the existing text as Vietnamese, so then this throws instead.
 */
export function planLocaleChanges(
  existing: readonly ExistingLocale[],
  hasEntries: boolean,
): LocaleChange[] {
  const wantedDefault = contentfulLocales.find((locale) => locale.default)!;
  const currentDefault = existing.find((locale) => locale.default);
  if (!currentDefault) throw new Error('The environment has no default locale');
  const changes: LocaleChange[] = [];
  let others = existing.filter((locale) => !locale.default);

  if (currentDefault.code !== wantedDefault.code) {
    if (others.some((locale) => locale.code === wantedDefault.code)) {
      throw new Error(
        `Locale ${wantedDefault.code} exists but ${currentDefault.code} is the default, and Contentful cannot change which locale is the default. Use a new environment, whose default locale can be renamed.`,
      );
    }
    if (hasEntries) {
      throw new Error(
        `The default locale is ${currentDefault.code}, not ${wantedDefault.code}, and the environment already has entries: renaming the locale would relabel their text as Vietnamese. Start from an empty environment, or rename the locale by hand in Settings → Locales if the text is Vietnamese.`,
      );
    }
    // The code of a locale that others fall back to cannot change: clear those fallbacks first.
    for (const locale of others.filter((other) => other.fallbackCode === currentDefault.code)) {
      changes.push({
        kind: 'update',
        localeId: locale.id,
        description: `${locale.code}: no fallback (was ${currentDefault.code})`,
        set: { fallbackCode: null },
      });
      others = others.map((other) => (other === locale ? { ...other, fallbackCode: null } : other));
    }
    changes.push({
      kind: 'update',
      localeId: currentDefault.id,
      description: `default locale ${currentDefault.code} → ${wantedDefault.code} (${wantedDefault.name})`,
      set: { code: wantedDefault.code, name: wantedDefault.name },
    });
  }

  for (const wanted of contentfulLocales.filter((locale) => !locale.default)) {
    const found = others.find((locale) => locale.code === wanted.code);
    if (!found) {
      changes.push({
        kind: 'create',
        description: `create ${wanted.code} (${wanted.name}), optional, no fallback`,
        locale: {
          code: wanted.code,
          name: wanted.name,
          optional: wanted.optional,
          fallbackCode: null,
        },
      });
    } else if (found.optional !== wanted.optional || found.fallbackCode !== null) {
      changes.push({
        kind: 'update',
        localeId: found.id,
        description: `${wanted.code}: optional ${wanted.optional}, no fallback`,
        set: { optional: wanted.optional, fallbackCode: null },
      });
    }
  }
  return changes;
}
