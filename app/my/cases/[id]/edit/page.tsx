import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { DraftWizard } from '@/components/apply/draft-wizard';
import { getViewer } from '@/lib/auth/session';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('applicant.wizard'))('title') };
}

/** The wizard on one of the enterprise's drafts, or on a case answering a supplement notice. */
export default async function EditApplicationPage({ params }: Props) {
  const { id } = await params;
  if (!z.guid().safeParse(id).success) notFound();
  return <DraftWizard id={id} viewer={await getViewer()} caseHref={`/my/cases/${id}`} backHref="/my" />;
}
