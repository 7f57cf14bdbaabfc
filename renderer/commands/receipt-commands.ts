/** The receipt dialog's commands, after a sale (its "Cetak ulang" is the register's F3). */
import { startNextSale } from '../stores/payment-store';
import type { Command } from './command';
import { onTop, type DialogContext } from './open-dialogs';

const active = (context: DialogContext) => onTop(context.dialogs, 'receipt');

export const RECEIPT_COMMANDS = {
  print: { id: 'print-screen', label: 'Cetak di layar', key: 'F4', enabled: active, run: () => window.print() },
  next: { id: 'next-sale', label: 'Transaksi baru', key: 'Enter', enabled: active, run: startNextSale },
} satisfies Record<string, Command<DialogContext>>;
