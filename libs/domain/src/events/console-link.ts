import type { Audience } from '../case/reminders';

/** Where the web console is served (same origin as the API). */
export const CONSOLE_BASE_PATH = '/console';

/**
 * The console page a notification is about, for the one reading it: a clerk's own case page, an
 * inspector's check form, the case file for organizers and supervisors (督办). A path on the API's own
 * origin, e.g. `/console/inspections/demo-2026-pingan/c-01`.
 */
export function consoleLinkFor(notification: {
  campaignId: string;
  communityId: string;
  audience: Audience;
}): string {
  const campaign = encodeURIComponent(notification.campaignId);
  const community = encodeURIComponent(notification.communityId);
  switch (notification.audience.kind) {
    case 'COMMUNITY':
      return `${CONSOLE_BASE_PATH}/my/${campaign}`;
    case 'INSPECTORS':
      return `${CONSOLE_BASE_PATH}/inspections/${campaign}/${community}`;
    case 'ORGANIZERS':
    case 'SUPERVISORS_AND_ORGANIZERS':
      return `${CONSOLE_BASE_PATH}/campaigns/${campaign}/cases/${community}`;
  }
}

/**
 * The same page as an address that works outside the console (e-mail, 政务 messaging through webhooks):
 * `publicUrl` is the deployment's public origin with any path prefix, e.g. `https://cj.example.gov.cn`.
 */
export function consoleUrlFor(link: string, publicUrl: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${link}`;
}
