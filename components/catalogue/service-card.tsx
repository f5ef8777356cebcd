import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { ServiceSummary } from '@/lib/data/catalogue';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

export async function ServiceCard({ service }: { service: ServiceSummary }) {
  const [t, locale] = await Promise.all([getTranslations('common'), getLocale() as Promise<Locale>]);
  return (
    <Card className="flex flex-col">
      <CardHeader>
        <div className="flex flex-wrap items-center gap-2">
          <Badge variant="secondary">{t(`kinds.${service.kind}`)}</Badge>
          <span className="font-mono text-xs text-muted-foreground">{service.code}</span>
        </div>
        <CardTitle>
          <Link href={`/services/${service.code}`} className="hover:underline">
            {pickLanguage(service.name, locale)}
          </Link>
        </CardTitle>
        <CardDescription>{pickLanguage(service.leadDepartment.name, locale)}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-1 flex-col gap-3 text-sm">
        <p className="line-clamp-3 text-muted-foreground">{pickLanguage(service.summary, locale)}</p>
        <p className="mt-auto">{t('units.workingDays', { count: service.promisedDays })}</p>
      </CardContent>
    </Card>
  );
}
