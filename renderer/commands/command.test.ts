import { describe, expect, it } from 'vitest';
import { commandShortcuts, keyLabel, type Command } from './command';

interface Context {
  open: boolean;
  ran: string[];
}

const commands: Command<Context>[] = [
  { id: 'pay', label: 'Bayar', key: 'F10', enabled: (c) => !c.open, run: (c) => void c.ran.push('pay') },
  { id: 'back', label: 'Kembali', key: 'Escape', enabled: (c) => c.open, run: (c) => void c.ran.push('back') },
  { id: 'hold', label: 'Tahan', enabled: () => true, run: (c) => void c.ran.push('hold') },
];

describe('commands as data', () => {
  it('binds the keys of the commands enabled now, and only those', () => {
    const closed: Context = { open: false, ran: [] };
    const keys = commandShortcuts(commands, closed);
    expect(Object.keys(keys)).toEqual(['F10']);
    keys.F10!();
    expect(closed.ran).toEqual(['pay']);
    expect(Object.keys(commandShortcuts(commands, { open: true, ran: [] }))).toEqual(['Escape']);
  });

  it('shows a key on its button as the cashier knows it', () => {
    expect([keyLabel('Escape'), keyLabel('Delete'), keyLabel('F10'), keyLabel('Enter')]).toEqual([
      'Esc',
      'Del',
      'F10',
      'Enter',
    ]);
  });
});
