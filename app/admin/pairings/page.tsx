import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Building2 } from 'lucide-react';
import { PageHeader } from '@/components/layout/page-header';
import { PairEnterpriseForm, PairParkForm } from '@/components/admin/pairing-forms';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { NativeSelect } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { listPairings } from '@/lib/data/pairings';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.pairings'))('title') };
}

/** One-on-one service: which officer serves which enterprise, by park or by officer; pair a park at once or change one. */
export default async function AdminPairingsPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await getViewer();
  const params = await searchParams;
  // The filter's choices come from the unfiltered listing; an unknown value is ignored.
  const all = await guardPage(() => listPairings(viewer));
  const park = all.parks.find((p) => p === first(params.park));
  const officer = all.officers.find((o) => o.id === first(params.officer));
  const { rows } = park || officer ? await listPairings(viewer, { park, officerId: officer?.id }) : all;
  const [t, ta] = await Promise.all([getTranslations('admin.pairings'), getTranslations('admin')]);
  const options = all.officers.map((o) => ({ id: o.id, label: t('officerOption', { name: o.name, count: o.enterpriseCount }) }));
  const unpaired = all.rows.filter((r) => !r.officerId).length;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader back={{ href: '/admin', label: ta('backToAdmin') }} title={t('title')} intro={t('intro')} />
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span>{t('summary', { enterprises: all.rows.length, officers: all.officers.length })}</span>
        {unpaired > 0 && <Badge variant="destructive">{t('unpaired', { count: unpaired })}</Badge>}
      </p>

      <section aria-labelledby="pair-park-heading" className="flex flex-col gap-3">
        <h2 id="pair-park-heading" className="text-lg font-semibold">
          {t('bulkTitle')}
        </h2>
        <p className="text-sm text-muted-foreground">{t('bulkHint')}</p>
        <PairParkForm parks={all.parks} officers={options} park={park} />
      </section>

      <section aria-labelledby="pairings-heading" className="flex flex-col gap-3">
        <h2 id="pairings-heading" className="text-lg font-semibold">
          {t('listTitle')}
        </h2>
        <form method="get" className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="filter-park">{t('filter.park')}</Label>
            <NativeSelect id="filter-park" name="park" defaultValue={park ?? ''}>
              <option value="">{t('filter.allParks')}</option>
              {all.parks.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </NativeSelect>
          </div>
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="filter-officer">{t('filter.officer')}</Label>
            <NativeSelect id="filter-officer" name="officer" defaultValue={officer?.id ?? ''}>
              <option value="">{t('filter.allOfficers')}</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </NativeSelect>
          </div>
          <div className="flex gap-2">
            <Button type="submit">{t('filter.apply')}</Button>
            {(park || officer) && (
              <Button asChild variant="outline">
                <Link href="/admin/pairings">{t('filter.reset')}</Link>
              </Button>
            )}
          </div>
        </form>
        {rows.length === 0 ? (
          <EmptyState icon={Building2} title={t('empty.title')} body={t('empty.body')} />
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t('columns.enterprise')}</TableHead>
                <TableHead>{t('columns.park')}</TableHead>
                <TableHead>{t('columns.officer')}</TableHead>
                <TableHead>{t('columns.change')}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.enterpriseId} data-testid="pairing-row">
                  <TableCell className="min-w-48">
                    <span className="font-medium">{r.enterpriseName}</span>
                    {r.industry && <span className="block text-xs text-muted-foreground">{r.industry}</span>}
                  </TableCell>
                  <TableCell className="whitespace-nowrap">{r.park ?? '—'}</TableCell>
                  <TableCell className="whitespace-nowrap">
                    {r.officerName ?? <Badge variant="destructive">{t('noOfficer')}</Badge>}
                  </TableCell>
                  <TableCell>
                    <PairEnterpriseForm
                      enterpriseId={r.enterpriseId}
                      enterpriseName={r.enterpriseName}
                      officerId={r.officerId}
                      officers={options}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </div>
  );
}
