import { describe, expect, it } from 'vitest';
import { atInstant, currentInstant } from './now';

describe('currentInstant', () => {
  it('is the wall clock outside a replay', () => {
    const before = Date.now();
    const at = currentInstant().getTime();
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(Date.now());
  });

  it('is the replayed instant inside atInstant, across awaits, and only there', async () => {
    const past = new Date('2026-09-02T01:20:00Z');
    const seen = await atInstant(past, async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return currentInstant().toISOString();
    });
    expect(seen).toBe(past.toISOString());
    expect(Math.abs(currentInstant().getTime() - Date.now())).toBeLessThan(1000);
  });

  it('hands out copies, so a caller cannot move the replayed instant', async () => {
    const past = new Date('2026-10-09T01:00:00Z');
    await atInstant(past, async () => {
      currentInstant().setFullYear(2000);
      expect(currentInstant().toISOString()).toBe(past.toISOString());
    });
  });
});
