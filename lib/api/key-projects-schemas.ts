import { z } from 'zod';
import { KEY_PROJECT_LEVELS, KEY_PROJECT_PROGRAMMES } from '@/db/schema/enterprise-service';
import { KEY_PROJECT_GROUPS } from '@/lib/domain/key-projects';

const yuan = (description: string) =>
  z
    .number()
    .int()
    .min(0)
    .meta({ description: `${description}, in yuan.` });

export const keyProjectGroupTotalsSchema = z
  .object({
    group: z.enum(KEY_PROJECT_GROUPS).meta({
      description:
        '`key`: every provincial and municipal key project; `provincial`: the provincial ones of them; `urban_upgrading`: the urban-upgrading projects.',
    }),
    count: z.number().int().min(0),
    plannedYuan: yuan('Planned total investment (the estimate, for urban upgrading)'),
    annualPlanYuan: yuan("This year's investment plan"),
    completedYuan: yuan('Investment completed this year up to the month of `asOf`'),
  })
  .meta({ id: 'KeyProjectGroupTotals', description: "One group's totals." });

export const keyProjectFiguresSchema = z
  .object({
    code: z.string().meta({ description: 'The national investment project code.' }),
    name: z.string(),
    level: z.enum(KEY_PROJECT_LEVELS),
    group: z.enum(KEY_PROJECT_PROGRAMMES).meta({ description: 'The programme the project is reported under.' }),
    plannedYuan: yuan('Planned total investment'),
    annualPlanYuan: yuan("This year's investment plan"),
    completedYuan: yuan('Investment completed this year up to the month of `asOf`'),
    officer: z.string().nullable().meta({ description: "The task force's lead officer; null while it has none." }),
    behindPlan: z.boolean().meta({ description: 'Completed this year < annual plan × months elapsed / 12.' }),
  })
  .meta({ id: 'KeyProjectFigures', description: "One tracked project's figures." });

export const keyProjectsPayloadSchema = z
  .object({
    asOf: z.string().meta({ description: 'The day the figures are for, YYYY-MM-DD (the zone’s today).' }),
    groups: z.array(keyProjectGroupTotalsSchema),
    projects: z.array(keyProjectFiguresSchema),
  })
  .meta({ id: 'KeyProjects', description: 'The key projects and urban-upgrading projects against plan, with group totals.' });
