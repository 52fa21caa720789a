/**
 * Strings of the embeddable cards, oEmbed and broadcast cards (issue 7), kept in their own file;
 * vi.ts and en.ts take them in as `embeds`.
 */
interface EmbedStrings {
  /** The card's link to the full page (opens in the top window). */
  viewOnSite: string;
  /** The small label above a product's name. */
  productKind: string;
  producer: string;
  place: string;
  /** After a valid certificate's status: "Còn hiệu lực đến 25/12/2026"; `{date}` is the expiry. */
  validUntil: string;
  when: string;
  where: string;
  organiser: string;
  /** Timing of an event that is not cancelled. */
  upcoming: string;
  ongoing: string;
  ended: string;
  /** Short notice shown while the site runs on sample data. */
  sampleData: string;
  /** `title` of the iframe in the embed code (screen readers announce it). */
  iframeTitle: string;
  notFoundTitle: string;
  notFoundBody: string;
  badLanguageTitle: string;
  badLanguage: string;
  broadcast: {
    /** Image credit line; `{credit}` and `{license}` come from the record's image. */
    imageCredit: string;
    /** Where the data comes from, with the page's address. */
    source: string;
    /** Alt text of the Open Graph image made from the card. */
    alt: string;
    stars: string;
  };
}

export const embedStrings: Record<'vi' | 'en', EmbedStrings> = {
  vi: {
    viewOnSite: 'Xem trên OCOP Quảng Ngãi',
    productKind: 'Sản phẩm OCOP',
    producer: 'Nhà sản xuất',
    place: 'Địa phương',
    validUntil: 'đến {date}',
    when: 'Thời gian',
    where: 'Địa điểm',
    organiser: 'Tổ chức',
    upcoming: 'Sắp diễn ra',
    ongoing: 'Đang diễn ra',
    ended: 'Đã kết thúc',
    sampleData: 'Dữ liệu mẫu',
    iframeTitle: '{name} – thẻ thông tin OCOP Quảng Ngãi',
    notFoundTitle: 'Không tìm thấy',
    notFoundBody: 'Sản phẩm hoặc sự kiện này không có trên OCOP Quảng Ngãi.',
    badLanguageTitle: 'Yêu cầu không hợp lệ',
    badLanguage: 'Tham số lang phải là "vi" hoặc "en".',
    broadcast: {
      imageCredit: 'Ảnh: {credit} · {license}',
      source: 'Nguồn: {site} · {url}',
      alt: 'Thẻ thông tin: {name}',
      stars: 'Hạng {count} sao OCOP',
    },
  },
  en: {
    viewOnSite: 'View on OCOP Quảng Ngãi',
    productKind: 'OCOP product',
    producer: 'Producer',
    place: 'Place',
    validUntil: 'until {date}',
    when: 'When',
    where: 'Where',
    organiser: 'Organiser',
    upcoming: 'Upcoming',
    ongoing: 'Happening now',
    ended: 'Ended',
    sampleData: 'Sample data',
    iframeTitle: '{name} – OCOP Quảng Ngãi card',
    notFoundTitle: 'Not found',
    notFoundBody: 'This product or event is not on OCOP Quảng Ngãi.',
    badLanguageTitle: 'Bad request',
    badLanguage: 'The lang parameter must be "vi" or "en".',
    broadcast: {
      imageCredit: 'Image: {credit} · {license}',
      source: 'Source: {site} · {url}',
      alt: 'Information card: {name}',
      stars: '{count}-star OCOP',
    },
  },
};
