import { ImageResponse } from 'next/og';
import { getDataset } from '@/lib/content';
import { getDictionary } from '@/lib/i18n/dictionary';
import { localizedString } from '@/lib/i18n/localize';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { getOgFonts, ogFontFamily } from '@/lib/og/fonts';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'OCOP Quảng Ngãi';

/** The default Open Graph image of every page in a language: site name, tagline and the star mark. */
export default async function OpenGraphImage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang: raw } = await params;
  const lang: Locale = isLocale(raw) ? raw : 'vi';
  const [{ settings }, dict, fonts] = await Promise.all([
    getDataset(),
    getDictionary(lang),
    getOgFonts(),
  ]);
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: '#14532d',
        color: '#fef3c7',
        fontFamily: ogFontFamily,
      }}
    >
      <div
        style={{ display: 'flex', alignItems: 'center', gap: 24, fontSize: 40, fontWeight: 700 }}
      >
        {[0, 1, 2, 3, 4].map((index) => (
          <svg key={index} width="72" height="72" viewBox="0 0 64 64">
            <path
              d="M32 4l8.6 17.5 19.4 2.8-14 13.6 3.3 19.2L32 48l-17.3 9.1 3.3-19.2-14-13.6 19.4-2.8z"
              fill="#fbbf24"
            />
          </svg>
        ))}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 20 }}>
        <div style={{ fontSize: 84, fontWeight: 700, lineHeight: 1.1 }}>
          {localizedString(settings.siteName, lang)}
        </div>
        <div style={{ fontSize: 36, lineHeight: 1.35, color: '#dcfce7' }}>
          {localizedString(settings.tagline, lang)}
        </div>
      </div>
      {settings.isSampleData ? (
        <div style={{ display: 'flex', fontSize: 28, color: '#fde68a' }}>
          {dict.sampleNotice.title}
        </div>
      ) : (
        <div style={{ display: 'flex' }} />
      )}
    </div>,
    { ...size, fonts },
  );
}
