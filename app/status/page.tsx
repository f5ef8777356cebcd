import { getTranslations } from 'next-intl/server';

// The page baseline of the benchmark: rendered per request, with no database work of its own.
export const dynamic = 'force-dynamic';

export default async function StatusPage() {
  const t = await getTranslations('api.status');
  return <h1 className="text-xl font-semibold">{t('title')}</h1>;
}
