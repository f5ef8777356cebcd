import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Filter } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { NativeSelect } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { DUE_WINDOWS } from '@/lib/domain/obligation-ledger';
import { OBLIGATION_STATES } from '@/lib/domain/obligation-states';
import { OBLIGATION_KINDS, type LedgerFilter as Filter_ } from '@/lib/validation/obligations';

const PATH = '/dashboard/obligations';

/** A plain GET form: works without JavaScript and keeps the filter in the URL. */
export async function LedgerFilter({ filter }: { filter: Filter_ }) {
  const t = await getTranslations('obligations');
  const selects = [
    { name: 'kind', value: filter.kind, options: OBLIGATION_KINDS.map((k) => [k, t(`kinds.${k}`)] as const) },
    { name: 'state', value: filter.state, options: OBLIGATION_STATES.map((s) => [s, t(`statuses.${s}`)] as const) },
    { name: 'due', value: filter.due, options: DUE_WINDOWS.map((d) => [d, t(`risk.dueWindows.${d}`)] as const) },
  ] as const;
  const filtered = selects.some((s) => s.value) || !!filter.enterprise;
  return (
    <form
      method="get"
      action={PATH}
      aria-label={t('risk.filter.label')}
      className="flex flex-col gap-3 rounded-lg border bg-card p-4 sm:flex-row sm:flex-wrap sm:items-end"
    >
      {filter.enterprise ? <input type="hidden" name="enterprise" value={filter.enterprise} /> : null}
      {selects.map((s) => (
        <div key={s.name} className="flex flex-col gap-1.5 sm:w-48">
          <Label htmlFor={`ledger-${s.name}`}>{t(`risk.filter.${s.name}`)}</Label>
          <NativeSelect id={`ledger-${s.name}`} name={s.name} defaultValue={s.value ?? ''}>
            <option value="">{t('risk.filter.all')}</option>
            {s.options.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </NativeSelect>
        </div>
      ))}
      <div className="flex gap-2">
        <Button type="submit">
          <Filter aria-hidden />
          {t('risk.filter.apply')}
        </Button>
        {filtered && (
          <Button asChild variant="ghost">
            <Link href={PATH}>{t('risk.filter.reset')}</Link>
          </Button>
        )}
      </div>
    </form>
  );
}
