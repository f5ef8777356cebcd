import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { PrintButton } from './print-button';

/** Above the sheet on screen, never on paper. */
export async function NoticeToolbar({ caseId }: { caseId: string }) {
  const t = await getTranslations('notices.toolbar');
  return (
    <div className="no-print mx-auto mb-4 flex w-full max-w-[210mm] flex-wrap items-center gap-3">
      <Button asChild variant="outline">
        <Link href={`/cases/${caseId}`}>{t('back')}</Link>
      </Button>
      <PrintButton label={t('print')} />
      <p className="text-sm text-muted-foreground">{t('hint')}</p>
    </div>
  );
}
