/** The month of a date as `YYYY-MM` (the period a bilan is computed for), in local time. */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** The day of a date as `YYYY-MM-DD`, in local time. */
export function dayOf(date: Date): string {
  return `${monthOf(date)}-${String(date.getDate()).padStart(2, '0')}`;
}

/** "23 novembre 2026" */
export function longDate(date: Date): string {
  return date.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
}
