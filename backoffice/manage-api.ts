/** The management screens' calls (docs/BACKOFFICE.md, "Kelola"), each answer checked with the protocol's schemas. */
import { z } from 'zod';
import type { OutletTax } from '#sync/protocol/tax';
import {
  asnRosterImportSchema,
  auditListSchema,
  catalogImportSchema,
  enrolmentCodeSchema,
  issuedPinSchema,
  managedProductSchema,
  managedSettingsSchema,
  outletListSchema,
  outletPricesSchema,
  productListSchema,
  quarantineDetailSchema,
  quarantineListSchema,
  quarantinedEventSchema,
  staffListSchema,
  type ProductCreate,
  type ProductEdit,
} from '#sync/protocol/backoffice-manage';
import type { StaffRole } from '#domain/staff/staff';
import { call, upload } from './api';

const part = encodeURIComponent;

export const searchProducts = (q: string) => call('GET', `/v1/backoffice/products?q=${part(q)}`, productListSchema);
export const saveProduct = (id: string, edit: ProductEdit) =>
  call('POST', `/v1/backoffice/products/${part(id)}`, managedProductSchema, edit);

export const createProduct = (product: ProductCreate) =>
  call('POST', '/v1/backoffice/products', managedProductSchema, product);
export const loadOutletPrices = (id: string) =>
  call('GET', `/v1/backoffice/products/${part(id)}/prices`, outletPricesSchema);
export const saveOutletPrice = (id: string, outletId: string, price: number | null) =>
  call('POST', `/v1/backoffice/products/${part(id)}/prices/${part(outletId)}`, outletPricesSchema, { price });
/** A sheet read by the server: a preview, or written with `confirm`; `onProgress` follows the upload (0–1). */
const importFile =
  <S extends z.ZodType>(path: string, schema: S) =>
  (file: File, confirm: boolean, onProgress: (sent: number) => void) =>
    upload(`${path}?file=${part(file.name)}${confirm ? '&confirm=1' : ''}`, schema, file, onProgress);

export const importCatalogFile = importFile('/v1/backoffice/catalog-import', catalogImportSchema);
export const importAsnRoster = importFile('/v1/backoffice/asn-roster', asnRosterImportSchema);

export const loadStaff = (outletId: string) =>
  call('GET', `/v1/backoffice/staff?outlet=${part(outletId)}`, staffListSchema);
export const addStaff = (outletId: string, name: string, role: StaffRole) =>
  call('POST', '/v1/backoffice/staff', issuedPinSchema, { outletId, name, role });
export const resetStaffPin = (id: string) => call('POST', `/v1/backoffice/staff/${part(id)}/pin`, issuedPinSchema, {});
export const deactivateStaff = (id: string) =>
  call('POST', `/v1/backoffice/staff/${part(id)}/deactivate`, z.unknown(), {});

export const loadOutlets = () => call('GET', '/v1/backoffice/outlets', outletListSchema);
export const issueEnrolmentCode = (outletId: string, hours: number) =>
  call('POST', `/v1/backoffice/outlets/${part(outletId)}/enrolment-code`, enrolmentCodeSchema, { hours });
export const revokeTerminal = (id: string) =>
  call('POST', `/v1/backoffice/terminals/${part(id)}/revoke`, z.unknown(), {});

export const loadSettings = () => call('GET', '/v1/backoffice/settings', managedSettingsSchema);
export const saveOutletTarget = (outletId: string, monthlyAmount: number | null) =>
  call('POST', `/v1/backoffice/targets/${part(outletId)}`, z.unknown(), { monthlyAmount });
export const saveProvinceSettings = (asnMinimum: number, varianceThreshold: number) =>
  call('POST', '/v1/backoffice/settings', z.unknown(), { asnMinimum, varianceThreshold });
export const saveQris = (outletId: string, payload: string) =>
  call('POST', `/v1/backoffice/settings/qris/${part(outletId)}`, z.unknown(), { payload });
export const saveOutletTax = (outletId: string, tax: OutletTax) =>
  call('POST', `/v1/backoffice/settings/ppn/${part(outletId)}`, z.unknown(), tax);

export const loadQuarantine = () => call('GET', '/v1/backoffice/quarantine', quarantineListSchema);
export const loadQuarantined = (id: string) =>
  call('GET', `/v1/backoffice/quarantine/${part(id)}`, quarantineDetailSchema);
export const decideQuarantine = (id: string, decision: 'release' | 'confirm', note: string) =>
  call('POST', `/v1/backoffice/quarantine/${part(id)}/${decision}`, quarantinedEventSchema, { note });

export const loadAudit = (user: string) =>
  call('GET', `/v1/backoffice/audit${user ? `?user=${part(user)}` : ''}`, auditListSchema);
