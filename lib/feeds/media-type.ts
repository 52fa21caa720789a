/** Image media types by file extension, for enclosures (the image schema records no type). */
const imageTypes: Record<string, string> = {
  svg: 'image/svg+xml',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
};

/** The media type of an image address (`/images/x.svg`, `https://…/photo.JPG?w=1200`). */
export function imageMediaType(src: string): string {
  const path = new URL(src, 'https://example.invalid').pathname;
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return imageTypes[extension] ?? 'application/octet-stream';
}
