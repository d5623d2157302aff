import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { contentSecurityPolicy as servedPolicy } from '../../../electron/host/webHost';
import { appContentSecurityPolicy, withContentSecurityPolicy } from '../../../electron/shell/contentSecurityPolicy';
import { repoRoot } from '../../helpers/testPaths';

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => part.trim()).filter(Boolean).map((part) => {
    const [name, ...sources] = part.split(/\s+/);
    return [name, sources] as const;
  }));
}

function metaPolicy(): string {
  const html = fs.readFileSync(path.join(repoRoot(), 'renderer', 'index.html'), 'utf8');
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  assert.ok(match, 'renderer/index.html has a CSP meta tag');
  return match[1];
}

/** The meta policy without the ws: sources, which only `driftwood serve` needs. */
function withoutWebSocketSources(policy: string): Map<string, string[]> {
  const result = directives(policy);
  for (const [name, sources] of result) result.set(name, sources.filter((source) => !source.startsWith('ws:')));
  return result;
}

describe('the Content-Security-Policy of the window (DESIGN.md §7)', () => {
  const policy = directives(appContentSecurityPolicy);

  test("defaults to 'self' and never allows eval", () => {
    assert.deepEqual(policy.get('default-src'), ["'self'"]);
    assert.deepEqual(policy.get('script-src'), ["'self'"]);
    assert.ok(!appContentSecurityPolicy.includes('unsafe-eval'));
    assert.ok(!appContentSecurityPolicy.includes('wasm-unsafe-eval'));
    assert.deepEqual(policy.get('object-src'), ["'none'"]);
    assert.deepEqual(policy.get('base-uri'), ["'none'"]);
    assert.deepEqual(policy.get('form-action'), ["'none'"]);
  });

  test('names no remote host or scheme-wide source', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) {
        assert.ok(/^'[a-z-]+'$/.test(source) || source === 'data:' || source === 'blob:', `${name} allows ${source}`);
      }
    }
    assert.ok(!/https?:|wss?:|\*/.test(appContentSecurityPolicy));
  });

  test("is renderer/index.html's meta policy without the ws: entries `driftwood serve` needs, plus frame-ancestors", () => {
    // frame-ancestors only works as a header (a <meta> copy is ignored, with a console error), so only the header has it.
    const headerOnly = new Map(policy);
    assert.deepEqual(headerOnly.get('frame-ancestors'), ["'none'"]);
    headerOnly.delete('frame-ancestors');
    assert.deepEqual(headerOnly, withoutWebSocketSources(metaPolicy()));
    assert.deepEqual(directives(metaPolicy()).get('connect-src'), ["'self'", 'ws://127.0.0.1:*', 'ws://localhost:*']);
  });

  test('is the same policy the web host sends as a header', () => {
    assert.deepEqual(policy, directives(servedPolicy));
  });

  test('replaces any policy a response carries, whatever the header case, and keeps other headers', () => {
    const headers = withContentSecurityPolicy({
      'content-security-policy': ["default-src *"], 'Content-Security-Policy-Report-Only': ['x'], 'Content-Type': ['text/html'],
    });
    assert.deepEqual(headers, { 'Content-Type': ['text/html'], 'Content-Security-Policy': [appContentSecurityPolicy] });
    assert.deepEqual(withContentSecurityPolicy(undefined), { 'Content-Security-Policy': [appContentSecurityPolicy] });
  });
});
