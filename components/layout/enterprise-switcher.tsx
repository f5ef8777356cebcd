import { getTranslations } from 'next-intl/server';
import type { Viewer } from '@/lib/auth/permissions';
import { getActingEnterpriseFor } from '@/lib/auth/acting-enterprise';
import { EnterpriseSwitcherSelect } from './enterprise-switcher-select';

/**
 * Which enterprise the applicant acts for (DESIGN §6), shown in the header on every page:
 * its name, and a choice among the enterprises they are an active member of when there are
 * several. Renders nothing for viewers who act for no enterprise.
 */
export async function EnterpriseSwitcher({ viewer }: { viewer: Viewer }) {
  const { current, options } = await getActingEnterpriseFor(viewer);
  if (!current) return null;
  const t = await getTranslations('common.actingEnterprise');
  const labelOf = (o: typeof current) => (o.status === 'establishing' ? t('establishing', { name: o.name }) : o.name);
  return (
    <EnterpriseSwitcherSelect
      label={t('label')}
      currentId={current.id}
      options={options.map((o) => ({ id: o.id, label: labelOf(o) }))}
      failed={t('failed')}
    />
  );
}
