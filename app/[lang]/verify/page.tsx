import type { Metadata } from 'next';
import { PageLink } from '@/components/ui/page-link';
import { notFound } from 'next/navigation';
import { CertificateStatusBadge } from '@/components/product/certificate-status-badge';
import { StarRating } from '@/components/product/star-rating';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { productStatus } from '@/lib/catalogue/product-status';
import { findCertificates, maxVerifyCodeLength } from '@/lib/catalogue/verify';
import { getDataset, getToday } from '@/lib/content';
import { getDictionary } from '@/lib/i18n/dictionary';
import { formatDate } from '@/lib/i18n/format';
import { fill, localizedString } from '@/lib/i18n/localize';
import { isLocale } from '@/lib/i18n/locales';
import { certificateExpiry, revocationOn } from '@/lib/ocop/certificate';
import { languageAlternates } from '@/lib/seo/metadata';

interface VerifyPageProps {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// The answer depends on the query string: render per request, whole, so it reads without JavaScript.
export const instant = false;

export async function generateMetadata({ params }: VerifyPageProps): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const dict = await getDictionary(lang);
  return {
    title: dict.verify.title,
    description: dict.verify.metaDescription,
    alternates: languageAlternates(lang, '/verify'),
  };
}

export default async function VerifyPage({ params, searchParams }: VerifyPageProps) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const [dict, dataset, today, query] = await Promise.all([
    getDictionary(lang),
    getDataset(),
    getToday(),
    searchParams,
  ]);
  const t = dict.verify;
  const raw = Array.isArray(query.code) ? query.code[0] : query.code;
  const code = raw?.trim() ?? '';
  const isTooLong = code.length > maxVerifyCodeLength;
  const matches = code && !isTooLong ? findCertificates(dataset, code) : [];
  const catalogue = getCatalogue(dataset);
  const owner = catalogue.organisation(dataset.settings.programmeOwner);

  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold md:text-4xl">{t.title}</h1>
      <p className="mt-3">{t.intro}</p>
      <form
        action={`/${lang}/verify`}
        method="get"
        role="search"
        className="mt-6 flex flex-col gap-2 sm:flex-row sm:items-end"
      >
        <div className="flex-1">
          <label htmlFor="verify-code" className="mb-1 block font-semibold">
            {t.label}
          </label>
          <input
            id="verify-code"
            name="code"
            type="search"
            defaultValue={code}
            maxLength={maxVerifyCodeLength}
            className="w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base"
          />
        </div>
        <button
          type="submit"
          className="rounded-md bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900"
        >
          {t.submit}
        </button>
      </form>

      {isTooLong && (
        <p role="alert" className="mt-6 rounded bg-red-50 p-4 text-red-800">
          {t.tooLong}
        </p>
      )}
      {code && !isTooLong && (
        <section aria-labelledby="verify-result" className="mt-8">
          <h2 id="verify-result" className="text-xl font-bold">
            {fill(t.found, { code })}
          </h2>
          {matches.length === 0 ? (
            <p role="status" className="mt-3 rounded bg-ochre-100 p-4 text-ochre-800">
              {fill(t.notFound, {
                code,
                owner: owner ? localizedString(owner.shortName ?? owner.name, lang) : '',
              })}
            </p>
          ) : (
            <ul className="mt-4 space-y-4">
              {matches.map((product) => {
                const status = productStatus(product, today);
                const producer = catalogue.producer(product.producer);
                const date =
                  status === 'revoked'
                    ? (revocationOn(product.certificate, today)?.date ?? today)
                    : certificateExpiry(product.certificate);
                return (
                  <li key={product.slug} className="rounded-lg border border-stone-200 p-4">
                    <p className="flex flex-wrap items-center gap-2">
                      <CertificateStatusBadge status={status} labels={dict.certificateStatus} />
                      <StarRating
                        stars={product.stars}
                        isPotentialFiveStar={product.isPotentialFiveStar}
                        strings={dict.stars}
                      />
                    </p>
                    <h3 className="mt-2 text-lg font-bold">
                      <PageLink href={`/${lang}/products/${product.slug}`}>
                        {localizedString(product.name, lang)}
                      </PageLink>
                    </h3>
                    <p className="mt-1">
                      {fill(t.statusSentence[status], { date: formatDate(date, lang) })}
                    </p>
                    <p className="mt-1 text-sm text-stone-700">
                      {dict.product.decisionNumber}: {product.certificate.decisionNumber} ·{' '}
                      {dict.product.productCode}: {product.code}
                      {producer && ` · ${t.producer}: ${localizedString(producer.name, lang)}`}
                    </p>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
