import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { DraftWizard } from '@/components/apply/draft-wizard';
import { getViewer } from '@/lib/auth/session';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('onBehalf'))('title') };
}

/** The wizard on a draft the viewer is filing on an enterprise's behalf (帮办代办); once submitted, the desk's case page. */
export default async function OnBehalfWizardPage({ params }: Props) {
  const { id } = await params;
  if (!z.guid().safeParse(id).success) notFound();
  return <DraftWizard id={id} viewer={await getViewer()} caseHref={`/desk/cases/${id}`} backHref="/desk/on-behalf" />;
}
