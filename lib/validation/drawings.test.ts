import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { drawingCommentSchema } from './drawings';

const valid = {
  caseId: '8f0b6a52-3f1e-4c1a-9d3e-2b7c1a0e5f11',
  materialId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  sheet: 1,
  x: 0,
  y: 1,
  body: '  请补充消防车道转弯半径。 ',
};
const errors = (input: Record<string, unknown>) => {
  const result = drawingCommentSchema.safeParse({ ...valid, ...input });
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe('drawingCommentSchema', () => {
  it('takes a comment on a sheet, its edges included, trimmed', () => {
    expect(drawingCommentSchema.parse(valid).body).toBe('请补充消防车道转弯半径。');
  });

  it('names the field and the catalogue key of each problem', () => {
    expect(errors({ body: '   ' })).toEqual({ body: ['required'] });
    expect(errors({ body: '图'.repeat(2001) })).toEqual({ body: ['tooLong'] });
    expect(errors({ body: '图'.repeat(2000) })).toEqual({});
    expect(errors({ sheet: 0 })).toEqual({ sheet: ['min1'] });
    expect(errors({ sheet: 1.5 })).toEqual({ sheet: ['integer'] });
    expect(errors({ x: -0.01, y: 1.01 })).toEqual({ x: ['drawingPosition'], y: ['drawingPosition'] });
  });
});
