/**
 * Runs an admin command against the database: `runAdminRequest` takes the command as data (what the
 * server's admin endpoint runs), `runAdminCommand` a command line, files and all, as the CLI does.
 */
import type { Database } from '../server/db/database';
import { adminToken } from './admin-tokens';
import type { AdminRequest, AdminResult } from './admin-request';
import { asnMinimum } from './asn-minimum';
import { parseAdminCommand } from './command-line';
import { asnReport } from './asn-report';
import { listDeadLetters, skipDeadLetter } from './dead-letters';
import { importAsnRoster } from './import-asn';
import { importCatalog } from './import-catalog';
import { importEvents } from './import-events';
import { formatImport } from './import-outcome';
import { deliverResult, prepareRequest } from './local-files';
import { listOutlets } from './outlets';
import { AdminError } from './output';
import { outletTax, ppnReportCommand, productTax } from './ppn';
import { salesReport } from './report';
import { setting } from './settings';
import { shiftsReport } from './shifts-report';
import type { SecretKind } from './pin-prompt';
import { stockOutsReport } from './stock-outs-report';
import { stockMinimum } from './stock-minimum';
import { stockReportCommand } from './stock-report';
import { addStaff } from './staff';
import { enrollCode, listTerminals, revoke } from './terminals';
import { addSupplier, importSuppliers, listSuppliers, showSupplier } from './suppliers';
import { marginsReport } from './margins-report';
import { listOrders, purchaseBudget, raisePurchaseOrder, showOrder } from './purchase-orders';
import { payablesReport, recordPayout, setTerms, supplierReport } from './supplier-money';
import { userCommand } from './users';

export async function runAdminCommand(
  db: Database,
  argv: readonly string[],
  askSecret: (kind: SecretKind) => Promise<string> = noSecret,
): Promise<string> {
  return deliverResult(await runAdminRequest(db, await prepareRequest(parseAdminCommand(argv), askSecret)));
}

async function noSecret(kind: SecretKind): Promise<string> {
  throw new AdminError(kind === 'pin' ? 'PIN tidak diberikan.' : 'Kata sandi tidak diberikan.');
}

export async function runAdminRequest(db: Database, request: AdminRequest): Promise<AdminResult> {
  const { command } = request;
  const text = (printed: string): AdminResult => ({ text: printed });
  const fileText = () => {
    if (request.fileText === undefined) throw new AdminError('Isi berkas tidak ikut terkirim; jalankan perintah lagi.');
    return request.fileText;
  };
  switch (command.name) {
    case 'outlets':
      return text(await listOutlets(db));
    case 'enroll-code':
      return text(await enrollCode(db, command.outlet, command.hours, command.replace));
    case 'terminals':
      return text(await listTerminals(db));
    case 'revoke':
      return text(await revoke(db, command.terminal));
    case 'staff-add':
      return text(await addStaff(db, command.outlet, command.staffName, command.role, request.pin ?? ''));
    case 'import-catalog':
      return text(
        formatImport(
          command.outlet ? `Harga outlet ${command.outlet}` : 'Produk',
          await importCatalog(db, fileText(), command.outlet),
        ),
      );
    case 'import-asn':
      return text(formatImport('ASN', await importAsnRoster(db, fileText())));
    case 'import-events':
      return text(await importEvents(db, command.file, fileText()));
    case 'report':
      return text(await salesReport(db, command.month));
    case 'report-shifts':
      return text(await shiftsReport(db, command.outlet, command.date));
    case 'report-asn':
      return asnReport(db, command.month, command.csv);
    case 'report-stock-outs':
      return text(await stockOutsReport(db, command.month));
    case 'report-stock':
      return stockReportCommand(db, command.outlet, command);
    case 'stock-minimum':
      return text(await stockMinimum(db, command.outlet, command.product, command.amount));
    case 'report-ppn':
      return ppnReportCommand(db, command.month, command.csv);
    case 'outlet-tax':
      return text(await outletTax(db, command));
    case 'product-tax':
      return text(await productTax(db, command.product, command.status));
    case 'asn-minimum':
      return text(await asnMinimum(db, command.amount));
    case 'setting':
      return text(await setting(db, command));
    case 'admin-token':
      return text(await adminToken(db, command.action, command.tokenName));
    case 'dead-letter-list':
      return text(await listDeadLetters(db, command.terminal));
    case 'dead-letter-skip':
      return text(await skipDeadLetter(db, command.terminal, command.seq, command.reason));
    case 'supplier-add':
      return text(await addSupplier(db, command.supplierName, command.fields));
    case 'supplier-list':
      return text(await listSuppliers(db));
    case 'supplier-show':
      return text(await showSupplier(db, command.supplier));
    case 'supplier-import':
      return text(formatImport('UMKM', await importSuppliers(db, fileText())));
    case 'supplier-terms':
      return text(await setTerms(db, command.supplier, command.product, command));
    case 'supplier-payout':
      return text(await recordPayout(db, command.supplier, command));
    case 'report-supplier':
      return supplierReport(db, command.supplier, command.month, command);
    case 'report-payables':
      return text(await payablesReport(db, command.month));
    case 'po-budget':
      return text(await purchaseBudget(db, command.outlet, command.month, command.amount));
    case 'po-raise':
      return text(await raisePurchaseOrder(db, command.outlet, command.supplier, command));
    case 'po-list':
      return text(await listOrders(db, command.outlet));
    case 'po-show':
      return text(await showOrder(db, command.order));
    case 'report-margins':
      return text(await marginsReport(db, command.month));
    case 'user-add':
    case 'user-list':
    case 'user-disable':
    case 'user-reset':
      return text(await userCommand(db, command, request.password ?? ''));
  }
}
