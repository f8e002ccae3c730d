/**
 * This page's address without its fragment: the private links, on screen and e-mailed, lead back to it, with the
 * secret in the fragment (`#rsvp=<token>`), which browsers never send to a server or in a Referer.
 */
export const pageAddress = (): string => location.href.replace(/#.*$/, '');

export const manageUrl = (token: string): string => `${pageAddress()}#rsvp=${token}`;
