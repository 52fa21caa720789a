import { jsonError } from '@/lib/api/http';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { producerVCard } from '@/lib/contact/vcard';
import { getDataset } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { localizedString } from '@/lib/i18n/localize';
import { isLocale } from '@/lib/i18n/locales';

/** GET /{lang}/producers/{slug}/contact.vcf: the producer's contact card (vCard 4.0). */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ lang: string; slug: string }> },
) {
  const { lang, slug } = await params;
  const catalogue = getCatalogue(await getDataset());
  const producer = isLocale(lang) ? catalogue.producer(slug) : undefined;
  if (!producer || !isLocale(lang)) return jsonError(404, `No producer with slug "${slug}".`);
  const card = producerVCard({
    producer,
    name: localizedString(producer.name, lang),
    area: catalogue.area(producer.address.area),
    provinceName: catalogue.dataset.settings.province.name,
    pageUrl: `${getEnv().SITE_URL}/${lang}/producers/${slug}`,
  });
  return new Response(card, {
    headers: {
      'Content-Type': 'text/vcard; charset=utf-8',
      'Content-Disposition': `attachment; filename="${slug}.vcf"`,
      'Cache-Control': 'public, max-age=300',
    },
  });
}
