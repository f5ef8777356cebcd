import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { ExternalLink } from 'lucide-react';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import type { CaseDetail, MaterialVersion } from '@/lib/data/case-detail';
import { waiverCitations } from '@/components/projects/waiver-citation';
import { pickLanguage, type Locale } from '@/lib/i18n/config';
import { isOwed } from '@/lib/domain/obligation-states';

const fileUrl = (fileId: string) => `/api/files/${fileId}`;

/** The catalogue's materials list with what the applicant supplied: the current file previewed, earlier versions listed. */
export async function CaseMaterials({ detail }: { detail: CaseDetail }) {
  const [t, locale, cite] = await Promise.all([
    getTranslations('desk.case.materials'),
    getLocale() as Promise<Locale>,
    waiverCitations(),
  ]);
  const tolerated = new Set(detail.obligations.filter((o) => isOwed(o.status) && o.materialCode).map((o) => o.materialCode));
  return (
    <section aria-labelledby="case-materials" className="flex flex-col gap-3">
      <h2 id="case-materials" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <ul className="flex flex-col gap-3">
        {detail.materials.map((m) => {
          const name = pickLanguage(m.name, locale);
          const current = m.versions.find((v) => v.current);
          const earlier = m.versions.filter((v) => v !== current);
          return (
            <li key={m.code} className="flex flex-col gap-3 rounded-lg border bg-card p-4">
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="font-medium">{name}</h3>
                {m.core && <Badge variant="default">{t('core')}</Badge>}
                <Badge variant="secondary">{m.required ? t('required') : t('optional')}</Badge>
                {m.eLicenceType && <Badge variant="outline">{t('eLicence')}</Badge>}
                {tolerated.has(m.code) && <Badge variant="warning">{t('tolerated')}</Badge>}
                {m.waivedBy && <Badge variant="success">{t('waived')}</Badge>}
                {!current && !m.waivedBy && <Badge variant={m.required ? 'destructive' : 'outline'}>{t('missing')}</Badge>}
              </div>
              {m.waivedBy && <p className="text-sm text-muted-foreground">{cite(m.waivedBy)}</p>}
              {m.drawingSet && current && (
                <Link href={`/cases/${detail.id}/drawings`} className="self-start text-sm text-primary hover:underline">
                  {t('drawingReview')}
                </Link>
              )}
              {current && <CurrentVersion version={current} name={name} />}
              {earlier.length > 0 && (
                <details className="text-sm">
                  <summary className="cursor-pointer text-muted-foreground">{t('earlier', { count: earlier.length })}</summary>
                  <ul className="mt-2 flex flex-col gap-1.5">
                    {earlier.map((v) => (
                      <li key={v.version}>
                        <VersionLine version={v} />
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

async function VersionLine({ version: v }: { version: MaterialVersion }) {
  const [t, format] = await Promise.all([getTranslations('desk.case.materials'), getFormatter()]);
  return (
    <span className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
      <span className="font-medium">{t('version', { version: v.version })}</span>
      {v.source === 'wallet' && <Badge variant="outline">{t('wallet')}</Badge>}
      {v.source === 'generated' && <Badge variant="outline">{t('generated')}</Badge>}
      {v.source === 'wallet' && v.sourceRef && <span className="font-mono text-xs">{t('walletRef', { ref: v.sourceRef })}</span>}
      {v.name && <span className="break-all">{v.name}</span>}
      {v.size !== null && (
        <span className="text-muted-foreground">
          {t('size', { size: format.number(Math.max(1, Math.round(v.size / 1024))) })}
        </span>
      )}
      <span className="text-muted-foreground">
        {t('uploadedAt', { date: format.dateTime(new Date(v.uploadedAt), { dateStyle: 'medium', timeStyle: 'short' }) })}
      </span>
      {v.fileId && (
        <a
          href={fileUrl(v.fileId)}
          target="_blank"
          rel="noopener"
          className="inline-flex items-center gap-1 text-primary hover:underline"
          aria-label={t('openVersion', { version: v.version })}
        >
          <ExternalLink className="size-3.5" aria-hidden />
          {t('open')}
        </a>
      )}
    </span>
  );
}

async function CurrentVersion({ version: v, name }: { version: MaterialVersion; name: string }) {
  const t = await getTranslations('desk.case.materials');
  const type = v.contentType ?? '';
  return (
    <div className="flex flex-col gap-2">
      <VersionLine version={v} />
      {v.fileId &&
        (type.startsWith('image/') ? (
          // A plain img: the file is access-checked and audited per view, not a static asset to optimise.
          // eslint-disable-next-line @next/next/no-img-element
          <img
            src={fileUrl(v.fileId)}
            alt={t('preview', { name })}
            loading="lazy"
            className="max-h-96 w-auto max-w-full self-start rounded-md border bg-muted object-contain"
          />
        ) : type === 'application/pdf' ? (
          <iframe
            src={fileUrl(v.fileId)}
            title={t('preview', { name })}
            loading="lazy"
            className="h-[28rem] max-h-[70vh] w-full rounded-md border bg-muted"
          />
        ) : (
          <p className="text-sm text-muted-foreground">{t('noPreview')}</p>
        ))}
    </div>
  );
}
