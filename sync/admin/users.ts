/** `user add|list|disable|reset`: the back office's accounts from the console (sync/server/backoffice/users.ts). */
import type { Database } from '../server/db/database';
import { addUser, disableUser, listUsers, resetPassword, UserError } from '../server/backoffice/users';
import type { AdminCommand } from './admin-request';
import { AdminError, table } from './output';

type UserCommand = Extract<AdminCommand, { name: 'user-add' | 'user-list' | 'user-disable' | 'user-reset' }>;

export async function userCommand(db: Database, command: UserCommand, password: string): Promise<string> {
  try {
    switch (command.name) {
      case 'user-add': {
        const user = await addUser(db, {
          name: command.userName,
          role: command.role,
          outletId: command.outlet,
          password,
        });
        return `Pengguna ${user.name} (${user.role}${user.outletId ? `, outlet ${user.outletId}` : ''}) ditambahkan.`;
      }
      case 'user-list': {
        const users = await listUsers(db);
        if (users.length === 0)
          return 'Belum ada pengguna kantor. Tambahkan: npm run admin -- user add NAMA --role provinsi';
        return table(
          ['NAMA', 'PERAN', 'OUTLET', 'STATUS'],
          users.map((u) => [u.name, u.role, u.outletId ?? '-', u.disabled ? 'nonaktif' : 'aktif']),
        );
      }
      case 'user-disable':
        await disableUser(db, command.userName);
        return `Pengguna ${command.userName} dinonaktifkan; semua sesinya berakhir.`;
      case 'user-reset':
        await resetPassword(db, command.userName, password);
        return `Kata sandi ${command.userName} diganti; semua sesinya berakhir dan kuncinya dibuka.`;
    }
  } catch (error) {
    if (error instanceof UserError) throw new AdminError(error.message);
    throw error;
  }
}
