/** What a layout wants printed, before it is encoded for a printer: free of Node, so the screen can show the same commands. */
import type { DrawerPulse } from './commands';

export type Align = 'left' | 'center' | 'right';

export type PrintCommand =
  /** One printed line; the layout keeps it within the paper width. */
  | { type: 'text'; text: string; align?: Align; bold?: boolean; tall?: boolean }
  /** A label on the left and an amount right-aligned; the layout keeps both on one line. */
  | { type: 'row'; left: string; right: string; bold?: boolean; tall?: boolean }
  | { type: 'rule'; char: '-' | '=' }
  | { type: 'feed'; lines: number }
  | { type: 'qr'; data: string }
  | { type: 'ean13'; data: string }
  | { type: 'cut' }
  | { type: 'drawer'; pulse: DrawerPulse };
