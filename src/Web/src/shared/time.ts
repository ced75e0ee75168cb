/** Dates in the browser's locale, labelled with the zone they are in. */
export const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function formatInZone(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(undefined, {
    // Explicit fields: browsers refuse dateStyle/timeStyle together with timeZoneName.
    weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short',
  }).format(new Date(iso));
}

export function formatLocal(iso: string | null | undefined): string {
  return formatInZone(iso, viewerZone);
}
