/**
 * Strings of the news pages and feeds (issue 7), kept in their own file so they can grow without
 * touching the main dictionaries; vi.ts and en.ts take them in as `news`. Feeds and the feed
 * autodiscovery links read this file directly (they have no page dictionary at hand).
 */
export interface NewsStrings {
  title: string;
  metaDescription: string;
  kindFilterLabel: string;
  allKinds: string;
  resultCount: string;
  resultCountOne: string;
  noneMatch: string;
  feedsHeading: string;
  feedsHelp: string;
  feedRss: string;
  feedAtom: string;
  feedJson: string;
  feedChanges: string;
  publishedLabel: string;
  updatedLabel: string;
  byAuthor: string;
  relatedProductsHeading: string;
  relatedEventsHeading: string;
  roundResultsHeading: string;
  roundResultsDecision: string;
  roundResultsNone: string;
  pressLabel: string;
  republishHeading: string;
  republishBody: string;
  creditLineLabel: string;
  /** The exact line to print with a republished article: `{site}`, `{url}`, `{author}`, `{license}`. */
  creditLine: string;
  imageNote: string;
  copyText: string;
  copiedText: string;
  copyFailed: string;
  downloadMarkdown: string;
  notFreeToRepublish: string;
  markdownAuthor: string;
  markdownPublished: string;
  markdownUpdated: string;
  feedTitle: string;
  feedDescription: string;
  changesFeedTitle: string;
  changesFeedDescription: string;
  changeKinds: {
    certified: string;
    're-recognised': string;
    upgraded: string;
    revoked: string;
    expired: string;
  };
  changeTitle: string;
  changeDecision: string;
  changeExpired: string;
  alternateRss: string;
  alternateAtom: string;
  alternateJson: string;
  alternateChanges: string;
}

