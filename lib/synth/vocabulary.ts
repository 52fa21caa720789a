/**
 * Word lists for synthetic records: Vietnamese syllables for places and people, and product kinds per
 * OCOP sub-group with their English names. Real-looking words matter: search is measured on them,
 * and Vietnamese text with all its marks (and đ) is what the folding and ranking code must handle.
 */

/** A kind of product, named in both languages; the generator adds a brand or a place to it. */
export interface ProductKind {
  vi: string;
  en: string;
  /** Typical retail price range in VND. */
  priceVnd: [min: number, max: number];
  /** Shelf life in months; absent for services, plants and crafts. */
  shelfLifeMonths?: number;
  packaging?: { vi: string; en: string };
}

/** A product kind in one line: names, price range, shelf life and packaging. */
function kind(
  vi: string,
  en: string,
  minPrice: number,
  maxPrice: number,
  shelfLifeMonths?: number,
  packaging?: ProductKind['packaging'],
): ProductKind {
  return { vi, en, priceVnd: [minPrice, maxPrice], shelfLifeMonths, packaging };
}

/** A list of single words written as one string, which keeps long syllable lists readable. */
function words(text: string): readonly string[] {
  return text.split(/\s+/).filter(Boolean);
}

const bag = { vi: 'Túi 500 g; hộp quà 1 kg', en: '500 g bag; 1 kg gift box' };
const jar = { vi: 'Hũ 250 g và 500 g', en: '250 g and 500 g jars' };
const bottle = { vi: 'Chai 500 ml; thùng 12 chai', en: '500 ml bottle; case of 12' };
const box = { vi: 'Hộp giấy có tem OCOP', en: 'Paper box with the OCOP seal' };

