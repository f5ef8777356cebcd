import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Search } from 'lucide-react';
import { ServiceCard } from '@/components/catalogue/service-card';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { getViewer } from '@/lib/auth/session';
import { listDepartments, listServices } from '@/lib/data/catalogue';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

const AUDIENCES = ['enterprise', 'project'] as const;

export default async function HomePage() {
  const viewer = await getViewer();
  const [t, tc, locale, services, departments] = await Promise.all([
    getTranslations('home'),
    getTranslations('common'),
    getLocale() as Promise<Locale>,
    listServices(viewer),
    listDepartments(),
  ]);
  const steps = ['guide', 'apply', 'accept', 'result'] as const;
  return (
    <div className="flex flex-col gap-10">
      <section className="rounded-xl bg-primary px-6 py-10 text-primary-foreground sm:px-10">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('heroTitle')}</h1>
        <p className="mt-3 max-w-2xl text-primary-foreground/85">{t('heroBody')}</p>
        <form action="/services" role="search" className="mt-6 flex max-w-xl gap-2">
          <label htmlFor="home-search" className="sr-only">
            {t('searchLabel')}
          </label>
          <Input id="home-search" name="q" placeholder={t('searchPlaceholder')} className="bg-card text-foreground" />
          <Button type="submit" variant="secondary">
            <Search aria-hidden />
            {t('searchButton')}
          </Button>
        </form>
      </section>

      <section aria-labelledby="popular">
        <div className="mb-4 flex items-baseline justify-between">
          <h2 id="popular" className="text-xl font-semibold">
            {t('popular')}
          </h2>
          <Link href="/services" className="text-sm text-primary hover:underline">
            {t('allServices')}
          </Link>
        </div>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {services.map((s) => (
            <ServiceCard key={s.code} service={s} />
          ))}
        </div>
      </section>

      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="by-department">
          <h2 id="by-department" className="mb-3 text-lg font-semibold">
            {t('byDepartment')}
          </h2>
          <ul className="flex flex-wrap gap-2">
            {departments.map((d) => (
              <li key={d.code}>
                <Link
                  href={`/services?department=${d.code}`}
                  className="inline-block rounded-md border bg-card px-3 py-2 text-sm hover:bg-accent"
                >
                  {pickLanguage(d.name, locale)}
                </Link>
              </li>
            ))}
          </ul>
          <h2 className="mb-3 mt-6 text-lg font-semibold">{t('byAudience')}</h2>
          <ul className="flex flex-wrap gap-2">
            {AUDIENCES.map((a) => (
              <li key={a}>
                <Link
                  href={`/services?audience=${a}`}
                  className="inline-block rounded-md border bg-card px-3 py-2 text-sm hover:bg-accent"
                >
                  {tc(`audiences.${a}`)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="how">
          <h2 id="how" className="mb-3 text-lg font-semibold">
            {t('howItWorks')}
          </h2>
          <ol className="flex flex-col gap-3">
            {steps.map((s, i) => (
              <li key={s} className="flex gap-3 rounded-md border bg-card p-3 text-sm">
                <span className="flex size-6 shrink-0 items-center justify-center rounded-full bg-primary text-xs text-primary-foreground">
                  {i + 1}
                </span>
                {t(`steps.${s}`)}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </div>
  );
}
