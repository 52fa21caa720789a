/**
 * Vietnamese-aware text folding for search: "Tỏi Lý Sơn", "TỎI LÝ SƠN" and "toi ly son" all become
 * "toi ly son". Unicode decomposition strips the tone and vowel marks, but đ/Đ is a letter of its
 * own, not d plus a mark, so it is mapped by hand.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** Lower-case, composed text: keeps the marks, so an accented query can be told from an unaccented one. */
export function normalizeAccented(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** Splits text into words (letters and digits of any script). */
export function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Whether the text carries Vietnamese marks (or đ), i.e. the person typed accents. */
export function hasDiacritics(text: string): boolean {
  return foldVietnamese(text) !== text.toLowerCase();
}
