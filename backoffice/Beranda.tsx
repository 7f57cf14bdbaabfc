import { useCallback, useEffect, useState } from 'react';
import { businessDate, businessMonth, formatBusinessMonth, formatWita } from '#domain/wita';
import { TARGET_RANGE, type BackofficeSession, type Dashboard } from '#sync/protocol/backoffice';
import { ApiError, loadDashboard } from './api';
import { AsnCompliance } from './AsnCompliance';
import { DailyChart } from './DailyChart';
import { formatCount, formatMiliarRange, formatShare, rp } from './format';
import { OutletTable } from './OutletTable';
import { StockPanels } from './StockPanels';
import { TargetForm } from './TargetForm';
import { staleOutlets, TerminalHealth } from './TerminalHealth';
import { TopSales } from './TopSales';

/** Beranda is read again this often, so it is never more than a minute behind the terminals' pushes. */
const REFRESH_MS = 60_000;

export function Beranda({ session }: { session: BackofficeSession }) {
  const [month, setMonth] = useState(() => businessMonth(Date.now()));
  const [data, setData] = useState<Dashboard | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const load = useCallback(
    () =>
      loadDashboard(month).then(
        (answer) => {
          setData(answer);
          setProblem(null);
        },
        (error: unknown) => setProblem(error instanceof ApiError ? error.message : 'Beranda tidak bisa dimuat.'),
      ),
    [month],
  );

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  const stale = staleOutlets(data?.terminals ?? []);
  return (
    <section className="beranda">
      <div className="toolbar">
        <h2>Beranda</h2>
        <label>
          Bulan
          <input
            type="month"
            value={month}
            onChange={(e) => e.target.value && setMonth(e.target.value)}
            data-testid="month"
          />
        </label>
        {data && <span className="as-of">Diperbarui {formatWita(data.asOf)} WITA</span>}
      </div>
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
      {data && (
        <>
          {data.sales && (
            <div className="card" data-testid="sales-card">
              <h3>Penjualan {formatBusinessMonth(data.month)}</h3>
              <p className="figure" data-testid="sales-total">
                {rp(data.sales.total)}
              </p>
              <p>
                {formatShare(data.sales.total, data.sales.target)} dari target{' '}
                <span data-testid="sales-target">{rp(data.sales.target)}</span>
                {session.user.role === 'outlet' && ` (target outlet; target provinsi ${rp(data.sales.provinceTarget)})`}
              </p>
              <meter min={0} max={data.sales.target} value={Math.min(data.sales.total, data.sales.target)} />
              <p className="note">
                Sasaran program: {formatMiliarRange(TARGET_RANGE.low, TARGET_RANGE.high)} sebulan.{' '}
                {formatCount(data.sales.transactions)} transaksi, retur {rp(data.sales.refunds)}.
              </p>
              {session.user.role === 'provinsi' && (
                <TargetForm current={data.sales.provinceTarget} onSaved={() => void load()} />
              )}
            </div>
          )}
          <div className="card" data-testid="asn-card">
            <h3>Lantai belanja ASN</h3>
            <p className="figure" data-testid="asn-floor">
              {rp(data.asn.floor)}
            </p>
            <p>
              {formatCount(data.asn.roster)} ASN di daftar × minimal {rp(data.asn.monthlyMinimum)} sebulan. Bulan ini{' '}
              {formatCount(data.asn.buyers)} berbelanja, {formatCount(data.asn.reached)} mencapai minimal (
              {formatShare(data.asn.reached, data.asn.roster)}).
            </p>
            {session.user.role !== 'outlet' && (
              <p>
                <a href={`/v1/backoffice/reports/asn/${data.month}.csv`} download data-testid="asn-csv">
                  Unduh CSV ASN {formatBusinessMonth(data.month)} (NIP lengkap, untuk BKD)
                </a>
              </p>
            )}
          </div>
          {data.compliance && <AsnCompliance month={data.month} opds={data.compliance} />}
          {data.sales && (
            <>
              <DailyChart
                month={data.month}
                previousMonth={data.previousMonth}
                daily={data.sales.daily}
                previousDaily={data.sales.previousDaily}
              />
              <OutletTable outlets={data.sales.outlets} stale={stale} month={data.month} />
            </>
          )}
          {data.top && <TopSales top={data.top} month={data.month} />}
          {data.stock && <StockPanels stock={data.stock} today={businessDate(data.asOf)} />}
          {data.terminals && <TerminalHealth terminals={data.terminals} stale={stale} />}
        </>
      )}
    </section>
  );
}
