/**
 * Cache tag names, in one place so the readers that set them and the revalidation route that
 * clears them cannot drift apart.
 */
export const cacheTags = {
  /** Every reader carries this tag: clearing it refreshes the whole site. */
  content: 'content',
} as const;
