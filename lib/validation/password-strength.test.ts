import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isStrongPassword, registerSchemaWithStrength } from './password-strength';

const registration = (password: string) => ({
  name: '韩晓东',
  email: 'han.xiaodong@example.test',
  phone: '13912345678',
  password,
  confirmPassword: password,
  enterpriseMode: 'create',
  enterpriseName: '许昌新创科技有限公司',
});

const passwordErrors = async (password: string) => {
  const parsed = await registerSchemaWithStrength.safeParseAsync(registration(password));
  return parsed.success ? [] : (z.flattenError(parsed.error).fieldErrors.password ?? []);
};

describe('new passwords', () => {
  it('refuses long-enough passwords that are common or easy to guess', async () => {
    expect(await passwordErrors('aaaaaaaaa1')).toEqual(['passwordGuessable']);
    expect(await passwordErrors('password123')).toEqual(['passwordGuessable']);
    expect(await passwordErrors('Qwerty12345')).toEqual(['passwordGuessable']);
  });

  it("counts the applicant's own name, e-mail and phone as easy to guess", async () => {
    expect(await isStrongPassword('Han.Xiaodong-1', [])).toBe(true);
    expect(await passwordErrors('Han.Xiaodong-1')).toEqual(['passwordGuessable']);
  });

  it('accepts the demo password and other strong ones', async () => {
    expect(await passwordErrors('OneWindow-2026')).toEqual([]);
    expect(await passwordErrors('Copper-lantern-1984')).toEqual([]);
  });

  it('still says "too short" first, in the browser as on the server', async () => {
    expect(await passwordErrors('Ab1')).toContain('passwordTooShort');
  });
});
