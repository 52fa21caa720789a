import type { LocalizedText as LocalizedTextValue } from '@/lib/content/schema';
import { localize } from '@/lib/i18n/localize';
import type { Locale } from '@/lib/i18n/locales';

interface LocalizedTextProps {
  value: LocalizedTextValue;
  lang: Locale;
  /** Shown beside Vietnamese text on an English page, e.g. "Vietnamese only". */
  fallbackNote: string;
  as?: 'span' | 'p' | 'div';
  className?: string;
}

/**
 * Text in the page's language; when English is missing, the Vietnamese text marked with its
 * language (for screen readers and translation tools) and a visible note.
 */
export function LocalizedText({
  value,
  lang,
  fallbackNote,
  as: Tag = 'span',
  className,
}: LocalizedTextProps) {
  const localized = localize(value, lang);
  if (!localized.isFallback) return <Tag className={className}>{localized.text}</Tag>;
  return (
    <Tag className={className}>
      <span lang={localized.lang}>{localized.text}</span>{' '}
      <span className="rounded bg-stone-100 px-1 text-xs font-normal text-stone-700">
        ({fallbackNote})
      </span>
    </Tag>
  );
}
