import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { FilePen, LogIn } from 'lucide-react';
import { CallToActionPanel } from '@/components/catalogue/apply-call-to-action';
import { NameComposer } from '@/components/names/name-composer';
import { Button } from '@/components/ui/button';
import { can } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/session';
import { CUSTOMARY_INDUSTRY_TERMS } from '@/lib/domain/names/industries';
import { regionSuggestions, XUCHANG_AUTHORITY } from '@/lib/domain/names/divisions';

/** The service item of enterprise name pre-approval (企业名称自主申报). */
const NAME_ITEM = 'XC-MC-001';
const RULES = ['r1', 'r2', 'r3'] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('names.page');
  return { title: t('title'), description: t('description') };
}

/** Public: anyone may test a name before applying (DESIGN §5). */
export default async function NamesPage() {
  const [t, viewer] = await Promise.all([getTranslations('names.page'), getViewer()]);
  const applyHref = `/apply/${NAME_ITEM}`;
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-muted-foreground">{t('description')}</p>
      </header>

      <section aria-labelledby="name-rules-heading" className="rounded-lg border bg-muted/40 p-4 text-sm">
        <h2 id="name-rules-heading" className="mb-2 font-semibold">
          {t('rulesTitle')}
        </h2>
        <ul className="flex list-disc flex-col gap-1 pl-5 text-muted-foreground">
          {RULES.map((r) => (
            <li key={r}>{t(`rules.${r}`)}</li>
          ))}
        </ul>
      </section>

      {/* Suggestions only: the check itself knows every division and the whole classification. */}
      <NameComposer regionOptions={regionSuggestions(XUCHANG_AUTHORITY)} industryOptions={CUSTOMARY_INDUSTRY_TERMS} />

      {viewer.kind !== 'user' || can(viewer, 'case.listOwn') ? (
        <CallToActionPanel id="name-apply-heading" title={t('applyTitle')} body={t('applyBody')}>
          <Button asChild className="shrink-0">
            {viewer.kind === 'user' ? (
              <Link href={applyHref}>
                <FilePen aria-hidden />
                {t('applyAction')}
              </Link>
            ) : (
              <Link href={`/login?callbackUrl=${encodeURIComponent(applyHref)}`}>
                <LogIn aria-hidden />
                {t('signInAction')}
              </Link>
            )}
          </Button>
        </CallToActionPanel>
      ) : null}
    </div>
  );
}
