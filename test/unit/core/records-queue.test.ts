// @vitest-environment happy-dom
/**
 * Whether a consent record waits to be resent (src/core/integrations/records-queue.ts): the gate asks this to load
 * the records file at once. The queue itself is the records integration's (test/unit/core/records.test.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RECORDS_QUEUE_KEY, hasQueuedRecords } from '../../../src/core/integrations/records-queue';
import { RECORDS_QUEUE_KEY as RECORDS_OWN_KEY } from '../../../src/core/integrations/records';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('the records queue', () => {
  it('is the key the records integration writes', () => {
    expect(RECORDS_QUEUE_KEY).toBe('cookiegate:records');
    expect(RECORDS_OWN_KEY).toBe(RECORDS_QUEUE_KEY);
  });

  it('holds a record when the key has a value, none when it is missing or empty', () => {
    expect(hasQueuedRecords()).toBe(false);
    localStorage.setItem(RECORDS_QUEUE_KEY, '');
    expect(hasQueuedRecords()).toBe(false);
    localStorage.setItem(RECORDS_QUEUE_KEY, '[{"consentId":"a"}]');
    expect(hasQueuedRecords()).toBe(true);
    localStorage.setItem('cookiegate:other', '1');
    localStorage.removeItem(RECORDS_QUEUE_KEY);
    expect(hasQueuedRecords()).toBe(false);
  });

  it('counts as empty, without an exception, where storage cannot be read', () => {
    localStorage.setItem(RECORDS_QUEUE_KEY, '[{"consentId":"a"}]');
    // What a browser with site data blocked does on any use of `localStorage`.
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(hasQueuedRecords()).toBe(false);
  });
});
