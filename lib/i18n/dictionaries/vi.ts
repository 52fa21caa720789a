/**
 * Vietnamese UI strings. This file defines the shape every other language must match (see
 * `Dictionary`), so a string missing in English is a type error, not a blank on the page.
 * Placeholders in braces are filled with `fill()` from lib/i18n/localize.ts.
 */
import { statusPageStrings } from './status-pages';

export const vi = {
  languageName: 'Tiếng Việt',
  skipLink: 'Bỏ qua để đến nội dung chính',
  nav: {
    label: 'Điều hướng chính',
    home: 'Trang chủ',
    products: 'Sản phẩm',
    producers: 'Nhà cung cấp',
    events: 'Hội chợ, phiên chợ',
    whereToBuy: 'Nơi mua',
    news: 'Tin tức',
    press: 'Báo chí',
    stats: 'Số liệu',
    about: 'Giới thiệu',
    verify: 'Tra cứu chứng nhận',
    menu: 'Danh mục',
  },
  language: {
    label: 'Ngôn ngữ',
    switchTo: 'English',
    switchToLabel: 'Xem trang này bằng tiếng Anh',
    fallbackNote: 'chưa có bản tiếng Anh',
  },
  sampleNotice: {
    title: 'Dữ liệu mẫu',
    body: 'Trang này đang hiển thị dữ liệu mẫu để thử nghiệm, không phải danh mục chính thức. Tên, số quyết định, địa chỉ và số điện thoại có thể chưa chính xác.',
  },
  footer: {
    contactsHeading: 'Liên hệ',
    sourcesHeading: 'Nguồn dữ liệu',
    sourcesBody:
      'Dữ liệu chứng nhận do {owner} quản lý; hội chợ và điểm bán do {organiser} cung cấp. Mỗi bản ghi ghi rõ cơ quan nguồn và ngày kiểm tra gần nhất.',
    licenseHeading: 'Giấy phép',
    licenseBody: 'Nội dung và dữ liệu được cung cấp theo giấy phép {license}, trừ khi ghi khác.',
    verifyLink: 'Tra cứu giấy chứng nhận OCOP',
    footerNavLabel: 'Liên kết cuối trang',
    phone: 'Điện thoại',
    email: 'Thư điện tử',
  },
  stars: {
    count: '{count} sao',
    label: 'Hạng {count} sao OCOP',
    potentialFive: 'Tiềm năng 5 sao',
    scoreBand: 'Điểm {min} đến dưới {max}',
    scoreBandTop: 'Điểm {min} đến {max}',
  },
  certificateStatus: {
    active: 'Còn hiệu lực',
    expiring: 'Sắp hết hạn',
    expired: 'Hết hạn',
    revoked: 'Đã thu hồi',
  },
  producerTypes: {
    enterprise: 'Doanh nghiệp',
    cooperative: 'Hợp tác xã',
    'cooperative-group': 'Tổ hợp tác',
    'household-business': 'Hộ kinh doanh',
  },
  eventKinds: {
    fair: 'Hội chợ',
    'market-session': 'Phiên chợ OCOP',
    'promotion-week': 'Tuần lễ quảng bá',
    exhibition: 'Triển lãm',
  },
  eventStatuses: {
    scheduled: 'Theo kế hoạch',
    cancelled: 'Đã hủy',
    postponed: 'Hoãn',
    rescheduled: 'Đổi lịch',
  },
  articleKinds: {
    news: 'Tin tức',
    'press-release': 'Thông cáo báo chí',
    'rating-results': 'Kết quả đánh giá, phân hạng',
  },
  areaTypes: {
    commune: 'xã {name}',
    ward: 'phường {name}',
    'special-zone': 'đặc khu {name}',
  },
  regions: {
    east: 'Phía Đông (Quảng Ngãi cũ)',
    west: 'Phía Tây (Kon Tum cũ)',
  },
  record: {
    source: 'Nguồn: {organisation}, kiểm tra ngày {date}',
  },
  home: {
    title: 'Sản phẩm OCOP Quảng Ngãi',
    intro:
      'Tra cứu sản phẩm được công nhận OCOP 3 đến 5 sao, nhà sản xuất, nơi bán, hội chợ và phiên chợ của tỉnh.',
    searchLabel: 'Tìm sản phẩm',
    searchPlaceholder: 'Ví dụ: tỏi Lý Sơn, mạch nha, quế Trà Bồng',
    searchButton: 'Tìm kiếm',
    featuredHeading: 'Sản phẩm tiêu biểu',
    allProducts: 'Xem tất cả sản phẩm',
    eventsHeading: 'Sắp diễn ra',
    noUpcomingEvents: 'Chưa có sự kiện sắp tới. Các sự kiện gần đây nhất:',
    allEvents: 'Xem lịch hội chợ và phiên chợ',
    newsHeading: 'Tin mới',
    allNews: 'Xem tất cả tin',
    figuresHeading: 'Số liệu chính',
    figureProducts: 'sản phẩm còn hiệu lực trong danh mục',
    figureFiveStar: 'sản phẩm 5 sao',
    figureFourStar: 'sản phẩm 4 sao',
    figureProducers: 'chủ thể OCOP',
    figureRetailPoints: 'điểm bán',
    reportedFiguresHeading: 'Số liệu do chương trình báo cáo',
    asOf: 'tính đến {date}',
  },
  about: {
    title: 'Về Chương trình OCOP',
    metaDescription:
      'Chương trình Mỗi xã một sản phẩm (OCOP): hạng sao và thang điểm, sáu nhóm sản phẩm, chu trình hằng năm, các đợt đánh giá và phân công thực hiện tại tỉnh.',
    intro:
      'Chương trình Mỗi xã một sản phẩm (OCOP) là chương trình quốc gia đánh giá, phân hạng và quảng bá sản phẩm đặc trưng của địa phương. Sản phẩm đạt từ 3 đến 5 sao được công nhận và được hỗ trợ xúc tiến thương mại.',
    starsHeading: 'Hạng sao và thang điểm',
    starsIntro:
      'Theo {basis}, sản phẩm được chấm trên thang 100 điểm: phần A (sản phẩm và sức mạnh cộng đồng) 40 điểm, phần B (khả năng tiếp thị) 25 điểm, phần C (chất lượng sản phẩm) 35 điểm. Chỉ hạng 3, 4 và 5 sao được công nhận.',
    starsTableCaption: 'Hạng sao theo tổng điểm',
    starsColumn: 'Hạng',
    scoreColumn: 'Tổng điểm',
    certifiedColumn: 'Được công nhận',
    yes: 'Có',
    no: 'Không',
    potentialHeading: 'Tiềm năng 5 sao',
    potentialBody:
      'Sản phẩm được tỉnh chấm từ 90 điểm trở lên được đề nghị lên Trung ương đánh giá hạng 5 sao. Trong thời gian chờ, sản phẩm giữ hạng 4 sao và được ghi là “tiềm năng 5 sao”.',
    validityHeading: 'Hiệu lực giấy chứng nhận',
    validityBody:
      'Giấy chứng nhận có giá trị 36 tháng kể từ ngày quyết định. Sản phẩm được kiểm tra hằng năm; chủ thể vi phạm hoặc không đăng ký đánh giá lại có thể bị thu hồi giấy chứng nhận. Từ Quyết định 1489/QĐ-TTg (6/7/2025), UBND tỉnh công nhận hạng 3 và 4 sao, Bộ Nông nghiệp và Môi trường công nhận hạng 5 sao.',
    groupsHeading: 'Sáu nhóm sản phẩm',
    groupsIntro: 'Danh mục nhóm theo {basis}.',
    subgroupsLabel: 'Phân nhóm',
    cycleHeading: 'Chu trình OCOP hằng năm',
    cycleSteps: [
      'Tuyên truyền, hướng dẫn về chương trình',
      'Đăng ký ý tưởng sản phẩm',
      'Xây dựng phương án, dự án sản xuất kinh doanh',
      'Triển khai sản xuất kinh doanh',
      'Đánh giá và phân hạng sản phẩm',
      'Xúc tiến thương mại',
    ],
    roundsHeading: 'Các đợt đánh giá năm {year}',
    roundsIntro: 'Tỉnh đánh giá theo từng đợt. Hồ sơ gửi Hội đồng tỉnh 10 ngày trước mỗi đợt.',
    roundName: 'Đợt {number}/{year}',
    dossierDeadline: 'Hạn nộp hồ sơ',
    councilDate: 'Hội đồng họp',
    decision: 'Quyết định công nhận',
    decisionPending: 'Chưa có quyết định',
    productsRated: '{count} sản phẩm trong danh mục',
    roundStatePast: 'Đã hoàn thành',
    roundStateUpcoming: 'Sắp tới',
    noRounds: 'Chưa có lịch đánh giá cho năm nay.',
    whoHeading: 'Ai làm gì',
    roles: {
      'programme-owner': 'Chủ trì chương trình, quản lý dữ liệu chứng nhận',
      'trade-promotion':
        'Xúc tiến thương mại: hội chợ, phiên chợ OCOP, mạng lưới điểm giới thiệu và bán sản phẩm',
      press: 'Tuyên truyền, quảng bá sản phẩm OCOP',
      certifier: 'Ký quyết định công nhận hạng sao',
      other: 'Phối hợp thực hiện',
    },
  },
  ...statusPageStrings.vi,
  image: {
    credit: 'Ảnh: {credit}',
    license: 'Giấy phép: {license}',
  },
};
