/**
 * Strings of the figures and charts pages (issue 7), kept in their own file; vi.ts and en.ts take
 * them in as `stats`. Names of stars, groups, regions, producer types and sales-point kinds come
 * from the main dictionary, so a chart and the catalogue's filters always say the same thing.
 */
import type { FigureColumn, FigureId } from '../../stats/figures';

export interface StatsStrings {
  title: string;
  metaDescription: string;
  /** {date}: the day the figures hold for. */
  intro: string;
  method: string;
  contentsLabel: string;
  figures: Record<FigureId, { title: string; description: string }>;
  /** Column headings: what a column holds; `code` and `partOf` are the CSV's extra columns. */
  columns: Record<FigureColumn | 'code' | 'partOf', string>;
  /** Label of the row that details potential five-star products within four stars. */
  potentialWithin: string;
  /** The row that gathers the places a shortened chart leaves out; {count}: how many. */
  otherRows: string;
  /** Under a shortened chart of places. {shown}: places named; {others}: gathered; {count}: all. */
  placesGathered: string;
  total: string;
  /** {organisation}, {date}. */
  source: string;
  /** {title}. */
  tableCaption: string;
  /** Text alternative of a chart. {title}, {values}, {total}. */
  chartSummary: string;
  /** Under the events chart and in its text alternative. {count}: cancelled events. */
  cancelledNote: string;
  rowLinkHint: string;
  empty: string;
  downloadsLabel: string;
  downloadSvg: string;
  downloadPng: string;
  downloadCsv: string;
  /** Visually hidden after each download link, so it makes sense out of context. {title}. */
  downloadContext: string;
  apiHeading: string;
  /** {url}: the JSON address. */
  apiBody: string;
  downloadsHelp: string;
}

