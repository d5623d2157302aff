/**
 * The Content-Security-Policy of the Electron window: the same as the meta tag in renderer/index.html
 * without its `ws://127.0.0.1:* ws://localhost:*` connect-src entries, which only `driftwood serve` needs
 * (test/electron/shell/contentSecurityPolicy.test.ts holds the two together). No 'unsafe-eval', no
 * remote host. 'unsafe-inline' is for styles only: React style attributes and Plotly's injected rules.
 *
 * A page loaded from file: gets no response headers, so there the meta tag is what Chromium enforces; the
 * header set by `withContentSecurityPolicy` covers every other response (DevTools excepted, which are
 * blocked anyway outside development).
 */
export const appContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Response headers with any CSP the response carried replaced by the app's. */
export function withContentSecurityPolicy(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(headers ?? {})) {
    if (!/^content-security-policy(-report-only)?$/i.test(name)) result[name] = values;
  }
  result['Content-Security-Policy'] = [appContentSecurityPolicy];
  return result;
}
