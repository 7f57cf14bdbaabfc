/** What Laporan's reports share: the WITA month picked, and that month's report loaded from the server. */
import { useCallback, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { businessMonth } from '#domain/wita';
import { call } from './api';
import { useLoaded } from './use-loaded';

/** The report of `kind` for the month picked (this month at first); null until that month's is loaded. */
export function useMonthReport<S extends z.ZodType<{ month: string }>>(kind: string, schema: S, failure: string) {
  const [month, setMonth] = useState(() => businessMonth(Date.now()));
  const load = useCallback(() => call('GET', `/v1/backoffice/reports/${kind}/${month}`, schema), [kind, month, schema]);
  const { data, said } = useLoaded(load, failure);
  const report: z.infer<S> | null = data?.month === month ? data : null;
  return { month, setMonth, report, said };
}

/** The report's title and month picker, left out of print; `children` are its other controls. */
export function MonthToolbar(props: {
  title: string;
  month: string;
  onMonth: (month: string) => void;
  children?: ReactNode;
}) {
  return (
    <div className="toolbar no-print">
      <h2>{props.title}</h2>
      <label>
        Bulan
        <input type="month" value={props.month} onChange={(e) => e.target.value && props.onMonth(e.target.value)} />
      </label>
      {props.children}
    </div>
  );
}
