/** Only paths on this site may be a "next" target after sign-in (no open redirects). */
export const LocalPath = {
  or(path: string | null, fallback = '/'): string {
    return path && path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : fallback;
  },
};
