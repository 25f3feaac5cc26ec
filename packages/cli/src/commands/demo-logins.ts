import type { DemoLogin } from '@znr/server';

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0)),
  );
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths?.[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The demo accounts as a terminal table: e-mail, role, organisation, password. */
export function formatDemoLogins(logins: DemoLogin[]): string {
  return table([
    ['E-MAIL', 'RÔLE', 'ORGANISATION', 'MOT DE PASSE'],
    ...logins.map((login) => [login.email, login.roleLabel, login.organisation, login.password]),
  ]);
}
