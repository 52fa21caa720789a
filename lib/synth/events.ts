/**
 * Synthetic trade-promotion events: fairs, market sessions, promotion weeks and exhibitions whose
 * participants come from the organising province.
 */
import type { z } from 'zod';
import type { EventKind, eventSchema } from '../content/schema';
import { type GenerationContext, illustrationCredit } from './context';
import { addDays, provinceDateTime, randomDate } from './dates';
import { createSlugRegistry } from './names';
import { nearby, type AreaRecord, type SyntheticProvince } from './places';
import { groupByProvince, someFrom } from './pools';
import { phoneNumber, type ProducerPlan } from './producers';
import type { ProductRecord } from './products';
import type { Random } from './random';

export type EventRecord = z.input<typeof eventSchema>;

const eventKindWeights: [EventKind, number][] = [
  ['market-session', 45],
  ['fair', 25],
  ['promotion-week', 15],
  ['exhibition', 15],
];

const monthsEn =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

/** Title and length in days of an event of a kind. */
function describeEvent(
  kind: EventKind,
  date: string,
  area: AreaRecord,
  host: SyntheticProvince,
  home: SyntheticProvince,
) {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  switch (kind) {
    case 'market-session':
      return {
        vi: `Phiên chợ OCOP ${area.name} tháng ${month}/${year}`,
        en: `${area.name} OCOP market session, ${monthsEn[month - 1]} ${year}`,
        days: [1, 3] as const,
      };
    case 'fair':
      return {
        vi: `Hội chợ OCOP tỉnh ${home.name} năm ${year}`,
        en: `${home.name} OCOP fair ${year}`,
        days: [3, 5] as const,
      };
    case 'promotion-week':
      return {
        vi: `Tuần lễ OCOP ${home.name} tại ${host.name} năm ${year}`,
        en: `${home.name} OCOP week in ${host.name}, ${year}`,
        days: [5, 7] as const,
      };
    case 'exhibition':
      return {
        vi: `Triển lãm sản phẩm OCOP ${area.name} năm ${year}`,
        en: `${area.name} OCOP products exhibition ${year}`,
        days: [2, 4] as const,
      };
  }
}

/**
 * Generates `count` events between 2023 and 2027, mostly as scheduled, a few cancelled, postponed or
 * rescheduled. Participants are producers of the organising province; the products shown are theirs.
 * A promotion week takes place in another province.
 */
export function generateEvents(
  random: Random,
  context: GenerationContext,
  producers: readonly ProducerPlan[],
  products: readonly ProductRecord[],
  count: number,
): EventRecord[] {
  const slugs = createSlugRegistry();
  const producersByProvince = groupByProvince(
    context,
    producers,
    (p) => p.area.slug,
    (p) => p.record.slug,
  );
  const allProducers = producers.map((p) => p.record.slug);
  const productsByProducer = new Map<string, string[]>();
  for (const product of products) {
    const list = productsByProducer.get(product.producer) ?? [];
    list.push(product.slug);
    productsByProducer.set(product.producer, list);
  }

  return Array.from({ length: count }, (): EventRecord => {
    const kind = random.weighted(eventKindWeights);
    const home = random.pick(context.provinces);
    const host = kind === 'promotion-week' ? random.pick(context.provinces) : home;
    const area = random.pick(host.areas);
    const startDate = randomDate(random, '2023-01-05', '2027-12-20');
    const described = describeEvent(kind, startDate, area, host, home);
    const endDate = addDays(startDate, random.int(described.days[0], described.days[1]) - 1);
    const status = random.weighted([
      ['scheduled', 90],
      ['cancelled', 4],
      ['postponed', 3],
      ['rescheduled', 3],
    ] as const);
    const participants = someFrom(
      random,
      producersByProvince,
      home.slug,
      random.int(3, 15),
      allProducers,
    );
    const shown = participants.flatMap((p) => productsByProducer.get(p) ?? []).slice(0, 20);
    const statusNote = {
      scheduled: { vi: '', en: '' },
      cancelled: { vi: '**Đã hủy.** ', en: '**Cancelled.** ' },
      postponed: { vi: '**Tạm hoãn.** ', en: '**Postponed.** ' },
      rescheduled: { vi: '**Đã dời lịch.** ', en: '**Rescheduled.** ' },
    }[status];

    return {
      slug: slugs.claim(described.vi),
      title: { vi: described.vi, en: described.en },
      description: {
        vi: `${statusNote.vi}${described.vi} giới thiệu sản phẩm OCOP của ${participants.length} chủ thể tỉnh ${home.name}.\n\n*Dữ liệu tổng hợp.*`,
        en: `${statusNote.en}The ${described.en} shows OCOP products of ${participants.length} producers of ${home.name}.\n\n*Synthetic data.*`,
      },
      kind,
      start: provinceDateTime(startDate, '08:00'),
      end: provinceDateTime(endDate, '21:00'),
      venue: {
        name: {
          vi: `Nhà văn hóa ${area.name} (địa điểm mẫu)`,
          en: `${area.name} cultural house (sample venue)`,
        },
        address: { line: `(địa chỉ mẫu) trung tâm ${area.name}`, area: area.slug },
        coordinates: nearby(random, area.centre, 0.01),
      },
      boothCount: random.int(2, 30) * 10,
      ...(random.chance(0.6)
        ? {
            registration: {
              deadline: provinceDateTime(addDays(startDate, -10), '17:00'),
              howTo: {
                vi: 'Gửi phiếu đăng ký cho ban tổ chức qua điện thoại hoặc thư điện tử.',
                en: 'Send the registration form to the organisers by phone or email.',
              },
              phone: phoneNumber(random),
            },
          }
        : {}),
      participants,
      products: shown,
      status,
      ...(status === 'rescheduled'
        ? { previousStart: provinceDateTime(addDays(startDate, -random.int(7, 30)), '08:00') }
        : {}),
      images: [
        {
          src: `/images/events/${kind}.svg`,
          alt: { vi: `Minh họa: ${described.vi}`, en: `Illustration: ${described.en}` },
          credit: illustrationCredit,
          license: 'CC BY 4.0',
          width: 1200,
          height: 800,
        },
      ],
      source: {
        organisation: context.settings.defaultOrganiser,
        checkedOn: randomDate(random, '2026-01-05', '2026-10-31'),
      },
    };
  });
}
