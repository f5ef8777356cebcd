import type { Metadata } from 'next';
import Link from 'next/link';
import { FileBadge } from 'lucide-react';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { STATUS_VARIANT } from '@/components/licences/licence-facts';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { getActingEnterpriseFor } from '@/lib/auth/acting-enterprise';
import { listWallet } from '@/lib/data/licences';
import { authorize } from '@/lib/data/viewer';
import { PERMIT_KINDS } from '@/lib/domain/permits';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('licences.wallet'))('title') };
}

/**
 * The e-licence wallet of the enterprise the applicant acts for (chosen in the header): its
 * licences and permits, with the reason of a status change, and the approvals of its completed cases.
 */
export default async function WalletPage() {
  const viewer = await getViewer();
  await guardPage(async () => authorize(viewer, 'case.listOwn'));
  const { current } = await getActingEnterpriseFor(viewer);
  const wallets = current ? [{ enterprise: current, wallet: await guardPage(() => listWallet(viewer, current.id)) }] : [];
  const [t, tf, tp, ts, format, locale] = await Promise.all([
    getTranslations('licences.wallet'),
    getTranslations('licences.fields'),
    getTranslations('licences.permits.fields'),
    getTranslations('licences.status'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);

  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-muted-foreground">{t('intro')}</p>
        {current ? <p className="mt-1 text-sm text-muted-foreground">{t('acting', { name: current.name })}</p> : null}
      </div>
      {wallets.length === 0 ? <p className="text-muted-foreground">{t('noEnterprise')}</p> : null}
      {wallets.map(({ enterprise, wallet }) => (
        <section key={enterprise.id} aria-labelledby={`wallet-${enterprise.id}`} className="flex flex-col gap-4">
          <h2 id={`wallet-${enterprise.id}`} className="text-xl font-semibold">
            {enterprise.name}
          </h2>

          <h3 className="text-lg font-medium">{t('licencesHeading')}</h3>
          {wallet.licences.length === 0 ? (
            <EmptyState
              icon={FileBadge}
              title={t('emptyTitle')}
              body={t('emptyBody')}
              action={{ href: '/services/XC-SL-002', label: t('emptyAction') }}
            />
          ) : (
            <ul className="grid gap-4 md:grid-cols-2">
              {wallet.licences.map((l) => (
                <li key={l.creditCode}>
                  <Card>
                    <CardHeader>
                      <div className="flex flex-wrap items-center gap-2">
                        <span className="font-semibold">{l.name}</span>
                        <Badge variant={STATUS_VARIANT[l.status]}>{ts(l.status)}</Badge>
                      </div>
                      <CardDescription>
                        {tf('creditCode')}: <span className="font-mono">{l.creditCode}</span>
                      </CardDescription>
                    </CardHeader>
                    <CardContent className="flex flex-col gap-3 text-sm">
                      <p>
                        {tf('issuedOn')}: {l.issuedOn} · {tf('authority')}: {l.authority}
                      </p>
                      {l.status !== 'valid' && l.statusReason ? (
                        <p role="note" className="rounded-md border border-warning bg-warning/10 px-3 py-2">
                          {t('statusReason', {
                            reason: l.statusReason,
                            date: format.dateTime(new Date(l.statusChangedAt), { dateStyle: 'medium' }),
                          })}
                        </p>
                      ) : null}
                      <div className="flex flex-wrap gap-2">
                        <Button asChild size="sm">
                          <Link href={`/licences/${l.creditCode}`}>{t('openLicence')}</Link>
                        </Button>
                        <Button asChild size="sm" variant="outline">
                          <Link href={`/verify/${l.creditCode}`}>{t('verifyLicence')}</Link>
                        </Button>
                      </div>
                    </CardContent>
                  </Card>
                </li>
              ))}
            </ul>
          )}

          <h3 className="text-lg font-medium">{t('permitsHeading')}</h3>
          {wallet.permits.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t('permitsEmpty')}</p>
          ) : (
            <ul className="grid gap-4 md:grid-cols-2">
              {wallet.permits.map((p) => (
                <li key={p.number}>
                  <Card>
                    <CardHeader>
                      <div className="flex flex-wrap items-center gap-2">
                        <span className="font-semibold">{pickLanguage(PERMIT_KINDS[p.kind].name, locale)}</span>
                        <Badge variant={STATUS_VARIANT[p.status]}>{ts(p.status)}</Badge>
                      </div>
                      <CardDescription>
                        {tp('number')}: <span className="font-mono">{p.number}</span>
                      </CardDescription>
                    </CardHeader>
                    <CardContent className="flex flex-col gap-3 text-sm">
                      <p>
                        {tp(`subject.${p.kind}`)}: {p.subject}
                      </p>
                      <p>
                        {tp('validUntil')}: {p.validUntil ?? tp('noExpiry')} · {tp('authority')}: {p.authority}
                      </p>
                      {p.statusReason ? (
                        <p role="note" className="rounded-md border border-warning bg-warning/10 px-3 py-2">
                          {t('statusReason', {
                            reason: p.statusReason,
                            date: format.dateTime(new Date(p.statusChangedAt), { dateStyle: 'medium' }),
                          })}
                        </p>
                      ) : null}
                      <div>
                        <Button asChild size="sm" variant="outline">
                          <Link href={`/verify/${p.number}`}>{t('verifyLicence')}</Link>
                        </Button>
                      </div>
                    </CardContent>
                  </Card>
                </li>
              ))}
            </ul>
          )}

          <h3 className="text-lg font-medium">{t('approvalsHeading')}</h3>
          {wallet.approvals.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t('noApprovals')}</p>
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead scope="col">{t('approval.number')}</TableHead>
                  <TableHead scope="col">{t('approval.service')}</TableHead>
                  <TableHead scope="col">{t('approval.completedAt')}</TableHead>
                  <TableHead scope="col">{t('approval.decision')}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {wallet.approvals.map((a) => (
                  <TableRow key={a.caseId}>
                    <TableCell className="font-mono">
                      <Link href={`/cases/${a.caseId}`} className="underline-offset-4 hover:underline">
                        {a.number ?? '—'}
                      </Link>
                    </TableCell>
                    <TableCell>{pickLanguage(a.service, locale)}</TableCell>
                    <TableCell>
                      <time dateTime={a.completedAt}>{format.dateTime(new Date(a.completedAt), { dateStyle: 'medium' })}</time>
                    </TableCell>
                    <TableCell>{t(`decision.${a.decision ?? 'none'}`)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </section>
      ))}
    </div>
  );
}
