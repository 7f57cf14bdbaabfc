import { describe, expect, it } from 'vitest';
import { readAsnRosterRows } from './asn-roster-rows';

const now = new Date('2026-12-01T00:00:00Z');

describe('readAsnRosterRows', () => {
  it('reads BKD headers in any case, with spaces in printed NIPs, and jenis from the NIP when blank', () => {
    const { rows, problems } = readAsnRosterRows(
      [
        ['NIP', 'Nama Lengkap', 'Unit_Kerja', 'Jenis ASN'],
        ['19860926 201505 1 001', 'Maria Goreti Nona', 'Dinas Pendidikan Kab. Ngada', 'pns'],
        ['199203152022212004', 'Yohanes Bosco Lewa', 'RSUD Komodo', 'PPPK'],
        ['198001012006041002', 'Stefanus Ndun', 'Bappeda Kota Kupang', ''],
      ],
      now,
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        nip: '198609262015051001',
        name: 'Maria Goreti Nona',
        opd: 'Dinas Pendidikan Kab. Ngada',
        kind: 'PNS',
      },
      { line: 3, nip: '199203152022212004', name: 'Yohanes Bosco Lewa', opd: 'RSUD Komodo', kind: 'PPPK' },
      { line: 4, nip: '198001012006041002', name: 'Stefanus Ndun', opd: 'Bappeda Kota Kupang', kind: 'PNS' },
    ]);
  });

  it('reports each bad row by line without echoing the NIP, and keeps the good ones', () => {
    const { rows, problems } = readAsnRosterRows(
      [
        ['nip', 'nama', 'instansi', 'jenis'],
        ['198609262015051001', 'Maria', 'Dinkes', 'PNS'],
        ['19860926201505100', 'Kurang Satu', 'Dinkes', ''],
        ['', '', '', ''],
        ['198609262015051001', 'Ganda', 'Dinkes', ''],
        ['1986092620150510xx', '', 'Dinkes', 'honorer'],
        ['198609312015051001', 'Tanggal Salah', 'Dinkes', ''],
        ['198001012006041002', 'Jenis Salah', 'Dinkes', 'PPPK'],
      ],
      now,
    );
    expect(rows.map((r) => r.line)).toEqual([2]);
    expect(problems).toEqual([
      { line: 3, reason: 'NIP harus 18 angka, yang dimasukkan 17 angka.' },
      { line: 5, reason: 'NIP sama dengan baris 2.' },
      {
        line: 6,
        reason:
          'NIP hanya boleh berisi angka (spasi, titik atau tanda hubung di antaranya boleh); nama kosong; jenis "honorer" harus PNS atau PPPK.',
      },
      { line: 7, reason: 'Tanggal lahir 19860931 tidak valid.' },
      { line: 8, reason: 'Jenis PPPK tidak cocok dengan NIP, yang berpola PNS.' },
    ]);
    expect(JSON.stringify(problems)).not.toContain('19860926201505');
  });

  it('names the missing required columns', () => {
    expect(readAsnRosterRows([['nip', 'nama']], now).problems).toEqual([
      { line: 1, reason: 'Kolom wajib tidak ditemukan: opd/instansi.' },
    ]);
    expect(readAsnRosterRows([], now).problems[0]?.line).toBe(1);
  });

  it('refuses a NIP an XLSX stores as a number, whose last digits a double cannot hold', () => {
    const { rows, problems } = readAsnRosterRows(
      [
        ['nip', 'nama', 'opd'],
        [198609262015051000, 'Maria Goreti Nona', 'Dinkes'],
        ['198609262015051001', 'Maria Goreti Nona', 'Dinkes'],
      ],
      now,
    );
    expect(problems).toEqual([
      {
        line: 2,
        reason: 'NIP tersimpan sebagai angka sehingga digit akhirnya hilang: format kolom NIP sebagai teks.',
      },
    ]);
    expect(rows.map((r) => r.line)).toEqual([3]);
  });
});
