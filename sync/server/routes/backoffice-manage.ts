/** The back office's management endpoints (docs/BACKOFFICE.md, "Kelola"), for the route table. */
import type { Route } from '../http/context';
import { asnRosterImportRoute } from './backoffice-asn-roster';
import { auditRoute } from './backoffice-audit';
import { editProductRoute, productsRoute } from './backoffice-catalog';
import { catalogImportRoute } from './backoffice-catalog-import';
import { createProductRoute, outletPricesRoute, setOutletPriceRoute } from './backoffice-products';
import { enrolmentCodeRoute, outletsRoute, revokeRoute } from './backoffice-outlets';
import { confirmRoute, quarantineEventRoute, quarantineListRoute, releaseRoute } from './backoffice-quarantine';
import {
  outletTargetRoute,
  outletTaxRoute,
  provinceSettingsRoute,
  qrisRoute,
  settingsRoute,
} from './backoffice-settings';
import { staffAddRoute, staffDeactivateRoute, staffListRoute, staffPinRoute } from './backoffice-staff';

export const MANAGE_ROUTES: { method: 'GET' | 'POST'; path: RegExp; route: Route }[] = [
  { method: 'GET', path: /^\/v1\/backoffice\/products$/, route: productsRoute },
  { method: 'POST', path: /^\/v1\/backoffice\/products$/, route: createProductRoute },
  { method: 'POST', path: /^\/v1\/backoffice\/products\/([^/]+)$/, route: editProductRoute },
  { method: 'GET', path: /^\/v1\/backoffice\/products\/([^/]+)\/prices$/, route: outletPricesRoute },
  { method: 'POST', path: /^\/v1\/backoffice\/products\/([^/]+)\/prices\/([^/]+)$/, route: setOutletPriceRoute },
  { method: 'POST', path: /^\/v1\/backoffice\/catalog-import$/, route: catalogImportRoute },
  { method: 'POST', path: /^\/v1\/backoffice\/asn-roster$/, route: asnRosterImportRoute },
  { method: 'GET', path: /^\/v1\/backoffice\/staff$/, route: staffListRoute },
  { method: 'POST', path: /^\/v1\/backoffice\/staff$/, route: staffAddRoute },
  { method: 'POST', path: /^\/v1\/backoffice\/staff\/([^/]+)\/pin$/, route: staffPinRoute },
  { method: 'POST', path: /^\/v1\/backoffice\/staff\/([^/]+)\/deactivate$/, route: staffDeactivateRoute },
  { method: 'GET', path: /^\/v1\/backoffice\/outlets$/, route: outletsRoute },
  { method: 'POST', path: /^\/v1\/backoffice\/outlets\/([^/]+)\/enrolment-code$/, route: enrolmentCodeRoute },
  { method: 'POST', path: /^\/v1\/backoffice\/terminals\/([^/]+)\/revoke$/, route: revokeRoute },
  { method: 'GET', path: /^\/v1\/backoffice\/settings$/, route: settingsRoute },
  { method: 'POST', path: /^\/v1\/backoffice\/settings$/, route: provinceSettingsRoute },
  { method: 'POST', path: /^\/v1\/backoffice\/settings\/qris\/([^/]+)$/, route: qrisRoute },
  { method: 'POST', path: /^\/v1\/backoffice\/settings\/ppn\/([^/]+)$/, route: outletTaxRoute },
  { method: 'POST', path: /^\/v1\/backoffice\/targets\/([^/]+)$/, route: outletTargetRoute },
  { method: 'GET', path: /^\/v1\/backoffice\/quarantine$/, route: quarantineListRoute },
  { method: 'GET', path: /^\/v1\/backoffice\/quarantine\/([^/]+)$/, route: quarantineEventRoute },
  { method: 'POST', path: /^\/v1\/backoffice\/quarantine\/([^/]+)\/release$/, route: releaseRoute },
  { method: 'POST', path: /^\/v1\/backoffice\/quarantine\/([^/]+)\/confirm$/, route: confirmRoute },
  { method: 'GET', path: /^\/v1\/backoffice\/audit$/, route: auditRoute },
];
