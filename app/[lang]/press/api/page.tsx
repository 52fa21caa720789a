import type { Metadata } from 'next';
import { PageLink } from '@/components/ui/page-link';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { getDictionary } from '@/lib/i18n/dictionary';
import { isLocale } from '@/lib/i18n/locales';
import { languageAlternates } from '@/lib/seo/metadata';

interface ApiGuidePageProps {
  params: Promise<{ lang: string }>;
}

export async function generateMetadata({ params }: ApiGuidePageProps): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const dict = await getDictionary(lang);
  return {
    title: dict.press.apiTitle,
    description: dict.press.apiMetaDescription,
    alternates: languageAlternates(lang, '/press/api'),
  };
}

interface DocumentedParameter {
  name: string;
  in: string;
  description?: string;
  schema: {
    type?: string;
    enum?: unknown[];
    items?: { enum?: unknown[] };
    default?: unknown;
    maximum?: number;
  };
}

/** What a parameter accepts, in a few words: its values, or its type, bound and default. */
function valuesOf({ schema }: DocumentedParameter): string {
  const values = schema.enum ?? schema.items?.enum;
  const parts = [
    values ? values.join(', ') : schema.type === 'array' ? 'list' : (schema.type ?? ''),
    schema.maximum !== undefined ? `≤ ${schema.maximum}` : '',
    schema.default !== undefined ? `(${String(schema.default)})` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** The API guide: generated from the OpenAPI document, so it always says what the API does. */
export default async function ApiGuidePage({ params }: ApiGuidePageProps) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const dict = await getDictionary(lang);
  const t = dict.press;
  const document = buildOpenApiDocument();
  const breadcrumbs = [
    { name: dict.nav.home, href: `/${lang}` },
    { name: t.title, href: `/${lang}/press` },
    { name: t.apiTitle, href: `/${lang}/press/api` },
  ];
  return (
    <div className="max-w-4xl space-y-8">
      <Breadcrumbs label={dict.product.breadcrumbLabel} items={breadcrumbs} />
      <header className="space-y-3">
        <h1 className="text-3xl font-bold md:text-4xl">{t.apiTitle}</h1>
        <p>{t.apiIntro}</p>
        <p>
          <a href="/api/v1/openapi.json">{t.apiOpenApi}</a>
        </p>
      </header>
      {Object.entries(document.paths).map(([path, item]) => {
        const operation = item.get;
        const parameters = (operation.parameters as DocumentedParameter[]).filter(
          (p) => p.in === 'query' && p.name !== 'lang',
        );
        const example = path.includes('{slug}') ? undefined : `${path}?lang=${lang}`;
        return (
          <section key={path} aria-labelledby={`api-${path}`} className="space-y-2">
            <h2 id={`api-${path}`} className="font-mono text-lg font-bold break-all">
              GET {path}
            </h2>
            <p>{operation.summary}</p>
            {parameters.length === 0 ? (
              <p className="text-sm">{t.apiNoParameters}</p>
            ) : (
              <div className="overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">
                    {t.apiParameters}: GET {path}
                  </caption>
                  <thead>
                    <tr className="border-b border-stone-300">
                      <th scope="col" className="py-1 pr-3">
                        {t.apiParameter}
                      </th>
                      <th scope="col" className="py-1 pr-3">
                        {t.apiDescription}
                      </th>
                      <th scope="col" className="py-1">
                        {t.apiValues}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {parameters.map((p) => (
                      <tr key={p.name} className="border-b border-stone-200 align-top">
                        <th scope="row" className="py-1 pr-3 font-mono font-semibold">
                          {p.name}
                        </th>
                        <td className="py-1 pr-3">{p.description}</td>
                        <td className="py-1 font-mono text-xs">{valuesOf(p)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {example && (
              <p className="text-sm">
                {t.apiTry}: <a href={example}>{example}</a>
              </p>
            )}
          </section>
        );
      })}
      <section aria-labelledby="api-errors" className="space-y-2">
        <h2 id="api-errors" className="text-lg font-bold">
          {t.apiErrorsHeading}
        </h2>
        <p>{t.apiErrorsBody}</p>
      </section>
      <p>
        <PageLink href={`/${lang}/press`}>← {t.title}</PageLink>
      </p>
    </div>
  );
}
