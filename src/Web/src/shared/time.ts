/** Dates in the browser's locale, labelled with the zone they are in. */
export const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function formatInZone(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone, timeZoneName: 'short' }).format(new Date(iso));
}

export function formatLocal(iso: string | null | undefined): string {
  return formatInZone(iso, viewerZone);
}
