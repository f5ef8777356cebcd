'use client';

import { ExternalLink, FileText } from 'lucide-react';
import { useFormatter, useTranslations } from 'next-intl';
import { useId, useRef, useState } from 'react';
import { checkMaterialFile, materialUploadRule } from '@/lib/storage/rules';
import { useFileUpload, useMaterialUpload } from './use-material-upload';

export type MaterialUploadProps = {
  caseId: string;
  materialCode: string;
  /** The material's name in the page's language. */
  materialName: string;
  maxSizeMb: number;
  current: { fileId: string; name: string; size: number; version: number } | null;
  earlierVersions: number;
  disabled?: boolean;
};

const TYPE_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/**
 * One material of a case: the current file (opened in a new tab through the audited file
 * route), how many earlier versions are kept, and a file input that uploads a new version
 * with visible progress. The browser's checks only save a round trip; the server decides
 * by the file's content.
 */
export function MaterialUpload({ caseId, materialCode, ...field }: MaterialUploadProps) {
  return <UploadField {...field} upload={useMaterialUpload(caseId, materialCode)} />;
}

/**
 * A file that proves something — that a promise was kept, a credit record's clearing, a tolerance
 * commitment signed at the counter: the same field, posting to the route of what it proves (`url`).
 */
export function EvidenceUpload({ url, label, maxSizeMb = 20 }: { url: string; label: string; maxSizeMb?: number }) {
  const upload = useFileUpload(url);
  return <UploadField materialName={label} maxSizeMb={maxSizeMb} current={null} earlierVersions={0} upload={upload} evidence />;
}

type UploadFieldProps = Omit<MaterialUploadProps, 'caseId' | 'materialCode'> & {
  upload: ReturnType<typeof useMaterialUpload>;
  /** Evidence: `materialName` is the whole label; no versions. */
  evidence?: boolean;
};

function UploadField({
  materialName,
  maxSizeMb,
  current,
  earlierVersions,
  disabled,
  upload: { state, upload },
  evidence,
}: UploadFieldProps) {
  const t = useTranslations('case.upload');
  const tv = useTranslations('validation');
  const te = useTranslations('errors');
  const format = useFormatter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [localError, setLocalError] = useState<string>();
  const rule = materialUploadRule(maxSizeMb);
  const uploading = state.status === 'uploading';
  const error = localError ?? (state.status === 'error' ? state.error : undefined);

  const message = (key: string) => (tv.has(key) ? tv(key) : t.has(key) ? t(key) : te.has(key) ? te(key) : te('unexpected'));
  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? t('sizeKb', { size: format.number(Math.max(1, Math.round(bytes / 1024))) })
      : t('sizeMb', { size: format.number(bytes / 1024 / 1024, { maximumFractionDigits: 1 }) });

  async function onChange(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const declared = file.type || TYPE_BY_EXTENSION[file.name.split('.').pop()?.toLowerCase() ?? ''];
    const problem = checkMaterialFile({ size: file.size, detectedType: declared }, rule);
    setLocalError(problem ?? undefined);
    if (!problem && (await upload(file)) && input.current) input.current.value = '';
  }

  return (
    <div className="flex flex-col gap-3">
      {current ? (
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
          <span className="text-muted-foreground">{t('current')}</span>
          <a
            href={`/api/files/${current.fileId}`}
            target="_blank"
            rel="noopener noreferrer"
            className="inline-flex items-center gap-1 font-medium text-primary hover:underline"
          >
            <FileText className="size-4" aria-hidden />
            {current.name}
            <ExternalLink className="size-3" aria-hidden />
            <span className="sr-only">{t('opensInNewTab')}</span>
          </a>
          <span className="text-muted-foreground">
            {size(current.size)} · {t('version', { version: current.version })} ·{' '}
            {t('earlierVersions', { count: earlierVersions })}
          </span>
        </p>
      ) : (
        // Evidence: whoever shows the field shows the file already attached.
        !evidence && <p className="text-sm text-muted-foreground">{t('none')}</p>
      )}

      <div className="flex flex-col gap-1.5">
        <label htmlFor={id} className="text-sm font-medium">
          {evidence ? materialName : current ? t('replace', { material: materialName }) : t('choose', { material: materialName })}
        </label>
        <input
          ref={input}
          id={id}
          type="file"
          accept={rule.accept}
          disabled={disabled || uploading}
          onChange={onChange}
          aria-describedby={`${id}-hint ${id}-status`}
          aria-invalid={error ? true : undefined}
          className="text-sm file:mr-3 file:rounded-md file:border file:border-input file:bg-card file:px-3 file:py-1.5 file:text-sm file:font-medium hover:file:bg-accent disabled:opacity-50"
        />
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {t('hint', { size: maxSizeMb })}
        </p>
      </div>

      <div id={`${id}-status`} aria-live="polite" className="flex flex-col gap-1 text-sm">
        {uploading ? (
          <>
            <progress value={state.progress} max={100} aria-label={t('progressLabel')} className="h-2 w-full max-w-sm" />
            <span>{state.progress >= 99 ? t('processing') : t('uploading', { percent: state.progress })}</span>
          </>
        ) : null}
        {state.status === 'done' && !localError ? (
          <span className="text-success">
            {state.version === undefined ? t('evidenceDone') : t('done', { version: state.version })}
          </span>
        ) : null}
        {error ? <span className="text-destructive">{message(error)}</span> : null}
      </div>
    </div>
  );
}
