import { useState } from 'react';
import { ASN_MONTH_STATUS_LABELS } from '#domain/asn/asn-compliance';
import type { OpdAsnList, OpdComplianceRow } from '#sync/protocol/backoffice';
import { ApiError, loadOpdAsn } from './api';
import { formatCount, formatShare, rp } from './format';
import { TablePanel, type Column } from './TablePanel';

const share = (o: OpdComplianceRow) => (o.asn === 0 ? 0 : o.met / o.asn);

const ASN_COLUMNS: Column<OpdAsnList['asn'][number]>[] = [
  { label: 'NIP', value: (a) => a.maskedNip },
  { label: 'Nama', value: (a) => a.name },
  { label: 'Belanja bulan ini', value: (a) => a.total, show: (a) => rp(a.total), num: true },
  { label: 'Status', value: (a) => ASN_MONTH_STATUS_LABELS[a.status] },
];

/** ASN compliance per OPD (roles bkd and provinsi), each OPD opening its list of ASN. */
export function AsnCompliance({ month, opds }: { month: string; opds: readonly OpdComplianceRow[] }) {
  const [list, setList] = useState<OpdAsnList | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const open = (opd: string) =>
    loadOpdAsn(month, opd).then(
      (answer) => {
        setList(answer);
        setProblem(null);
      },
      (error: unknown) => setProblem(error instanceof ApiError ? error.message : 'Daftar ASN tidak bisa dimuat.'),
    );
  const columns: Column<OpdComplianceRow>[] = [
    {
      label: 'OPD',
      value: (o) => o.opd,
      show: (o) => (
        <button type="button" className="link" onClick={() => void open(o.opd)}>
          {o.opd}
        </button>
      ),
    },
    { label: 'ASN', value: (o) => o.asn, show: (o) => formatCount(o.asn), num: true },
    { label: 'Mencapai', value: (o) => o.met, show: (o) => formatCount(o.met), num: true },
    { label: 'Kurang', value: (o) => o.below, show: (o) => formatCount(o.below), num: true },
    { label: 'Tidak belanja', value: (o) => o.none, show: (o) => formatCount(o.none), num: true },
    { label: '% mencapai', value: share, show: (o) => formatShare(o.met, o.asn), num: true, testId: 'opd-met' },
  ];
  return (
    <>
      <TablePanel
        title="Kepatuhan ASN per OPD"
        fileName={`Kepatuhan ASN per OPD ${month}`}
        rows={opds}
        columns={columns}
        rowKey={(o) => o.opd}
        testId="compliance"
        empty="Daftar ASN belum diunggah."
        wide
      >
        <p className="note">Pilih OPD untuk melihat daftar ASN-nya.</p>
        {problem && (
          <p className="problem" role="alert">
            {problem}
          </p>
        )}
      </TablePanel>
      {list && (
        <TablePanel
          title={`ASN ${list.opd}: minimal ${rp(list.monthlyMinimum)}`}
          fileName={`ASN ${list.opd} ${list.month}`}
          rows={list.asn}
          columns={ASN_COLUMNS}
          rowKey={(_, i) => String(i)}
          testId="opd-asn"
          empty="Tidak ada ASN."
          wide
        />
      )}
    </>
  );
}
