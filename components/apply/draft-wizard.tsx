import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { ApplicationWizard } from '@/components/apply/application-wizard';
import type { ApprovalRouteProps } from '@/components/apply/approval-route';
import { draftAnswers, type WizardField, type WizardMaterial } from '@/components/apply/types';
import { CaseSupplementNotice, supplementItemWording } from '@/components/applicant/case-supplement-notice';
import { departmentNamer } from '@/components/case/department-names';
import { waiverCitations } from '@/components/projects/waiver-citation';
import { guardPage } from '@/lib/auth/page-guard';
import type { Viewer } from '@/lib/auth/permissions';
import { walletMaterialsFor } from '@/lib/data/licences';
import { listHeldNames } from '@/lib/data/name-reservations';
import { getCaseDetail } from '@/lib/data/case-detail';
import { zoneDayStart } from '@/lib/domain/clock';
import { NAME_NOTICE_SOURCE } from '@/lib/domain/name-notice';
import { pickLanguage, type Bilingual, type Locale } from '@/lib/i18n/config';

/**
 * The wizard on a draft, or on a case answering a supplement notice; anything else shows the case
 * page (`caseHref`). The enterprise's members use it from /my; an agent filing on the enterprise's
 * behalf (帮办代办) from the desk.
 */
export async function DraftWizard({
  id,
  viewer,
  caseHref,
  backHref,
}: {
  id: string;
  viewer: Viewer;
  caseHref: string;
  backHref: string;
}) {
  const detail = await guardPage(() => getCaseDetail(viewer, id));
  if (!detail.editable) redirect(caseHref);

  const locale = (await getLocale()) as Locale;
  const [t, tg, tc, wording, cite, tm] = await Promise.all([
    getTranslations('applicant.wizard'),
    getTranslations('catalogue.guide'),
    getTranslations('applicant.caseView'),
    supplementItemWording(departmentNamer(detail.tasks, locale)),
    waiverCitations(),
    getTranslations('promise.methods'),
  ]);
  const text = (b: Bilingual) => pickLanguage(b, locale);
  const supplement = detail.state === 'needs_supplement';
  const notice = supplement ? detail.notices.find((n) => !n.answeredAt) : undefined;
  // The answer goes where the machine sends it: back to the window, or (a revision) to the departments.
  const resubmission = (['resubmit_for_review', 'resubmit'] as const).find((x) => detail.transitions.includes(x));
  if (supplement && !resubmission) redirect(caseHref);
  // In a merged revision notice two departments may flag one item: the flag lists each, one a line.
  const flags = (kind: 'material' | 'field') => {
    const byCode = new Map<string, string[]>();
    for (const item of notice?.items ?? [])
      if (item.kind === kind) byCode.set(item.code, [...(byCode.get(item.code) ?? []), wording.flag(item)]);
    return new Map([...byCode].map(([code, lines]) => [code, lines.join('\n')]));
  };
  const fieldFlags = flags('field');
  const materialFlags = flags('material');

  // A licence application chooses among the names its enterprise holds (DESIGN §6).
  const held = detail.formFields.some((f) => f.type === 'reservedName') ? await listHeldNames(viewer, detail.enterprise.id) : [];
  const format = await getFormatter();
  const fields: WizardField[] = detail.formFields.map((f) => ({
    key: f.key,
    label: text(f.label),
    type: f.type,
    required: f.required,
    options:
      f.type === 'reservedName'
        ? held.map((n) => ({
            value: n.fullName,
            label: n.fullName,
            tag: t('form.heldUntil', { date: format.dateTime(zoneDayStart(n.reservedUntil), { dateStyle: 'medium' }) }),
          }))
        : (f.options ?? []).map((o) => ({ value: o.value, label: text(o.label), tag: o.tag ? text(o.tag) : undefined })),
    min: f.min,
    max: f.max,
    maxItems: f.maxItems,
    hint: f.hint ? text(f.hint) : undefined,
    flag: fieldFlags.get(f.key),
    onlyWhen: f.onlyWhen,
  }));
  // The enterprise's wallet (免提交) and its choice of route are its members' own, not an agent's.
  const member = detail.viewerIsApplicant;
  const wallet = new Map(
    (member ? await walletMaterialsFor(viewer, detail.enterprise.id, detail.materials) : []).map((w) => [
      w.materialCode,
      w.licence,
    ]),
  );
  const materials: WizardMaterial[] = detail.materials.map((m) => {
    const current = m.versions.find((v) => v.current);
    const held = wallet.get(m.code);
    return {
      wallet: held ? { creditCode: held.creditCode, name: held.name } : null,
      fromWallet: current?.source === 'wallet' ? current.sourceRef : null,
      code: m.code,
      name: text(m.name),
      required: m.required,
      core: m.core,
      eLicenceName: m.eLicenceType
        ? tg.has(`eLicenceTypes.${m.eLicenceType}`)
          ? tg(`eLicenceTypes.${m.eLicenceType}`)
          : m.eLicenceType
        : null,
      maxSizeMb: m.maxSizeMb,
      current:
        current?.fileId && current.name && current.size !== null
          ? { fileId: current.fileId, name: current.name, size: current.size, version: current.version }
          : null,
      earlierVersions: m.versions.filter((v) => !v.current).length,
      flag: materialFlags.get(m.code),
      waiver: m.waivedBy ? cite(m.waivedBy) : null,
      generated: m.eLicenceType === NAME_NOTICE_SOURCE,
      replacedByPromise: m.replacedByPromise,
    };
  });
  // How a draft is decided: promise-based approval and tolerance, when the item offers either (DESIGN §4).
  const list = (names: Bilingual[]) => names.map(text).join(locale === 'en' ? ', ' : '、');
  const route: ApprovalRouteProps | undefined =
    !supplement && member && (detail.promise.offered || detail.service.allowsTolerance)
      ? {
          caseId: id,
          route: detail.promise.route,
          promisedClauses: detail.promise.clauses.filter((c) => c.promised).map((c) => c.code),
          promiseOffered: detail.promise.offered,
          toleranceOffered: detail.service.allowsTolerance,
          discredited: detail.enterprise.discredited,
          clauses: detail.promise.clauses.map((c) => ({ code: c.code, text: text(c.text), replaces: list(c.replaces) })),
          verificationDays: detail.promise.verificationDays,
          method: tm(detail.promise.verificationMethod),
        }
      : undefined;
  const formData = draftAnswers(fields, detail.formData);

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-1">
        <Link href={supplement ? caseHref : backHref} className="text-sm text-primary hover:underline">
          {supplement ? tc('backToCase') : tc('back')}
        </Link>
        <h1 className="text-2xl font-bold">{supplement ? t('supplementTitle') : t('title')}</h1>
        <p className="text-muted-foreground">
          {t('meta', { service: text(detail.service.name), enterprise: detail.enterprise.name })}
          {detail.number ? <span className="ml-2 font-mono text-sm">{detail.number}</span> : null}
        </p>
      </header>
      {notice ? (
        <CaseSupplementNotice
          caseId={id}
          notice={notice}
          formFields={detail.formFields}
          tasks={detail.tasks}
          withAction={false}
        />
      ) : null}
      <ApplicationWizard
        caseId={id}
        caseHref={caseHref}
        mode={supplement && resubmission ? resubmission : 'draft'}
        version={detail.version}
        formKey={detail.service.formKey}
        contact={{
          name: detail.contact?.name ?? (viewer.kind === 'user' ? viewer.name : ''),
          phone: detail.contact?.phone ?? '',
          email: detail.contact?.email ?? '',
        }}
        formData={formData}
        fields={fields}
        materials={materials}
        route={route}
      />
    </div>
  );
}
