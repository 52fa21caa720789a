/**
 * Strings of the press room and the API guide (issue 7), kept in their own file; vi.ts and en.ts
 * take them in as `press`.
 */
interface PressStrings {
  title: string;
  metaDescription: string;
  intro: string;
  contactsHeading: string;
  contactsBody: string;
  feedsHeading: string;
  feedsBody: string;
  feedNewsRss: string;
  feedNewsAtom: string;
  feedNewsJson: string;
  feedChanges: string;
  feedEvents: string;
  feedEventsWebcal: string;
  copy: string;
  copyNamed: string;
  copied: string;
  dataHeading: string;
  dataBody: string;
  dataProducts: string;
  dataProducers: string;
  dataRetailPoints: string;
  dataOutline: string;
  dataStats: string;
  licence: string;
  creditLine: string;
  mediaKitHeading: string;
  logoHeading: string;
  logoRules: string[];
  factSheetHeading: string;
  factSheetAsOf: string;
  factSheetMore: string;
  imagesHeading: string;
  imagesBody: string;
  imageCredit: string;
  download: string;
  embedsHeading: string;
  embedsBody: string;
  embedExample: string;
  oembedBody: string;
  apiHeading: string;
  apiBody: string;
  apiOpenApi: string;
  apiGuideLink: string;
  apiTitle: string;
  apiMetaDescription: string;
  apiIntro: string;
  apiParameters: string;
  apiParameter: string;
  apiDescription: string;
  apiValues: string;
  apiNoParameters: string;
  apiTry: string;
  apiErrorsHeading: string;
  apiErrorsBody: string;
  broadcastCard: string;
  embedCode: string;
}

