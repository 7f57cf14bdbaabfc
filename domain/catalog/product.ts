/** A product in the catalog as the terminal sells it (with its outlet's price). */
import type { Gtin } from './barcode';
import type { Rupiah } from '../money';
import type { TaxStatus } from '../tax/ppn';

export type SoldBy = 'unit' | 'weight';

export interface Product {
  id: string;
  /** Normalised GTIN-8/13 (see domain/catalog/barcode); null for products without a barcode of their own. */
  barcode: Gtin | null;
  /** 4-digit item code used by price- and weight-embedded in-store barcodes. */
  plu: string | null;
  name: string;
  /** Per unit, or per kilogram when soldBy is 'weight'. */
  price: Rupiah;
  soldBy: SoldBy;
  /** The UMKM producer (pemasok). */
  supplier: string;
  category: string;
  /** satuan: pcs, bungkus, botol, kg, lembar… */
  unit: string;
  active: boolean;
  /** Food that expires: received with an expiry date. Absent on products stored before stock (false). */
  perishable?: boolean;
  /** The province's minimum stock (whole units, or grams when soldBy is 'weight'); null or absent for none. */
  minimumStock?: number | null;
  /** PPN: kena PPN or dibebaskan (basic necessities). Absent on products stored before issue 19: kena PPN. */
  taxStatus?: TaxStatus;
}