/** Product kinds per sub-group code of Decision 148/QĐ-TTg (content/groups.json). */
export const productKindsBySubgroup: Record<string, readonly ProductKind[]> = {
  'food-fresh': [
    kind('Bưởi da xanh', 'green-skin pomelo', 40000, 90000, 1),
    kind('Xoài cát', 'cát mango', 35000, 80000, 1),
    kind('Thanh long ruột đỏ', 'red dragon fruit', 25000, 50000),
    kind('Cam sành', 'king orange', 25000, 45000, 1),
    kind('Nhãn lồng', 'longan', 30000, 60000, 1),
    kind('Vải thiều', 'lychee', 35000, 70000, 1),
    kind('Sầu riêng', 'durian', 80000, 180000, 1),
    kind('Trứng gà ta', 'free-range eggs', 35000, 60000, 1),
    kind('Gà đồi', 'hill chicken', 150000, 260000),
    kind('Hành tím', 'shallots', 40000, 90000, 4),
    kind('Tỏi', 'garlic', 80000, 200000, 6, bag),
    kind('Rau má', 'pennywort', 15000, 30000),
  ],
  'food-raw': [
    kind('Gạo ST25', 'ST25 rice', 30000, 45000, 12, bag),
    kind('Gạo lứt', 'brown rice', 35000, 60000, 12, bag),
    kind('Mật ong rừng', 'wild honey', 250000, 450000, 24, jar),
    kind('Mật ong hoa cà phê', 'coffee-blossom honey', 150000, 280000, 24, jar),
    kind('Tiêu đen', 'black pepper', 120000, 250000, 24, bag),
    kind('Hạt điều rang muối', 'salted roast cashews', 180000, 320000, 9, jar),
    kind('Hạt mắc ca', 'macadamia nuts', 200000, 380000, 9, jar),
    kind('Muối biển', 'sea salt', 15000, 40000, 36, bag),
    kind('Đường phèn', 'rock sugar', 40000, 80000, 24, bag),
    kind('Nấm hương khô', 'dried shiitake', 250000, 450000, 12, bag),
    kind('Măng khô', 'dried bamboo shoots', 200000, 350000, 12, bag),
    kind('Hạt sen', 'lotus seeds', 180000, 300000, 12, bag),
  ],
  'food-processed': [
    kind('Nước mắm cá cơm', 'anchovy fish sauce', 60000, 180000, 24, bottle),
    kind('Tỏi đen', 'black garlic', 300000, 600000, 24, jar),
    kind('Bánh tráng', 'rice paper', 25000, 60000, 6, bag),
    kind('Chả lụa', 'pork roll', 180000, 260000, 1),
    kind('Mạch nha', 'malt syrup', 50000, 120000, 12, jar),
    kind('Kẹo gương', 'peanut brittle', 30000, 70000, 6, box),
    kind('Bò khô', 'dried beef', 400000, 700000, 6, jar),
    kind('Mắm tôm', 'shrimp paste', 40000, 90000, 12, jar),
    kind('Cá khô', 'dried fish', 200000, 400000, 6, bag),
    kind('Tương ớt', 'chilli sauce', 20000, 45000, 12, bottle),
    kind('Lạp xưởng', 'Chinese-style sausage', 200000, 320000, 3),
    kind('Ruốc tôm', 'shrimp floss', 250000, 450000, 6, jar),
    kind('Mứt gừng', 'candied ginger', 60000, 120000, 9, box),
    kind('Bánh đậu xanh', 'mung bean cake', 50000, 110000, 6, box),
  ],
  'drinks-alcoholic': [
    kind('Rượu cần', 'jar rice wine', 150000, 350000, 24),
    kind('Rượu nếp', 'sticky rice wine', 80000, 200000, 36, bottle),
    kind('Rượu ngô men lá', 'leaf-yeast corn liquor', 90000, 220000, 36, bottle),
    kind('Rượu sim', 'rose-myrtle wine', 120000, 250000, 36, bottle),
    kind('Rượu chuối hột', 'seeded-banana liquor', 100000, 220000, 36, bottle),
    kind('Rượu mơ', 'apricot liqueur', 150000, 300000, 36, bottle),
  ],
  'drinks-non-alcoholic': [
    kind('Cà phê rang xay', 'ground roast coffee', 120000, 300000, 12, bag),
    kind('Cà phê hạt', 'coffee beans', 150000, 350000, 12, bag),
    kind('Trà xanh', 'green tea', 100000, 300000, 18, box),
    kind('Trà Shan tuyết', 'Shan tuyết tea', 300000, 900000, 24, box),
    kind('Trà atiso', 'artichoke tea', 60000, 150000, 18, box),
    kind('Trà hoa cúc', 'chrysanthemum tea', 80000, 180000, 18, box),
    kind('Nước khoáng', 'mineral water', 6000, 15000, 24, bottle),
    kind('Nước cốt chanh dây', 'passion-fruit juice concentrate', 60000, 120000, 12, bottle),
    kind('Ca cao nguyên chất', 'pure cocoa', 150000, 300000, 18, bag),
  ],
  'herbal-raw': [
    kind('Sâm dây', 'Codonopsis root', 300000, 800000, 24, bag),
    kind('Đinh lăng', 'Polyscias root', 200000, 500000, 24, bag),
    kind('Nghệ vàng', 'yellow turmeric', 60000, 150000, 12, bag),
    kind('Quế vỏ', 'cinnamon bark', 80000, 200000, 36, bag),
    kind('Nấm linh chi', 'lingzhi mushroom', 400000, 1200000, 24, box),
    kind('Đông trùng hạ thảo', 'cordyceps', 600000, 2000000, 24, box),
    kind('Ba kích', 'morinda root', 250000, 600000, 24, bag),
    kind('Hà thủ ô', 'fo-ti root', 200000, 500000, 24, bag),
  ],
  'herbal-products': [
    kind('Tinh bột nghệ', 'turmeric starch', 250000, 500000, 24, jar),
    kind('Tinh dầu quế', 'cinnamon essential oil', 80000, 200000, 36, bottle),
    kind('Tinh dầu sả chanh', 'lemongrass essential oil', 70000, 180000, 36, bottle),
    kind('Trà giảo cổ lam', 'jiaogulan tea', 100000, 250000, 24, box),
    kind('Cao đinh lăng', 'Polyscias extract', 300000, 700000, 24, jar),
    kind('Xà phòng thảo dược', 'herbal soap', 40000, 90000, 24, box),
    kind('Dầu gội bồ kết', 'honey-locust shampoo', 90000, 180000, 24, bottle),
    kind('Viên nghệ mật ong', 'turmeric and honey pills', 150000, 300000, 18, jar),
  ],
  'handicrafts-textiles': [
    kind('Khăn thổ cẩm', 'brocade scarf', 150000, 450000),
    kind('Túi thổ cẩm', 'brocade bag', 200000, 600000),
    kind('Lụa tơ tằm', 'mulberry silk', 300000, 1200000),
    kind('Chiếu cói', 'sedge mat', 150000, 500000),
    kind('Khăn lụa', 'silk scarf', 200000, 700000),
  ],
  'handicrafts-wood-bamboo': [
    kind('Nhang quế', 'cinnamon incense', 30000, 90000, undefined, box),
    kind('Giỏ mây', 'rattan basket', 80000, 300000),
    kind('Đũa tre', 'bamboo chopsticks', 30000, 90000, undefined, box),
    kind('Đồ gỗ mỹ nghệ', 'carved woodwork', 300000, 3000000),
    kind('Bàn ghế mây tre', 'rattan and bamboo furniture', 1500000, 8000000),
    kind('Quế mỹ nghệ', 'cinnamon crafts', 100000, 600000),
  ],
  'handicrafts-ceramics': [
    kind('Bình gốm', 'ceramic vase', 200000, 1500000),
    kind('Gốm đất nung', 'terracotta ware', 100000, 800000),
    kind('Chén sứ', 'porcelain bowls', 150000, 600000, undefined, box),
    kind('Thủy tinh thổi', 'blown glass', 200000, 900000),
  ],
  'ornamental-plants': [
    kind('Lan rừng', 'wild orchids', 150000, 1500000),
    kind('Mai vàng', 'yellow apricot blossom', 500000, 5000000),
    kind('Cây cảnh bonsai', 'bonsai', 300000, 5000000),
    kind('Đào thế', 'shaped peach trees', 800000, 6000000),
    kind('Hoa cúc', 'chrysanthemums', 50000, 200000),
  ],
  'ornamental-animals': [
    kind('Cá Koi', 'koi', 200000, 3000000),
    kind('Cá cảnh', 'ornamental fish', 50000, 800000),
    kind('Chim cảnh', 'songbirds', 300000, 2000000),
  ],
  'tourism-community': [
    kind('Du lịch cộng đồng', 'community tourism', 150000, 600000),
    kind('Homestay làng', 'village homestay', 250000, 800000),
    kind('Làng nghề truyền thống', 'traditional craft village', 50000, 300000),
  ],
  'tourism-eco': [
    kind('Khu du lịch sinh thái', 'eco-tourism area', 50000, 400000),
    kind('Vườn sinh thái', 'eco garden', 30000, 200000),
    kind('Trang trại sinh thái', 'eco farm', 50000, 300000),
  ],
  'tourism-destination': [
    kind('Điểm du lịch', 'tourist site', 20000, 150000),
    kind('Khu di tích', 'heritage site', 20000, 100000),
  ],
};

