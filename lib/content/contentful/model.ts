/**
 * The Contentful content model, written once as data. The migrations (contentful/migrations/), the
 * export of content/ for contentful-import (scripts/content-export.ts) and the Contentful source
 * (./contentful-source.ts) are all derived from this table, so the three cannot disagree.
 *
 * Each field names the `path` of the value inside the domain record (lib/content/schema.ts): nested
 * objects an editor fills field by field (a product's certificate, an address) are flattened into
 * several Contentful fields, and joined again on read. Structures an editor rarely touches and that
 * have no good Contentful editor (certificate history, opening hours) are JSON fields holding the
 * domain shape; zod checks them on read like everything else.
 *
 * Help texts are in Vietnamese: the province's editors read them.
 */
import {
  areaTypes,
  articleKinds,
  eventKinds,
  eventStatuses,
  producerTypes,
  regions,
  retailPointKinds,
} from '../schema';

export const contentfulLocales = [
  { code: 'vi', name: 'Tiếng Việt', default: true, optional: false },
  // English may be missing: the site then shows the Vietnamese text with a note.
  { code: 'en', name: 'English', default: false, optional: true },
] as const;

export const defaultLocale = 'vi';

export type ContentTypeId =
  | 'siteSettings'
  | 'groupScheme'
  | 'area'
  | 'evaluationRound'
  | 'image'
  | 'product'
  | 'producer'
  | 'event'
  | 'retailPoint'
  | 'article';

/** How a value is stored in Contentful; the codec (./codec.ts) converts each to the domain shape. */
export type FieldKind =
  /** One line (Symbol, up to 256 characters). */
  | 'symbol'
  /** Long text or Markdown (Text). */
  | 'text'
  | 'integer'
  | 'number'
  | 'boolean'
  /** YYYY-MM-DD. */
  | 'date'
  /** A moment with its offset. */
  | 'datetime'
  /** A list of short texts (Array of Symbol). */
  | 'symbols'
  /** Contentful's Location { lat, lon }, the domain's { lat, lng }. */
  | 'location'
  /** A JSON object or array holding the domain shape as it is. */
  | 'json'
  /** A link to one entry of `linkTo`; the domain holds that entry's slug. */
  | 'link'
  /** Links to entries of `linkTo`; the domain holds their slugs. */
  | 'links'
  /** A link to one image entry; the domain holds the Image object. */
  | 'image'
  /** Links to image entries; the domain holds Image objects. */
  | 'images'
  /** A link to an asset (only in the image content type); the domain holds src, width, height. */
  | 'asset';

export interface FieldSpec {
  /** Contentful field id. */
  id: string;
  /** Label in the web app (Vietnamese). */
  name: string;
  kind: FieldKind;
  /** Dotted path in the domain record; defaults to the id. */
  path?: string;
  /** Text in both languages: a localised field (vi required when `required`, en optional). */
  localized?: boolean;
  required?: boolean;
  linkTo?: ContentTypeId;
  /** Allowed values (Contentful `in` validation). */
  oneOf?: readonly (string | number)[];
  range?: { min?: number; max?: number };
  /** Regular expression the value must match (Contentful `regexp` validation). */
  pattern?: string;
  /** Size of a list. */
  size?: { min?: number; max?: number };
  /** No two entries of the type may share the value (slugs). */
  isUnique?: boolean;
  /** Editor help, in Vietnamese. */
  help: string;
}

export interface ContentTypeSpec {
  id: ContentTypeId;
  name: string;
  description: string;
  displayField: string;
  /** Only one entry of the type is read (site settings, the group list). */
  isSingleton?: boolean;
  fields: FieldSpec[];
}

const slugPattern = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
/** Loose on purpose: the site's zod check is the strict one; this catches typing slips early. */
const emailPattern = '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$';
const urlPattern = '^https?://[^\\s]+$';

