/**
 * What the page was opened with (pure): `driftwood serve <log>` prints a URL with `token` (the web host
 * turns it into a cookie on first load) and `source`. The token is removed from the address bar so it is
 * not left on screen or in the history; `source` stays, so a reload reopens the same log.
 */
export function startupFromLocation(search: string): { source?: string; cleanedSearch: string } {
  const params = new URLSearchParams(search);
  const source = params.get('source')?.trim() || undefined;
  params.delete('token');
  const rest = params.toString();
  return { source, cleanedSearch: rest ? `?${rest}` : '' };
}