export const statsStrings: Record<'vi' | 'en', StatsStrings> = {
  vi: {
    title: 'Số liệu OCOP',
    metaDescription:
      'Số liệu và biểu đồ sản phẩm OCOP còn hiệu lực của tỉnh theo hạng sao, nhóm sản phẩm, khu vực, địa phương và năm công nhận; chủ thể, hội chợ và điểm bán. Tải biểu đồ SVG, ảnh PNG và số liệu CSV.',
    intro:
      'Các con số được đếm trực tiếp từ danh mục trên trang này, tính đến ngày {date}, và trùng với kết quả khi lọc danh mục tương ứng.',
    method:
      'Một sản phẩm được tính khi giấy chứng nhận OCOP còn hiệu lực (kể cả sắp hết hạn), đúng như danh mục sản phẩm hiển thị mặc định. Năm công nhận là năm của quyết định công nhận đang có hiệu lực.',
    contentsLabel: 'Các bảng số liệu trên trang',
    figures: {
      'products-by-stars': {
        title: 'Sản phẩm OCOP theo hạng sao',
        description:
          'Sản phẩm có giấy chứng nhận còn hiệu lực, theo hạng sao. Sản phẩm tiềm năng 5 sao đang giữ hạng 4 sao nên được tính trong 4 sao và ghi riêng bên dưới.',
      },
      'products-by-group': {
        title: 'Sản phẩm OCOP theo nhóm sản phẩm',
        description:
          'Sản phẩm có giấy chứng nhận còn hiệu lực, theo sáu nhóm sản phẩm của Chương trình.',
      },
      'products-by-region': {
        title: 'Sản phẩm OCOP theo khu vực',
        description:
          'Sản phẩm có giấy chứng nhận còn hiệu lực, theo khu vực của địa phương sản xuất.',
      },
      'products-by-area': {
        title: 'Sản phẩm OCOP theo xã, phường, đặc khu',
        description:
          'Các địa phương có ít nhất một sản phẩm còn hiệu lực, địa phương nhiều sản phẩm nhất trước.',
      },
      'products-by-year': {
        title: 'Sản phẩm OCOP theo năm công nhận',
        description:
          'Sản phẩm còn hiệu lực, theo năm của quyết định công nhận. Giấy chứng nhận có giá trị 36 tháng nên các năm xa chỉ còn ít sản phẩm.',
      },
      'producers-by-type': {
        title: 'Chủ thể OCOP theo loại hình',
        description: 'Các chủ thể trong danh bạ nhà cung cấp, theo loại hình tổ chức.',
      },
      'events-by-year': {
        title: 'Hội chợ, phiên chợ OCOP theo năm',
        description:
          'Hội chợ, phiên chợ, tuần lễ quảng bá và triển lãm theo năm bắt đầu, kể cả sự kiện sắp diễn ra. Sự kiện đã hủy không được tính và được ghi riêng.',
      },
      'retail-points-by-kind': {
        title: 'Điểm bán sản phẩm OCOP theo loại',
        description: 'Các điểm giới thiệu và bán sản phẩm OCOP trên bản đồ nơi mua, theo loại.',
      },
    },
    columns: {
      stars: 'Hạng sao',
      group: 'Nhóm sản phẩm',
      region: 'Khu vực',
      area: 'Xã, phường, đặc khu',
      year: 'Năm',
      producerType: 'Loại hình',
      retailKind: 'Loại điểm bán',
      products: 'Số sản phẩm',
      producers: 'Số chủ thể',
      events: 'Số sự kiện',
      cancelledEvents: 'Đã hủy (không tính)',
      retailPoints: 'Số điểm bán',
      code: 'Mã',
      partOf: 'Thuộc dòng',
    },
    potentialWithin: 'trong đó: tiềm năng 5 sao',
    otherRows: 'Các địa phương khác ({count})',
    placesGathered:
      'Ghi {shown} địa phương có nhiều sản phẩm nhất, {others} địa phương còn lại gộp thành một dòng; tệp CSV ghi đủ {count} địa phương.',
    total: 'Tổng cộng',
    source: 'Nguồn: {organisation}, số liệu ngày {date}',
    tableCaption: 'Bảng số liệu: {title}',
    chartSummary: '{title}, biểu đồ thanh ngang. {values}. Tổng cộng: {total}.',
    cancelledNote: 'Không tính {count} sự kiện đã hủy.',
    rowLinkHint: 'Bấm vào tên một dòng trong bảng để xem danh sách tương ứng.',
    empty: 'Chưa có số liệu.',
    downloadsLabel: 'Tải xuống',
    downloadSvg: 'Biểu đồ (SVG)',
    downloadPng: 'Ảnh 1920×1080 (PNG)',
    downloadCsv: 'Số liệu (CSV)',
    downloadContext: ': {title}',
    apiHeading: 'Dùng lại số liệu',
    apiBody: 'Toàn bộ số liệu trên trang có ở dạng JSON tại {url}.',
    downloadsHelp:
      'Mỗi biểu đồ tải được ở dạng SVG (cho báo in, báo điện tử), ảnh PNG 1920×1080 (cho truyền hình) và CSV (mở bằng Excel). Khi sử dụng, xin ghi nguồn như dòng dưới mỗi biểu đồ.',
  },
  en: {
    title: 'OCOP figures',
    metaDescription:
      "Figures and charts of the province's valid OCOP products by stars, product group, region, commune and year of certification; producers, fairs and sales points. Download charts as SVG, PNG and CSV.",
    intro:
      'These figures are counted directly from the catalogue on this site as of {date}, and match what you get by filtering the catalogue the same way.',
    method:
      'A product is counted when its OCOP certificate is valid (including those about to expire), exactly as the product catalogue lists by default. The year of certification is the year of the decision currently in force.',
    contentsLabel: 'Tables of figures on this page',
    figures: {
      'products-by-stars': {
        title: 'OCOP products by star rating',
        description:
          'Products with a valid certificate, by star rating. Potential five-star products hold four stars, so they are counted within four stars and reported separately below.',
      },
      'products-by-group': {
        title: 'OCOP products by product group',
        description: "Products with a valid certificate, by the programme's six product groups.",
      },
      'products-by-region': {
        title: 'OCOP products by region',
        description: 'Products with a valid certificate, by the region where they are made.',
      },
      'products-by-area': {
        title: 'OCOP products by commune, ward or special zone',
        description:
          'Places with at least one valid product, the place with the most products first.',
      },
      'products-by-year': {
        title: 'OCOP products by year of certification',
        description:
          'Valid products by the year of their certification decision. Certificates hold for 36 months, so earlier years keep only a few products.',
      },
      'producers-by-type': {
        title: 'OCOP producers by type',
        description: 'Producers in the supplier directory, by type of organisation.',
      },
      'events-by-year': {
        title: 'OCOP fairs and market sessions by year',
        description:
          'Fairs, market sessions, promotion weeks and exhibitions by the year they start, including those to come. Cancelled events are not counted and are reported separately.',
      },
      'retail-points-by-kind': {
        title: 'OCOP sales points by kind',
        description: 'Showcase and sales points of OCOP products on the where-to-buy map, by kind.',
      },
    },
    columns: {
      stars: 'Rating',
      group: 'Product group',
      region: 'Region',
      area: 'Commune, ward or special zone',
      year: 'Year',
      producerType: 'Type',
      retailKind: 'Kind of sales point',
      products: 'Products',
      producers: 'Producers',
      events: 'Events',
      cancelledEvents: 'Cancelled (not counted)',
      retailPoints: 'Sales points',
      code: 'Code',
      partOf: 'Part of',
    },
    potentialWithin: 'of which: potential 5 stars',
    otherRows: 'Other places ({count})',
    placesGathered:
      'The {shown} places with the most products are named and the other {others} gathered in one row; the CSV file lists all {count}.',
    total: 'Total',
    source: 'Source: {organisation}, figures as of {date}',
    tableCaption: 'Data table: {title}',
    chartSummary: '{title}, horizontal bar chart. {values}. Total: {total}.',
    cancelledNote: 'Cancelled events, not counted: {count}.',
    rowLinkHint: 'Select the name of a row in a table to see the matching list.',
    empty: 'No figures yet.',
    downloadsLabel: 'Download',
    downloadSvg: 'Chart (SVG)',
    downloadPng: 'Image 1920×1080 (PNG)',
    downloadCsv: 'Data (CSV)',
    downloadContext: ': {title}',
    apiHeading: 'Reusing the figures',
    apiBody: 'All the figures on this page are available as JSON at {url}.',
    downloadsHelp:
      'Each chart can be downloaded as SVG (for print and online), as a 1920×1080 PNG image (for television) and as CSV (opens in Excel). When you use them, please credit the source as given under each chart.',
  },
};
