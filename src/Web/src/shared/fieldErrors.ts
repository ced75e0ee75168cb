/** A payload error (`errors { code message path }`) keyed by its path, e.g. "recipients.1.email", for the form field there. */
export type PayloadError = { code: string; message: string; path: ReadonlyArray<string | number> };

export function byPath(errors: ReadonlyArray<PayloadError>): Record<string, string> {
  const map: Record<string, string> = {};
  for (const e of errors) {
    const key = e.path.join('.');
    map[key] = map[key] ? `${map[key]} ${e.message}` : e.message;
  }
  return map;
}
