/**
 * Share targets that work as plain links. Zalo has no documented share URL without its JavaScript
 * SDK, so Zalo (and Messenger, and the rest) are reached through the device's share sheet instead
 * (see components/ui/share-button.tsx).
 */
export function shareLinks(url: string, title: string) {
  const encodedUrl = encodeURIComponent(url);
  return {
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${encodedUrl}`,
    email: `mailto:?subject=${encodeURIComponent(title)}&body=${encodedUrl}`,
  };
}