export const newsStrings: Record<'vi' | 'en', NewsStrings> = {
  vi: {
    title: 'Tin tức',
    metaDescription:
      'Tin tức, thông cáo báo chí và kết quả đánh giá, phân hạng sản phẩm OCOP của tỉnh; nhiều bài được phép đăng lại, ghi rõ nguồn.',
    kindFilterLabel: 'Loại bài',
    allKinds: 'Tất cả',
    resultCount: '{count} bài viết',
    resultCountOne: '1 bài viết',
    noneMatch: 'Chưa có bài viết nào thuộc loại này.',
    feedsHeading: 'Nhận tin tự động',
    feedsHelp: 'Dán một trong các địa chỉ sau vào trình đọc tin hoặc hệ thống biên tập của bạn.',
    feedRss: 'Tin tức (RSS 2.0)',
    feedAtom: 'Tin tức (Atom)',
    feedJson: 'Tin tức (JSON Feed)',
    feedChanges: 'Thay đổi chứng nhận OCOP (RSS 2.0)',
    publishedLabel: 'Đăng lúc',
    updatedLabel: 'Cập nhật lúc',
    byAuthor: 'Tác giả: {author}',
    relatedProductsHeading: 'Sản phẩm trong bài',
    relatedEventsHeading: 'Sự kiện liên quan',
    roundResultsHeading: 'Sản phẩm được công nhận trong {round}',
    roundResultsDecision: 'Theo Quyết định {decision} ngày {date}.',
    roundResultsNone: 'Danh mục chưa có sản phẩm nào của đợt này.',
    pressLabel: 'Dành cho báo chí',
    republishHeading: 'Được phép đăng lại, ghi rõ nguồn',
    republishBody:
      'Báo, đài và trang thông tin được đăng lại toàn văn bài này theo giấy phép {license}, kèm nguyên văn dòng ghi nguồn dưới đây.',
    creditLineLabel: 'Dòng ghi nguồn',
    creditLine: 'Nguồn: {site} ({url}), tác giả {author}, giấy phép {license}',
    imageNote: 'Ảnh kèm bài: {credit}, giấy phép {license}.',
    copyText: 'Sao chép toàn văn (văn bản thuần)',
    copiedText: 'Đã sao chép toàn văn và dòng ghi nguồn',
    copyFailed: 'Không sao chép được. Hãy chọn nội dung và sao chép thủ công.',
    downloadMarkdown: 'Tải về dạng Markdown (.md)',
    notFreeToRepublish:
      'Bài viết này không được tự do đăng lại. Muốn sử dụng, xin liên hệ {organisation}.',
    markdownAuthor: 'Tác giả',
    markdownPublished: 'Ngày đăng',
    markdownUpdated: 'Cập nhật',
    feedTitle: 'Tin tức {site}',
    feedDescription:
      'Tin tức, thông cáo báo chí và kết quả đánh giá, phân hạng sản phẩm OCOP của tỉnh {province}.',
    changesFeedTitle: 'Thay đổi chứng nhận OCOP · {site}',
    changesFeedDescription:
      'Sản phẩm OCOP của tỉnh {province} được công nhận, công nhận lại, nâng hạng, bị thu hồi hoặc hết hạn giấy chứng nhận, mới nhất trước.',
    changeKinds: {
      certified: 'Công nhận {stars} sao',
      're-recognised': 'Công nhận lại {stars} sao',
      upgraded: 'Nâng hạng lên {stars} sao',
      revoked: 'Thu hồi giấy chứng nhận',
      expired: 'Giấy chứng nhận hết hạn',
    },
    changeTitle: '{product}: {change}',
    changeDecision: 'Quyết định {decision} ngày {date}.',
    changeExpired: 'Giấy chứng nhận (quyết định {decision}) hết hiệu lực từ ngày {date}.',
    alternateRss: 'Tin tức (RSS)',
    alternateAtom: 'Tin tức (Atom)',
    alternateJson: 'Tin tức (JSON Feed)',
    alternateChanges: 'Thay đổi chứng nhận OCOP (RSS)',
  },
  en: {
    title: 'News',
    metaDescription:
      'News, press releases and OCOP rating results from the province; many articles are free to republish with credit.',
    kindFilterLabel: 'Kind of article',
    allKinds: 'All',
    resultCount: '{count} articles',
    resultCountOne: '1 article',
    noneMatch: 'No articles of this kind yet.',
    feedsHeading: 'Get the news automatically',
    feedsHelp: 'Paste one of these addresses into your feed reader or newsroom system.',
    feedRss: 'News (RSS 2.0)',
    feedAtom: 'News (Atom)',
    feedJson: 'News (JSON Feed)',
    feedChanges: 'OCOP certification changes (RSS 2.0)',
    publishedLabel: 'Published',
    updatedLabel: 'Updated',
    byAuthor: 'By {author}',
    relatedProductsHeading: 'Products in this article',
    relatedEventsHeading: 'Related events',
    roundResultsHeading: 'Products rated in {round}',
    roundResultsDecision: 'Under decision {decision} of {date}.',
    roundResultsNone: 'The catalogue holds no product of this round yet.',
    pressLabel: 'For the press',
    republishHeading: 'Free to republish with credit',
    republishBody:
      'Newspapers, broadcasters and websites may republish this article in full under the {license} licence, with the credit line below exactly as written.',
    creditLineLabel: 'Credit line',
    creditLine: 'Source: {site} ({url}), by {author}, licence {license}',
    imageNote: 'Image with the article: {credit}, licence {license}.',
    copyText: 'Copy as plain text',
    copiedText: 'Article and credit line copied',
    copyFailed: 'Could not copy. Select the text and copy it by hand.',
    downloadMarkdown: 'Download as Markdown (.md)',
    notFreeToRepublish:
      'This article is not free to republish. To use it, please contact {organisation}.',
    markdownAuthor: 'Author',
    markdownPublished: 'Published',
    markdownUpdated: 'Updated',
    feedTitle: '{site} news',
    feedDescription:
      'News, press releases and OCOP rating results from {province} province, in English where translated.',
    changesFeedTitle: 'OCOP certification changes · {site}',
    changesFeedDescription:
      'OCOP products of {province} province certified, re-recognised, upgraded, revoked or whose certificate expired, newest first.',
    changeKinds: {
      certified: 'Certified {stars} stars',
      're-recognised': 'Re-recognised at {stars} stars',
      upgraded: 'Upgraded to {stars} stars',
      revoked: 'Certificate revoked',
      expired: 'Certificate expired',
    },
    changeTitle: '{product}: {change}',
    changeDecision: 'Decision {decision} of {date}.',
    changeExpired: 'The certificate (decision {decision}) ceased to be valid on {date}.',
    alternateRss: 'News (RSS)',
    alternateAtom: 'News (Atom)',
    alternateJson: 'News (JSON Feed)',
    alternateChanges: 'OCOP certification changes (RSS)',
  },
};