const slugField: FieldSpec = {
  id: 'slug',
  name: 'Đường dẫn (slug)',
  kind: 'symbol',
  required: true,
  isUnique: true,
  pattern: slugPattern,
  help: 'Chữ thường không dấu, số và dấu gạch ngang, ví dụ mach-nha-mantoza. Là một phần địa chỉ trang: đừng đổi sau khi đã công bố.',
};

const phoneField: FieldSpec = {
  id: 'phone',
  name: 'Điện thoại',
  kind: 'symbol',
  pattern: '^\\+?[0-9 .()-]{8,20}$',
  help: 'Ví dụ 0255 3822 123.',
};

const websiteField: FieldSpec = {
  id: 'website',
  name: 'Trang web',
  kind: 'symbol',
  pattern: urlPattern,
  help: 'Địa chỉ đầy đủ, bắt đầu bằng https://.',
};

/** Where a record comes from and when it was last checked: the same three fields on every record. */
const sourceFields: FieldSpec[] = [
  {
    id: 'sourceOrganisation',
    name: 'Nguồn: cơ quan',
    kind: 'symbol',
    path: 'source.organisation',
    required: true,
    pattern: slugPattern,
    help: 'Mã (slug) của cơ quan cung cấp dữ liệu, trong danh sách cơ quan của Cài đặt trang.',
  },
  {
    id: 'checkedOn',
    name: 'Nguồn: ngày kiểm tra',
    kind: 'date',
    path: 'source.checkedOn',
    required: true,
    help: 'Ngày gần nhất đối chiếu bản ghi với nguồn.',
  },
  {
    id: 'sourceUrl',
    name: 'Nguồn: địa chỉ web',
    kind: 'symbol',
    pattern: urlPattern,
    path: 'source.url',
    help: 'Văn bản hoặc trang gốc (nếu có).',
  },
];

/** An address after the 2025 reform, flattened; `prefix` places it inside the record. */
function addressFields(prefix: string, idPrefix = '', isAreaRequired = true): FieldSpec[] {
  const id = (name: string) =>
    idPrefix ? idPrefix + name[0]!.toUpperCase() + name.slice(1) : name;
  return [
    {
      id: id('addressLine'),
      name: 'Địa chỉ (thôn, đường, số nhà)',
      kind: 'symbol',
      path: `${prefix}.line`,
      help: 'Phần địa chỉ dưới cấp xã theo tên mới, ví dụ "Thôn Nam Thuận".',
    },
    {
      id: id('area'),
      name: 'Xã, phường, đặc khu',
      kind: 'link',
      linkTo: 'area',
      path: `${prefix}.area`,
      required: isAreaRequired,
      help: 'Đơn vị hành chính cấp xã sau sắp xếp năm 2025.',
    },
    {
      id: id('formerAddress'),
      name: 'Địa chỉ cũ (trước 2025)',
      kind: 'json',
      path: `${prefix}.former`,
      help: 'Địa chỉ in trên giấy chứng nhận và bao bì cũ: {"line": "…", "commune": "…", "district": "…"}.',
    },
  ];
}

const starsField: FieldSpec = {
  id: 'stars',
  name: 'Số sao',
  kind: 'integer',
  required: true,
  oneOf: [3, 4, 5],
  help: 'Hạng sao theo quyết định công nhận. Sản phẩm tiềm năng 5 sao giữ 4 sao đến khi Trung ương công nhận.',
};

