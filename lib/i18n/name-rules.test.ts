import { describe, expect, it } from 'vitest';
import { RULE_SEVERITY, type NameRule } from '@/lib/domain/names/rules';
import en from './messages/en/validation.json';
import zh from './messages/zh-CN/validation.json';

/** The server puts each refusal of a name on its field as `nameRule.<rule>`; every rule needs its words. */
describe('name rule messages', () => {
  it('has a message for every rule of the name check, in both languages', () => {
    const at = (catalogue: Record<string, unknown>, rule: NameRule) =>
      rule.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], catalogue.nameRule);
    for (const rule of Object.keys(RULE_SEVERITY) as NameRule[]) {
      expect(typeof at(zh, rule), `zh ${rule}`).toBe('string');
      expect(typeof at(en, rule), `en ${rule}`).toBe('string');
    }
  });
});
