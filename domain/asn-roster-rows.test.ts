import { describe, expect, it } from 'vitest';
import { readAsnRosterRows } from './asn-roster-rows';

describe('readAsnRosterRows', () => {
  it('reads BKD headers in any case, with spaces in printed NIPs and optional jenis', () => {
    const { rows, problems } = readAsnRosterRows([
      ['NIP', 'Nama Lengkap', 'Unit_Kerja', 'Jenis ASN'],
      ['19860926 201505 1 001', 'Maria Goreti Nona', 'Dinas Pendidikan Kab. Ngada', 'pns'],
      ['199203152022212004', 'Yohanes Bosco Lewa', 'RSUD Komodo', 'PPPK'],
      ['198001012006041002', 'Stefanus Ndun', 'Bappeda Kota Kupang', ''],
    ]);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, nip: '198609262015051001', name: 'Maria Goreti Nona', opd: 'Dinas Pendidikan Kab. Ngada', kind: 'PNS' },
      { line: 3, nip: '199203152022212004', name: 'Yohanes Bosco Lewa', opd: 'RSUD Komodo', kind: 'PPPK' },
      { line: 4, nip: '198001012006041002', name: 'Stefanus Ndun', opd: 'Bappeda Kota Kupang', kind: null },
    ]);
  });

  it('reports each bad row by line without echoing the NIP, and keeps the good ones', () => {
    const { rows, problems } = readAsnRosterRows([
      ['nip', 'nama', 'instansi', 'jenis'],
      ['198609262015051001', 'Maria', 'Dinkes', 'PNS'],
      ['19860926201505100', 'Kurang Satu', 'Dinkes', ''],
      ['', '', '', ''],
      ['198609262015051001', 'Ganda', 'Dinkes', ''],
      ['1986092620150510xx', '', 'Dinkes', 'honorer'],
    ]);
    expect(rows.map((r) => r.line)).toEqual([2]);
    expect(problems).toEqual([
      { line: 3, reason: 'NIP harus 18 angka (terbaca 17 karakter).' },
      { line: 5, reason: 'NIP sama dengan baris 2.' },
      { line: 6, reason: 'NIP harus 18 angka (terbaca 18 karakter); nama kosong; jenis "honorer" harus PNS atau PPPK.' },
    ]);
    expect(JSON.stringify(problems)).not.toContain('19860926201505');
  });

  it('names the missing required columns', () => {
    expect(readAsnRosterRows([['nip', 'nama']]).problems).toEqual([{ line: 1, reason: 'Kolom wajib tidak ditemukan: opd/instansi.' }]);
    expect(readAsnRosterRows([]).problems[0]?.line).toBe(1);
  });
});
