import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Building2, FileSignature } from 'lucide-react';
import { PageHeader } from '@/components/layout/page-header';
import { AuthorizationForm } from '@/components/on-behalf/authorization-form';
import { RevokeAuthorization } from '@/components/on-behalf/revoke-authorization';
import { StartOnBehalf } from '@/components/on-behalf/start-on-behalf';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { FactList } from '@/components/ui/fact-list';
import { Input } from '@/components/ui/input';
import { guardPage } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/session';
import { listServices } from '@/lib/data/catalogue';
import { listAuthorizations, searchEnterprisesForFiling } from '@/lib/data/filing-authorizations';
import { zoneDate } from '@/lib/domain/clock';
import { pickLanguage, type Locale } from '@/lib/i18n/config';
import { enterpriseSearchSchema } from '@/lib/validation/filing-authorization';
import { z } from 'zod';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('onBehalf'))('title') };
}

/**
 * Filing on an enterprise's behalf (帮办代办) for window clerks and paired officers: find the
 * enterprise, see and record its authorizations, and start an application under one of them.
 */
export default async function OnBehalfPage({ searchParams }: Props) {
  const params = await searchParams;
  const viewer = await getViewer();
  const { q } = enterpriseSearchSchema.catch({ q: '' }).parse({ q: typeof params.q === 'string' ? params.q : undefined });
  const chosen = z.guid().safeParse(params.enterprise).data;
  const [t, format, locale] = await Promise.all([getTranslations('onBehalf'), getFormatter(), getLocale() as Promise<Locale>]);
  const date = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00`), { dateStyle: 'medium' });
  const header = <PageHeader back={{ href: '/desk', label: t('wizard.back') }} title={t('title')} intro={t('intro')} />;

  if (!chosen) {
    const found = await guardPage(() => searchEnterprisesForFiling(viewer, q));
    return (
      <div className="flex flex-col gap-6">
        {header}
        <form className="flex max-w-xl flex-col gap-2 sm:flex-row sm:items-end" role="search">
          <label className="flex flex-1 flex-col gap-1.5 text-sm font-medium">
            {t('search.label')}
            <Input name="q" defaultValue={q} placeholder={t('search.placeholder')} />
          </label>
          <Button type="submit">{t('search.submit')}</Button>
        </form>
        {can(viewer, 'case.fileOnBehalf') ? null : <p className="text-sm text-muted-foreground">{t('search.officerHint')}</p>}
        {found.length === 0 ? (
          <EmptyState icon={Building2} title={t('search.empty')} />
        ) : (
          <section aria-labelledby="enterprises" className="flex flex-col gap-2">
            <h2 id="enterprises" className="font-semibold">
              {t('search.results')}
            </h2>
            <ul className="flex flex-col divide-y rounded-lg border bg-card">
              {found.map((e) => (
                <li key={e.id}>
                  <Link href={`/desk/on-behalf?enterprise=${e.id}`} className="flex flex-col gap-0.5 p-3 hover:bg-muted/50">
                    <span className="font-medium text-primary">{e.name}</span>
                    <span className="font-mono text-xs text-muted-foreground">
                      {e.creditCode ? t('enterprise.creditCode', { code: e.creditCode }) : t('enterprise.noCreditCode')}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    );
  }

  const [{ enterprise, authorizations, mayRecord }, services] = await Promise.all([
    guardPage(() => listAuthorizations(viewer, chosen)),
    listServices(viewer),
  ]);
  // Filing on behalf starts an enterprise's own application: a combined project case starts from its project instead.
  const items = services
    .filter((s) => s.audience === 'enterprise' && s.kind !== 'combined')
    .map((s) => ({ code: s.code, name: `${pickLanguage(s.name, locale)}（${s.code}）` }));
  const nameOf = new Map(items.map((s) => [s.code, s.name]));

  return (
    <div className="flex flex-col gap-6">
      {header}
      <section className="flex flex-col gap-1 rounded-lg border bg-card p-4">
        <p className="text-lg font-semibold" data-testid="on-behalf-enterprise">
          {enterprise.name}
        </p>
        <p className="font-mono text-sm text-muted-foreground">
          {enterprise.creditCode ? t('enterprise.creditCode', { code: enterprise.creditCode }) : t('enterprise.noCreditCode')}
        </p>
        <Link href="/desk/on-behalf" className="text-sm text-primary hover:underline">
          {t('enterprise.change')}
        </Link>
      </section>

      <section aria-labelledby="authorizations" className="flex flex-col gap-3">
        <h2 id="authorizations" className="text-lg font-semibold">
          {t('authorizations.title')}
        </h2>
        {authorizations.length === 0 ? (
          <EmptyState icon={FileSignature} title={t('authorizations.empty')} />
        ) : (
          <ul className="grid gap-3 md:grid-cols-2">
            {authorizations.map((a) => (
              <li key={a.id} data-testid="authorization" className="flex flex-col gap-3 rounded-lg border bg-card p-4">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge variant={a.status === 'valid' ? 'secondary' : 'destructive'}>
                    {t(`authorizations.status.${a.status}`)}
                  </Badge>
                  {a.usable ? <Badge variant="outline">{t('authorizations.usableByYou')}</Badge> : null}
                </div>
                <FactList
                  rows={[
                    [t('authorizations.principal'), a.principalName],
                    [t('authorizations.agent'), a.agent.name],
                    [
                      t('authorizations.scope'),
                      a.serviceCodes.length
                        ? a.serviceCodes.map((c) => nameOf.get(c) ?? c).join('；')
                        : t('authorizations.allItems'),
                    ],
                    [
                      t('authorizations.validity'),
                      t('authorizations.validityRange', { from: date(a.validFrom), until: date(a.validUntil) }),
                    ],
                  ]}
                />
                <div className="flex flex-wrap items-center gap-3">
                  <a
                    href={`/api/files/${a.file.id}`}
                    target="_blank"
                    rel="noopener"
                    className="text-sm text-primary hover:underline"
                  >
                    {t('authorizations.scan')}
                  </a>
                  {a.revocable ? <RevokeAuthorization authorizationId={a.id} /> : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="start" className="flex flex-col gap-3 rounded-lg border bg-card p-4">
          <div>
            <h2 id="start" className="text-lg font-semibold">
              {t('start.title')}
            </h2>
            <p className="text-sm text-muted-foreground">{t('start.intro')}</p>
          </div>
          <StartOnBehalf
            enterpriseId={enterprise.id}
            services={items}
            authorizations={authorizations
              .filter((a) => a.usable)
              .map((a) => ({
                id: a.id,
                serviceCodes: a.serviceCodes,
                label: t('start.authorizationOption', {
                  principal: a.principalName,
                  from: date(a.validFrom),
                  until: date(a.validUntil),
                }),
              }))}
          />
        </section>
        {mayRecord ? (
          <section className="rounded-lg border bg-card p-4">
            <AuthorizationForm enterpriseId={enterprise.id} services={items} today={zoneDate(new Date())} />
          </section>
        ) : null}
      </div>
    </div>
  );
}
