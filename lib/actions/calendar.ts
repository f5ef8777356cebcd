'use server';

import { revalidatePath } from 'next/cache';
import { addCalendarYear, removeCalendarYear } from '@/lib/data/calendar';
import { calendarYearSchema, removeCalendarYearSchema } from '@/lib/validation/calendar';
import { defineAction } from './define-action';

export const saveCalendarYearAction = defineAction(calendarYearSchema, async (input, { viewer, meta }) => {
  const result = await addCalendarYear(viewer, input, meta);
  revalidatePath('/admin');
  revalidatePath('/admin/calendar');
  return result;
});

export const removeCalendarYearAction = defineAction(removeCalendarYearSchema, async ({ year }, { viewer, meta }) => {
  await removeCalendarYear(viewer, year, meta);
  revalidatePath('/admin');
  revalidatePath('/admin/calendar');
});