/** Share of products per group, roughly as the national programme reports them (food dominates). */
export const groupWeights: Record<string, number> = {
  food: 60,
  drinks: 11,
  herbal: 12,
  handicrafts: 9,
  ornamental: 3,
  tourism: 5,
};

/** First syllables of commune and ward names (lowland and coastal). */
export const lowlandSyllables = words(
  'An Bình Phú Tân Hòa Đức Phước Long Vĩnh Quang Hưng Thuận Mỹ Nghĩa Sơn Trà Đông Tây Nam Bắc Hải Thanh Xuân Hiệp Lộc Thái Minh Trung Cẩm Kim Gia Hồng Hương Châu Lý Tịnh Phổ Điện Quế Cát Ninh Khánh Diên Yên Thạch Tam Hội Lạc',
);

/** Second syllables, shared by lowland and upland names. */
export const secondSyllables = words(
  'An Bình Phú Thành Hòa Lợi Thạnh Phong Lộc Sơn Hải Trung Đông Tây Nam Bắc Tiến Hưng Thịnh Xuân Khê Giang Lâm Hà Điền Mỹ Thủy Quý Định Linh Tường Đạo Nghĩa Phước Long Vinh',
);

/** First syllables of upland names (Central Highlands and the north-west). */
export const uplandSyllables = words('Đắk Ia Kon Mường Bản Pờ Ngọc Chư Sín Nà Pà Măng');

/** Second syllables of upland names. */
export const uplandSecondSyllables = words(
  'Rve Hà Tô Plông Glei Linh Tơi Hlốp Păh Lây Xê Mơn Đen Chải Lò Thanh Nhé Khương Pa Ruồng',
);

export const familyNames = words(
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Mai',
);

export const middleNames = words('Văn Thị Minh Ngọc Thanh Hữu Đức Quang Thu Hoài Xuân Kim');

export const givenNames = words(
  'An Bình Cường Dũng Hà Hải Hạnh Hùng Hương Khánh Lan Linh Long Mai Nam Nga Phong Phúc Quân Sơn Tâm Thảo Trang Tuấn Vy Yến Đạt Hiếu Lực Nhung',
);

/** Syllables for producer brands ("Phú Sinh", "Hoàng Gia", "Sao Mai"). */
export const brandSyllables = words(
  'Phú Sinh Hoàng Gia Sao Mai Kim Ngọc Thiên Ân Việt Xanh Đại Phát Tín Nguyên Hồng Hà Bảo Lộc Đồng Quê Mộc Hương Tâm Thành Minh Long Vạn Hạnh',
);