export const contentModel: readonly ContentTypeSpec[] = [
  {
    id: 'siteSettings',
    name: 'Cài đặt trang',
    description: 'Tên trang, tỉnh, giấy phép dữ liệu và các cơ quan. Chỉ có một mục.',
    displayField: 'siteName',
    isSingleton: true,
    fields: [
      {
        id: 'siteName',
        name: 'Tên trang',
        kind: 'symbol',
        localized: true,
        required: true,
        help: 'Hiện ở đầu mọi trang.',
      },
      {
        id: 'tagline',
        name: 'Khẩu hiệu',
        kind: 'symbol',
        localized: true,
        required: true,
        help: 'Một câu giới thiệu trang, dùng cho kết quả tìm kiếm.',
      },
      {
        id: 'provinceName',
        name: 'Tên tỉnh',
        kind: 'symbol',
        path: 'province.name',
        required: true,
        help: 'Ví dụ "Quảng Ngãi".',
      },
      {
        id: 'provinceBounds',
        name: 'Khung bản đồ',
        kind: 'json',
        path: 'province.bounds',
        required: true,
        help: 'Góc tây nam và góc đông bắc: [{"lat": 13.85, "lng": 107.35}, {"lat": 15.45, "lng": 109.2}].',
      },
      {
        id: 'provinceCentre',
        name: 'Tâm bản đồ',
        kind: 'location',
        path: 'province.centre',
        required: true,
        help: 'Điểm giữa bản đồ khi mở trang.',
      },
      {
        id: 'isSampleData',
        name: 'Dữ liệu mẫu',
        kind: 'boolean',
        required: true,
        help: 'Bật khi dữ liệu còn là mẫu: mọi trang sẽ ghi rõ điều đó. Tắt khi dữ liệu đã được xác nhận.',
      },
      {
        id: 'dataLicense',
        name: 'Giấy phép dữ liệu',
        kind: 'json',
        required: true,
        help: 'Giấy phép áp dụng cho dữ liệu mở của trang, ví dụ {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}.',
      },
      {
        id: 'programmeOwner',
        name: 'Cơ quan chủ trì OCOP',
        kind: 'symbol',
        required: true,
        pattern: slugPattern,
        help: 'Mã (slug) của cơ quan trong danh sách cơ quan.',
      },
      {
        id: 'defaultOrganiser',
        name: 'Đơn vị tổ chức mặc định',
        kind: 'symbol',
        required: true,
        pattern: slugPattern,
        help: 'Mã (slug) của cơ quan tổ chức hội chợ khi sự kiện không ghi đơn vị khác.',
      },
      {
        id: 'organisations',
        name: 'Các cơ quan',
        kind: 'json',
        required: true,
        help: 'Danh sách cơ quan: [{"slug", "name": {"vi", "en"}, "role", "phone", "email", "website"}]. role: programme-owner, trade-promotion, press, certifier, other.',
      },
      {
        id: 'reportedFigures',
        name: 'Số liệu báo cáo',
        kind: 'json',
        help: 'Số liệu chương trình báo cáo mà danh mục không có từng bản ghi: [{"label": {"vi", "en"}, "value": 123, "asOf": "2025-12-31"}].',
      },
    ],
  },
  {
    id: 'groupScheme',
    name: 'Bộ nhóm sản phẩm',
    description: 'Các nhóm và phân nhóm sản phẩm OCOP theo văn bản hiện hành. Chỉ có một mục.',
    displayField: 'version',
    isSingleton: true,
    fields: [
      { id: 'version', name: 'Phiên bản', kind: 'symbol', required: true, help: 'Ví dụ "2023".' },
      {
        id: 'legalBasis',
        name: 'Căn cứ pháp lý',
        kind: 'symbol',
        required: true,
        help: 'Ví dụ "Quyết định 148/QĐ-TTg ngày 24/02/2023".',
      },
      {
        id: 'effectiveFrom',
        name: 'Hiệu lực từ',
        kind: 'date',
        required: true,
        help: 'Ngày văn bản có hiệu lực.',
      },
      {
        id: 'groups',
        name: 'Các nhóm',
        kind: 'json',
        required: true,
        help: 'Danh sách nhóm: [{"code", "name": {"vi", "en"}, "description": {"vi", "en"}, "subgroups": [{"code", "name"}]}]. Đổi mã nhóm làm hỏng liên kết cũ.',
      },
    ],
  },
  {
    id: 'area',
    name: 'Xã, phường, đặc khu',
    description: 'Đơn vị hành chính cấp xã của tỉnh sau sắp xếp năm 2025.',
    displayField: 'name',
    fields: [
      slugField,
      {
        id: 'name',
        name: 'Tên',
        kind: 'symbol',
        required: true,
        help: 'Tên không kèm cấp, ví dụ "Lý Sơn".',
      },
      {
        id: 'type',
        name: 'Cấp',
        kind: 'symbol',
        required: true,
        oneOf: areaTypes,
        help: 'commune (xã), ward (phường) hoặc special-zone (đặc khu).',
      },
      {
        id: 'region',
        name: 'Vùng',
        kind: 'symbol',
        required: true,
        oneOf: regions,
        help: 'east: Quảng Ngãi cũ; west: Kon Tum cũ.',
      },
      {
        id: 'centre',
        name: 'Vị trí trung tâm',
        kind: 'location',
        required: true,
        help: 'Điểm đặt tên trên bản đồ.',
      },
      {
        id: 'formerNames',
        name: 'Tên cũ',
        kind: 'json',
        help: 'Các đơn vị đã nhập vào: [{"name": "An Hải", "type": "commune", "district": "Lý Sơn"}]. type: commune, ward, town, district.',
      },
    ],
  },
  {
    id: 'evaluationRound',
    name: 'Đợt đánh giá',
    description: 'Một đợt đánh giá, phân hạng sản phẩm OCOP cấp tỉnh.',
    displayField: 'slug',
    fields: [
      { ...slugField, help: 'Năm và số đợt, ví dụ 2025-2.' },
      {
        id: 'year',
        name: 'Năm',
        kind: 'integer',
        required: true,
        range: { min: 2018, max: 2100 },
        help: 'Năm của đợt.',
      },
      {
        id: 'number',
        name: 'Đợt số',
        kind: 'integer',
        required: true,
        range: { min: 1, max: 12 },
        help: 'Số thứ tự đợt trong năm.',
      },
      {
        id: 'dossierDeadline',
        name: 'Hạn nộp hồ sơ',
        kind: 'date',
        required: true,
        help: 'Ngày cuối nhận hồ sơ.',
      },
      {
        id: 'councilDate',
        name: 'Ngày họp hội đồng',
        kind: 'date',
        help: 'Ngày hội đồng cấp tỉnh chấm điểm.',
      },
      {
        id: 'decisionNumber',
        name: 'Số quyết định',
        kind: 'symbol',
        help: 'Ví dụ "1425/QĐ-UBND".',
      },
      {
        id: 'decisionDate',
        name: 'Ngày quyết định',
        kind: 'date',
        help: 'Ngày ký quyết định công nhận.',
      },
    ],
  },
  {
    id: 'image',
    name: 'Ảnh',
    description: 'Một ảnh kèm mô tả, tác giả và giấy phép, để báo chí dùng lại đúng quy định.',
    // The description tells images apart in the picker; many share one credit.
    displayField: 'alt',
    fields: [
      {
        id: 'asset',
        name: 'Tệp ảnh',
        kind: 'asset',
        required: true,
        help: 'JPEG, PNG hoặc SVG. Kích thước lấy từ tệp.',
      },
      {
        id: 'alt',
        name: 'Mô tả cho người không xem được ảnh',
        kind: 'symbol',
        localized: true,
        required: true,
        help: 'Tả nội dung ảnh trong một câu, không bắt đầu bằng "Ảnh…".',
      },
      { id: 'caption', name: 'Chú thích', kind: 'symbol', localized: true, help: 'Hiện dưới ảnh.' },
      {
        id: 'credit',
        name: 'Tác giả / nguồn ảnh',
        kind: 'symbol',
        required: true,
        help: 'Ví dụ "Ảnh: Báo Quảng Ngãi".',
      },
      {
        id: 'license',
        name: 'Giấy phép',
        kind: 'symbol',
        required: true,
        help: 'Ví dụ "CC BY 4.0" hoặc "Được phép đăng lại khi ghi nguồn".',
      },
    ],
  },
  {
    id: 'product',
    name: 'Sản phẩm OCOP',
    description: 'Một sản phẩm đã được công nhận hạng sao OCOP.',
    displayField: 'name',
    fields: [
      slugField,
      {
        id: 'code',
        name: 'Mã sản phẩm',
        kind: 'symbol',
        required: true,
        isUnique: true,
        pattern: '^[A-Z]{2,5}-\\d{4}-\\d{3,5}$',
        help: 'Mã in trên bao bì, dạng QNG-2023-0142.',
      },
      {
        id: 'name',
        name: 'Tên sản phẩm',
        kind: 'symbol',
        localized: true,
        required: true,
        help: 'Tên như trên giấy chứng nhận.',
      },
      {
        id: 'summary',
        name: 'Tóm tắt',
        kind: 'text',
        localized: true,
        required: true,
        help: 'Một hoặc hai câu, hiện trên thẻ sản phẩm.',
      },
      {
        id: 'description',
        name: 'Mô tả',
        kind: 'text',
        localized: true,
        required: true,
        help: 'Markdown: đoạn văn, danh sách, liên kết. Không dùng HTML.',
      },
      {
        id: 'group',
        name: 'Nhóm',
        kind: 'symbol',
        required: true,
        pattern: slugPattern,
        help: 'Mã nhóm trong Bộ nhóm sản phẩm, ví dụ food.',
      },
      {
        id: 'subgroup',
        name: 'Phân nhóm',
        kind: 'symbol',
        required: true,
        pattern: slugPattern,
        help: 'Mã phân nhóm thuộc nhóm trên, ví dụ food-processed.',
      },
      starsField,
      {
        id: 'score',
        name: 'Điểm',
        kind: 'number',
        required: true,
        range: { min: 0, max: 100 },
        help: 'Điểm hội đồng chấm (thang 100); phải nằm trong khung điểm của hạng sao.',
      },
      {
        id: 'isPotentialFiveStar',
        name: 'Tiềm năng 5 sao',
        kind: 'boolean',
        help: 'Đạt từ 90 điểm, đã gửi Trung ương và đang chờ công nhận.',
      },
      {
        id: 'decisionNumber',
        name: 'Số quyết định công nhận',
        kind: 'symbol',
        path: 'certificate.decisionNumber',
        required: true,
        help: 'Ví dụ "1425/QĐ-UBND".',
      },
      {
        id: 'issuedBy',
        name: 'Cơ quan ký quyết định',
        kind: 'symbol',
        path: 'certificate.issuedBy',
        required: true,
        pattern: slugPattern,
        help: 'Mã (slug) của cơ quan trong Cài đặt trang.',
      },
      {
        id: 'decisionDate',
        name: 'Ngày quyết định',
        kind: 'date',
        path: 'certificate.decisionDate',
        required: true,
        help: 'Ngày ký quyết định công nhận.',
      },
      {
        id: 'expiresOn',
        name: 'Ngày hết hạn',
        kind: 'date',
        path: 'certificate.expiresOn',
        help: 'Để trống: 36 tháng sau ngày quyết định.',
      },
      {
        id: 'round',
        name: 'Đợt đánh giá',
        kind: 'link',
        linkTo: 'evaluationRound',
        path: 'certificate.round',
        help: 'Đợt đã công nhận sản phẩm.',
      },
      {
        id: 'certificateHistory',
        name: 'Lịch sử chứng nhận',
        kind: 'json',
        path: 'certificate.history',
        help: 'Các lần công nhận, nâng hạng, công nhận lại, thu hồi: [{"kind": "upgraded", "date": "2025-12-01", "decisionNumber": "…", "stars": 4}]. Mỗi thay đổi hiện trên nguồn tin thay đổi chứng nhận.',
      },
      {
        id: 'producer',
        name: 'Chủ thể',
        kind: 'link',
        linkTo: 'producer',
        required: true,
        help: 'Doanh nghiệp, hợp tác xã hoặc hộ sản xuất.',
      },
      {
        id: 'area',
        name: 'Xã, phường, đặc khu',
        kind: 'link',
        linkTo: 'area',
        required: true,
        help: 'Nơi sản xuất.',
      },
      {
        id: 'images',
        name: 'Ảnh',
        kind: 'images',
        linkTo: 'image',
        required: true,
        size: { min: 1 },
        help: 'Ảnh đầu tiên là ảnh đại diện.',
      },
      {
        id: 'packaging',
        name: 'Quy cách đóng gói',
        kind: 'symbol',
        localized: true,
        help: 'Ví dụ "Hũ thủy tinh 500 g".',
      },
      {
        id: 'priceVnd',
        name: 'Giá (đồng)',
        kind: 'json',
        help: 'Khoảng giá bán lẻ: {"min": 50000, "max": 120000}.',
      },
      {
        id: 'shelfLife',
        name: 'Hạn sử dụng',
        kind: 'symbol',
        localized: true,
        help: 'Ví dụ "12 tháng".',
      },
      { id: 'standards', name: 'Tiêu chuẩn', kind: 'symbols', help: 'Ví dụ TCCS, VietGAP, HACCP.' },
      {
        id: 'geographicalIndication',
        name: 'Chỉ dẫn địa lý',
        kind: 'json',
        help: 'Chỉ dẫn địa lý đã được bảo hộ (nếu có): {"name": {"vi", "en"}, "registrationNumber": "…", "year": 2019}.',
      },
      {
        id: 'keywords',
        name: 'Từ khóa',
        kind: 'symbols',
        help: 'Từ người mua hay tìm mà tên không có.',
      },
      { id: 'isFeatured', name: 'Nổi bật', kind: 'boolean', help: 'Hiện trên trang chủ.' },
      ...sourceFields,
    ],
  },
  {
    id: 'producer',
    name: 'Chủ thể OCOP',
    description: 'Doanh nghiệp, hợp tác xã, tổ hợp tác hoặc hộ kinh doanh có sản phẩm OCOP.',
    displayField: 'name',
    fields: [
      slugField,
      {
        id: 'name',
        name: 'Tên',
        kind: 'symbol',
        localized: true,
        required: true,
        help: 'Tên đăng ký kinh doanh.',
      },
      {
        id: 'type',
        name: 'Loại hình',
        kind: 'symbol',
        required: true,
        oneOf: producerTypes,
        help: 'enterprise, cooperative, cooperative-group hoặc household-business.',
      },
      {
        id: 'representative',
        name: 'Người đại diện',
        kind: 'json',
        required: true,
        help: '{"name": "Nguyễn Văn A", "title": {"vi": "Giám đốc", "en": "Director"}}',
      },
      ...addressFields('address'),
      {
        id: 'coordinates',
        name: 'Vị trí',
        kind: 'location',
        required: true,
        help: 'Vị trí cơ sở sản xuất trên bản đồ.',
      },
      phoneField,
      {
        id: 'email',
        name: 'Thư điện tử',
        kind: 'symbol',
        pattern: emailPattern,
        help: 'Địa chỉ nhận đơn hàng.',
      },
      websiteField,
      {
        id: 'zalo',
        name: 'Số Zalo',
        kind: 'symbol',
        pattern: '^[0-9]{9,11}$',
        help: 'Chỉ chữ số, ví dụ 0905123456.',
      },
      {
        id: 'description',
        name: 'Giới thiệu',
        kind: 'text',
        localized: true,
        required: true,
        help: 'Markdown. Không dùng HTML.',
      },
      {
        id: 'wholesale',
        name: 'Bán sỉ',
        kind: 'json',
        required: true,
        help: '{"isAvailable": true, "minimumOrder": {"vi", "en"}, "monthlyCapacity": {"vi", "en"}, "leadTimeDays": 7, "exportMarkets": ["JP"]}',
      },
      ...sourceFields,
    ],
  },
  {
    id: 'event',
    name: 'Hội chợ, phiên chợ',
    description: 'Hội chợ, phiên chợ OCOP, tuần hàng hoặc triển lãm.',
    displayField: 'title',
    fields: [
      slugField,
      {
        id: 'title',
        name: 'Tên sự kiện',
        kind: 'symbol',
        localized: true,
        required: true,
        help: 'Ví dụ "Phiên chợ OCOP Ba Tơ tháng 12/2026".',
      },
      {
        id: 'description',
        name: 'Mô tả',
        kind: 'text',
        localized: true,
        required: true,
        help: 'Markdown. Không dùng HTML.',
      },
      {
        id: 'kind',
        name: 'Loại',
        kind: 'symbol',
        required: true,
        oneOf: eventKinds,
        help: 'fair (hội chợ), market-session (phiên chợ), promotion-week (tuần hàng), exhibition (triển lãm).',
      },
      {
        id: 'organiser',
        name: 'Đơn vị tổ chức',
        kind: 'symbol',
        pattern: slugPattern,
        help: 'Mã cơ quan; để trống là đơn vị tổ chức mặc định.',
      },
      {
        id: 'start',
        name: 'Bắt đầu',
        kind: 'datetime',
        required: true,
        help: 'Ngày giờ theo giờ Việt Nam (+07:00).',
      },
      {
        id: 'end',
        name: 'Kết thúc',
        kind: 'datetime',
        required: true,
        help: 'Không trước giờ bắt đầu.',
      },
      {
        id: 'venueName',
        name: 'Địa điểm',
        kind: 'symbol',
        localized: true,
        path: 'venue.name',
        required: true,
        help: 'Ví dụ "Quảng trường Phạm Văn Đồng".',
      },
      ...addressFields('venue.address', 'venue', false),
      {
        id: 'venueCoordinates',
        name: 'Vị trí địa điểm',
        kind: 'location',
        path: 'venue.coordinates',
        required: true,
        help: 'Dùng cho bản đồ và chỉ đường.',
      },
      {
        id: 'boothCount',
        name: 'Số gian hàng',
        kind: 'integer',
        range: { min: 1 },
        help: 'Dự kiến hoặc thực tế.',
      },
      {
        id: 'registration',
        name: 'Đăng ký tham gia',
        kind: 'json',
        help: 'Hạn và cách đăng ký gian hàng: {"deadline": "2026-11-30T17:00:00+07:00", "howTo": {"vi", "en"}, "phone", "email", "url"}.',
      },
      {
        id: 'participants',
        name: 'Chủ thể tham gia',
        kind: 'links',
        linkTo: 'producer',
        help: 'Các chủ thể có gian hàng.',
      },
      {
        id: 'products',
        name: 'Sản phẩm trưng bày',
        kind: 'links',
        linkTo: 'product',
        help: 'Sản phẩm OCOP có mặt.',
      },
      {
        id: 'status',
        name: 'Tình trạng',
        kind: 'symbol',
        oneOf: eventStatuses,
        help: 'scheduled, cancelled, postponed hoặc rescheduled. Lịch đã đăng ký sẽ tự cập nhật.',
      },
      {
        id: 'previousStart',
        name: 'Ngày bắt đầu trước khi dời',
        kind: 'datetime',
        help: 'Bắt buộc khi dời lịch (rescheduled).',
      },
      { id: 'images', name: 'Ảnh', kind: 'images', linkTo: 'image', help: 'Ảnh sự kiện.' },
      ...sourceFields,
    ],
  },
  {
    id: 'retailPoint',
    name: 'Điểm bán',
    description:
      'Điểm giới thiệu và bán sản phẩm OCOP: cửa hàng, siêu thị, khách sạn, điểm du lịch, gian hàng trực tuyến.',
    displayField: 'name',
    fields: [
      slugField,
      {
        id: 'name',
        name: 'Tên',
        kind: 'symbol',
        localized: true,
        required: true,
        help: 'Tên biển hiệu.',
      },
      {
        id: 'kind',
        name: 'Loại',
        kind: 'symbol',
        required: true,
        oneOf: retailPointKinds,
        help: 'ocop-showcase, supermarket, hotel, tourist-site, airport, market, online-shop.',
      },
      {
        id: 'operator',
        name: 'Đơn vị quản lý',
        kind: 'symbol',
        help: 'Tên doanh nghiệp hoặc đơn vị vận hành.',
      },
      {
        id: 'isStateFunded',
        name: 'Có hỗ trợ nhà nước',
        kind: 'boolean',
        help: 'Điểm được ngân sách hỗ trợ.',
      },
      ...addressFields('address', '', false),
      {
        id: 'coordinates',
        name: 'Vị trí',
        kind: 'location',
        help: 'Bắt buộc trừ gian hàng trực tuyến.',
      },
      {
        id: 'openingHours',
        name: 'Giờ mở cửa',
        kind: 'json',
        help: 'Các khung giờ mở cửa trong tuần (mo…su, giờ HH:MM; đóng sau nửa đêm thì giờ đóng nhỏ hơn giờ mở): [{"days": ["mo","tu","we","th","fr"], "opens": "07:30", "closes": "21:00"}].',
      },
      phoneField,
      websiteField,
      {
        id: 'products',
        name: 'Sản phẩm bày bán',
        kind: 'links',
        linkTo: 'product',
        help: 'Sản phẩm OCOP có bán tại điểm.',
      },
      ...sourceFields,
    ],
  },
  {
    id: 'article',
    name: 'Tin bài',
    description: 'Tin tức, thông cáo báo chí hoặc thông báo kết quả đánh giá.',
    displayField: 'title',
    fields: [
      slugField,
      {
        id: 'kind',
        name: 'Loại',
        kind: 'symbol',
        required: true,
        oneOf: articleKinds,
        help: 'news, press-release hoặc rating-results.',
      },
      {
        id: 'title',
        name: 'Tiêu đề',
        kind: 'symbol',
        localized: true,
        required: true,
        help: 'Ngắn, rõ, không viết hoa toàn bộ.',
      },
      {
        id: 'lead',
        name: 'Sa pô',
        kind: 'text',
        localized: true,
        required: true,
        help: 'Một đoạn tóm tắt.',
      },
      {
        id: 'body',
        name: 'Nội dung',
        kind: 'text',
        localized: true,
        required: true,
        help: 'Markdown. HTML không được hiển thị.',
      },
      {
        id: 'publishedAt',
        name: 'Ngày đăng',
        kind: 'datetime',
        required: true,
        help: 'Ngày giờ đăng (+07:00).',
      },
      {
        id: 'updatedAt',
        name: 'Ngày cập nhật',
        kind: 'datetime',
        help: 'Khi sửa nội dung quan trọng.',
      },
      {
        id: 'author',
        name: 'Tác giả',
        kind: 'symbol',
        required: true,
        help: 'Người viết hoặc đơn vị.',
      },
      { id: 'heroImage', name: 'Ảnh chính', kind: 'image', linkTo: 'image', help: 'Ảnh đầu bài.' },
      {
        id: 'relatedProducts',
        name: 'Sản phẩm liên quan',
        kind: 'links',
        linkTo: 'product',
        help: 'Hiện cuối bài.',
      },
      {
        id: 'relatedEvents',
        name: 'Sự kiện liên quan',
        kind: 'links',
        linkTo: 'event',
        help: 'Hiện cuối bài.',
      },
      {
        id: 'round',
        name: 'Đợt đánh giá',
        kind: 'link',
        linkTo: 'evaluationRound',
        help: 'Với thông báo kết quả: đợt được công bố.',
      },
      {
        id: 'isFreeToRepublish',
        name: 'Được đăng lại',
        kind: 'boolean',
        help: 'Báo chí được đăng lại nguyên văn khi ghi nguồn.',
      },
      ...sourceFields,
    ],
  },
];

export function contentTypeSpec(id: ContentTypeId): ContentTypeSpec {
  const spec = contentModel.find((type) => type.id === id);
  if (!spec) throw new Error(`No content type ${id}`);
  return spec;
}

/** The domain path of a field (its id unless the spec says otherwise). */
export function fieldPath(field: FieldSpec): string {
  return field.path ?? field.id;
}
