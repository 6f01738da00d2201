// English (issue 21): the portal, the editors' area and the registration. Every section of nl.ts,
// typed with its shape; the public site's sections are the public English (lib/i18n/en.ts), so the
// catalog, the map and "near me" say the same in the portal's preview and on the site.
import type { PortalMessages } from '@/lib/i18n/portal-types';
import { en } from '@/lib/i18n/en';
import { enAccounts } from './accounts';
import { enOffers } from './offers';
import { enEditors } from './editors';
import { enRecords } from './records';

export const enPortal: PortalMessages = {
  categories: en.categories,
  ...enAccounts,
  ...enOffers,
  catalog: en.catalog,
  map: en.map,
  near: en.near,
  ...enEditors,
  ...enRecords,
};
