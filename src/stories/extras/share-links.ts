/**
 * Plain links to share a story at the places a center lists (`share-targets`). Links are ordinary URLs the
 * visitor may follow: no network script loads, nothing is requested until they tap. The shared text is the
 * title and the address, never the author's name.
 */

/** The networks and apps a center may list, by the name it uses in `share-targets`. */
const TARGETS = {
  email: (title: string, url: string) => `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n${url}`)}`,
  facebook: (_title: string, url: string) => `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`,
  x: (title: string, url: string) => `https://x.com/intent/post?text=${encodeURIComponent(title)}&url=${encodeURIComponent(url)}`,
  bluesky: (title: string, url: string) => `https://bsky.app/intent/compose?text=${encodeURIComponent(`${title} ${url}`)}`,
  linkedin: (_title: string, url: string) => `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`,
  whatsapp: (title: string, url: string) => `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`,
} as const;

export type ShareTarget = keyof typeof TARGETS;

/** Names of networks shown as written; `email` is translated by the element. */
export const TARGET_NAMES: Record<ShareTarget, string> = {
  email: 'E-mail',
  facebook: 'Facebook',
  x: 'X',
  bluesky: 'Bluesky',
  linkedin: 'LinkedIn',
  whatsapp: 'WhatsApp',
};

/** The targets a page lists, known ones only, in its order, once each. */
export function shareTargets(list: string | undefined): ShareTarget[] {
  const names = (list ?? '').split(',').map((name) => name.trim().toLowerCase());
  return [...new Set(names)].filter((name): name is ShareTarget => name in TARGETS);
}

export function shareLink(target: ShareTarget, title: string, url: string): string {
  return TARGETS[target](title, url);
}