export const pressStrings: Record<'vi' | 'en', PressStrings> = {
  vi: {
    title: 'Phòng báo chí',
    metaDescription:
      'Dành cho báo chí: liên hệ, nguồn tin RSS, lịch sự kiện, dữ liệu mở, hình ảnh có ghi nguồn, mã nhúng và API của chương trình OCOP Quảng Ngãi.',
    intro:
      'Mọi nội dung trên trang này được phép sử dụng lại theo giấy phép ghi bên dưới, kèm ghi nguồn. Dưới đây là những gì phóng viên và biên tập viên cần để đưa tin nhanh và đúng.',
    contactsHeading: 'Liên hệ báo chí',
    contactsBody: 'Thông tin về chứng nhận OCOP, hội chợ và phiên chợ:',
    feedsHeading: 'Nguồn tin và lịch',
    feedsBody:
      'Đăng ký các nguồn tin để nhận tin mới, thay đổi chứng nhận và lịch sự kiện ngay khi có.',
    feedNewsRss: 'Tin tức (RSS 2.0)',
    feedNewsAtom: 'Tin tức (Atom)',
    feedNewsJson: 'Tin tức (JSON Feed)',
    feedChanges: 'Thay đổi chứng nhận OCOP (RSS)',
    feedEvents: 'Lịch hội chợ và phiên chợ (iCalendar)',
    feedEventsWebcal: 'Đăng ký lịch (webcal)',
    copy: 'Sao chép',
    copyNamed: 'Sao chép địa chỉ: {name}',
    copied: 'Đã sao chép',
    dataHeading: 'Dữ liệu mở',
    dataBody:
      'Tải dữ liệu đầy đủ, cập nhật cùng trang web. Tệp CSV mở được bằng Excel với tiếng Việt đúng dấu.',
    dataProducts: 'Sản phẩm OCOP và giấy chứng nhận (CSV)',
    dataProducers: 'Chủ thể OCOP, nhà cung cấp (CSV)',
    dataRetailPoints: 'Điểm bán sản phẩm OCOP (GeoJSON)',
    dataOutline: 'Ranh giới tỉnh dùng cho bản đồ (GeoJSON)',
    dataStats: 'Số liệu thống kê (JSON)',
    licence: 'Giấy phép: {licence}.',
    creditLine: 'Ghi nguồn: “Nguồn: {site} ({url})”.',
    mediaKitHeading: 'Bộ tư liệu báo chí',
    logoHeading: 'Sử dụng biểu trưng OCOP',
    logoRules: [
      'Biểu trưng OCOP thuộc Chương trình Mỗi xã một sản phẩm quốc gia; chỉ dùng cho sản phẩm có giấy chứng nhận OCOP còn hiệu lực.',
      'Khi đưa tin về một sản phẩm, ghi đúng số sao và số quyết định công nhận; kiểm tra tại trang Tra cứu giấy chứng nhận.',
      'Không thay đổi màu sắc, tỷ lệ hay thêm chữ vào biểu trưng.',
    ],
    factSheetHeading: 'Số liệu nhanh',
    factSheetAsOf: 'Số liệu ngày {date}, tính từ danh mục trên trang.',
    factSheetMore: 'Xem biểu đồ và tải số liệu',
    imagesHeading: 'Hình ảnh',
    imagesBody: 'Hình ảnh kèm tên tác giả và giấy phép; khi dùng lại xin ghi đúng dòng nguồn.',
    imageCredit: '{credit} · {license}',
    download: 'Tải về',
    embedsHeading: 'Nhúng vào trang của bạn',
    embedsBody: 'Mỗi sản phẩm và sự kiện có một thẻ nhỏ có thể nhúng vào bài viết bằng iframe:',
    embedExample: 'Mã nhúng mẫu',
    oembedBody:
      'Các hệ quản trị nội dung hỗ trợ oEmbed chỉ cần dán đường dẫn trang sản phẩm hoặc sự kiện; điểm cuối oEmbed:',
    apiHeading: 'API cho nhà phát triển',
    apiBody:
      'API chỉ đọc, không cần khóa, cho phép gọi từ mọi trang (CORS). Mô tả đầy đủ theo chuẩn OpenAPI 3.1:',
    apiOpenApi: 'Tài liệu OpenAPI (JSON)',
    apiGuideLink: 'Hướng dẫn sử dụng API',
    apiTitle: 'Hướng dẫn API',
    apiMetaDescription: 'Các điểm cuối API công khai của OCOP Quảng Ngãi: tham số, giá trị và lỗi.',
    apiIntro:
      'Mọi điểm cuối trả về JSON (GeoJSON hoặc iCalendar khi ghi rõ), chỉ nhận GET, không cần khóa. Danh sách trả về { items, total, page, limit }. Trang này được tạo từ tài liệu OpenAPI nên luôn khớp với API.',
    apiParameters: 'Tham số',
    apiParameter: 'Tên',
    apiDescription: 'Mô tả',
    apiValues: 'Giá trị',
    apiNoParameters: 'Không có tham số truy vấn ngoài lang.',
    apiTry: 'Thử',
    apiErrorsHeading: 'Lỗi',
    apiErrorsBody:
      'Tham số sai trả về 400 kèm { error, issues } nêu tên từng tham số; đường dẫn không có trả về 404; phương thức khác GET trả về 405. Không bao giờ trả về lỗi 5xx vì dữ liệu người dùng nhập.',
    broadcastCard: 'Ảnh cho truyền hình (PNG 1920×1080)',
    embedCode: 'Thẻ nhúng cho trang khác (iframe)',
  },
  en: {
    title: 'Press room',
    metaDescription:
      'For the press: contacts, news feeds, event calendars, open data, credited images, embed codes and the API of the Quảng Ngãi OCOP programme.',
    intro:
      'Everything on this site may be reused under the licence below, with credit. Here is what reporters and editors need to report quickly and correctly.',
    contactsHeading: 'Press contacts',
    contactsBody: 'About OCOP certification, fairs and market sessions:',
    feedsHeading: 'Feeds and calendars',
    feedsBody:
      'Subscribe to get news, certification changes and event dates as soon as they are published.',
    feedNewsRss: 'News (RSS 2.0)',
    feedNewsAtom: 'News (Atom)',
    feedNewsJson: 'News (JSON Feed)',
    feedChanges: 'OCOP certification changes (RSS)',
    feedEvents: 'Fairs and market sessions (iCalendar)',
    feedEventsWebcal: 'Subscribe to the calendar (webcal)',
    copy: 'Copy',
    copyNamed: 'Copy the address: {name}',
    copied: 'Copied',
    dataHeading: 'Open data',
    dataBody:
      'Download the complete data, updated with the site. CSV files open in Excel with Vietnamese intact.',
    dataProducts: 'OCOP products and certificates (CSV)',
    dataProducers: 'OCOP producers and suppliers (CSV)',
    dataRetailPoints: 'OCOP sales points (GeoJSON)',
    dataOutline: 'Province outline used by the map (GeoJSON)',
    dataStats: 'Figures (JSON)',
    licence: 'Licence: {licence}.',
    creditLine: 'Credit line: “Source: {site} ({url})”.',
    mediaKitHeading: 'Media kit',
    logoHeading: 'Using the OCOP logo',
    logoRules: [
      'The OCOP logo belongs to the national One Commune One Product programme; use it only for products with a valid OCOP certificate.',
      'When reporting on a product, give its star rating and certification decision number; check them with the certificate check.',
      'Do not change the colours or proportions of the logo, or add text to it.',
    ],
    factSheetHeading: 'Fact sheet',
    factSheetAsOf: 'Figures as of {date}, counted from the catalogue on this site.',
    factSheetMore: 'See the charts and download the figures',
    imagesHeading: 'Images',
    imagesBody:
      'Images with their author and licence; when you reuse one, please give its credit line.',
    imageCredit: '{credit} · {license}',
    download: 'Download',
    embedsHeading: 'Embed in your page',
    embedsBody:
      'Every product and event has a small card you can embed in an article with an iframe:',
    embedExample: 'Example embed code',
    oembedBody:
      'Content systems that support oEmbed only need the product or event page address; the oEmbed endpoint:',
    apiHeading: 'API for developers',
    apiBody:
      'A read-only API with no key, callable from any page (CORS). Fully described in OpenAPI 3.1:',
    apiOpenApi: 'OpenAPI document (JSON)',
    apiGuideLink: 'API guide',
    apiTitle: 'API guide',
    apiMetaDescription:
      'The public API endpoints of OCOP Quảng Ngãi: parameters, values and errors.',
    apiIntro:
      'Every endpoint answers JSON (GeoJSON or iCalendar where stated), takes GET only and needs no key. Lists answer { items, total, page, limit }. This page is generated from the OpenAPI document, so it always matches the API.',
    apiParameters: 'Parameters',
    apiParameter: 'Name',
    apiDescription: 'Description',
    apiValues: 'Values',
    apiNoParameters: 'No query parameter besides lang.',
    apiTry: 'Try it',
    apiErrorsHeading: 'Errors',
    apiErrorsBody:
      'A bad parameter answers 400 with { error, issues } naming each one; an unknown path answers 404; any method but GET answers 405. User input never causes a 5xx.',
    broadcastCard: 'Card for television (PNG 1920×1080)',
    embedCode: 'Card to embed in other sites (iframe)',
  },
};
