'use client';

import dynamic from 'next/dynamic';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/input';
import type { DrawingCommentView, DrawingReview as Review } from '@/lib/data/drawings';
import { commentsOnVersion } from '@/lib/domain/drawing-comments';
import { pickLanguage, type Locale } from '@/lib/i18n/config';
import { cn } from '@/lib/utils';
import { CommentForm, type PinPosition } from './comment-form';
import { departmentColours, type DepartmentColour } from './department-colours';
import { SettleButtons } from './settle-buttons';

// pdf.js runs in the browser only, and its chunk and worker load on this page alone.
const SheetViewer = dynamic(() => import('./sheet-viewer'), { ssr: false });

type Numbered = DrawingCommentView & { number: number };

/**
 * The review of a drawing set: one version's sheets with the departments' pins, the list of
 * their comments by sheet beside them (below on a phone), and, for a reviewer of a department
 * taking part, a click on a sheet of the current version to pin a new comment.
 */
export function DrawingReview({ review }: { review: Review }) {
  const t = useTranslations('drawings.review');
  const locale = useLocale() as Locale;
  const [versionId, setVersionId] = useState(review.versions[0].id);
  const [selected, setSelected] = useState<string | null>(null);
  const [pin, setPin] = useState<PinPosition | null>(null);
  const shown = review.versions.find((v) => v.id === versionId) ?? review.versions[0];
  const current = review.versions.find((v) => v.current);
  const comments: Numbered[] = commentsOnVersion(review.comments, shown).map((c, i) => ({ ...c, number: i + 1 }));
  const colourOf = departmentColours(review.departments);
  const placing = review.mayComment && shown.current;
  const departmentName = (c: DrawingCommentView) => pickLanguage(c.department.name, locale);

  const select = (id: string) => {
    setSelected(id);
    document.getElementById(`comment-${id}`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="flex min-w-0 flex-col gap-3">
        <div className="flex flex-col gap-1.5 sm:max-w-xs">
          <Label htmlFor="drawing-version">{t('version')}</Label>
          <NativeSelect
            id="drawing-version"
            value={shown.id}
            onChange={(event) => {
              setVersionId(event.target.value);
              setPin(null);
            }}
          >
            {review.versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.current ? t('versionCurrent', { version: v.version }) : t('versionOption', { version: v.version })}
              </option>
            ))}
          </NativeSelect>
        </div>
        {!shown.current && <p className="text-sm text-muted-foreground">{t('outdated', { version: shown.version })}</p>}
        {placing && <p className="text-sm text-muted-foreground">{t('placeHint')}</p>}
        {shown.fileId ? (
          <SheetViewer
            key={shown.id}
            fileUrl={`/api/files/${shown.fileId}`}
            onPlace={placing ? (sheet, x, y) => setPin({ sheet, x, y }) : undefined}
            overlay={(sheet) => (
              <>
                {comments
                  .filter((c) => c.sheet === sheet)
                  .map((c) => (
                    <Pin
                      key={c.id}
                      comment={c}
                      colour={colourOf(c.department.id)}
                      active={selected === c.id}
                      label={t('pin', { number: c.number, department: departmentName(c) })}
                      onSelect={() => select(c.id)}
                    />
                  ))}
                {pin?.sheet === sheet && (
                  <span
                    aria-label={t('newPin')}
                    role="img"
                    className="absolute size-7 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-dashed border-foreground bg-background/70"
                    style={{ left: `${pin.x * 100}%`, top: `${pin.y * 100}%` }}
                  />
                )}
              </>
            )}
            below={(sheet) =>
              pin?.sheet === sheet && current ? (
                <CommentForm caseId={review.case.id} materialId={current.id} pin={pin} onClose={() => setPin(null)} />
              ) : null
            }
          />
        ) : null}
      </div>
      <CommentList
        comments={comments}
        colourOf={colourOf}
        departmentName={departmentName}
        selected={selected}
        currentVersion={current?.version ?? null}
      />
    </div>
  );
}

function Pin({
  comment,
  colour,
  active,
  label,
  onSelect,
}: {
  comment: Numbered;
  colour: DepartmentColour;
  active: boolean;
  label: string;
  onSelect: () => void;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      aria-pressed={active}
      onClick={(event) => {
        // A pin is not a place on the sheet: clicking it must not start a new comment.
        event.stopPropagation();
        onSelect();
      }}
      className={cn(
        'pointer-events-auto absolute flex size-7 -translate-x-1/2 -translate-y-1/2 items-center justify-center rounded-full text-xs font-bold text-white shadow ring-2 ring-white focus-visible:outline-none focus-visible:ring-4 focus-visible:ring-ring',
        colour.pin,
        comment.status === 'resolved' && 'opacity-60',
        active && 'scale-125 ring-foreground',
      )}
      style={{ left: `${comment.x * 100}%`, top: `${comment.y * 100}%` }}
    >
      {comment.number}
    </button>
  );
}

function CommentList({
  comments,
  colourOf,
  departmentName,
  selected,
  currentVersion,
}: {
  comments: Numbered[];
  colourOf: (departmentId: string) => DepartmentColour;
  departmentName: (c: DrawingCommentView) => string;
  selected: string | null;
  currentVersion: number | null;
}) {
  const t = useTranslations('drawings.review');
  const format = useFormatter();
  const sheets = [...new Set(comments.map((c) => c.sheet))].sort((a, b) => a - b);
  return (
    <section aria-labelledby="drawing-comments" className="flex min-w-0 flex-col gap-3">
      <h2 id="drawing-comments" className="text-lg font-semibold">
        {t('comments')}
      </h2>
      {comments.length === 0 && <p className="text-sm text-muted-foreground">{t('commentsEmpty')}</p>}
      {sheets.map((sheet) => (
        <section key={sheet} aria-labelledby={`drawing-comments-sheet-${sheet}`} className="flex flex-col gap-2">
          <h3 id={`drawing-comments-sheet-${sheet}`} className="text-sm font-medium text-muted-foreground">
            {t('sheet', { sheet })}
          </h3>
          <ol className="flex flex-col gap-2">
            {comments
              .filter((c) => c.sheet === sheet)
              .map((c) => {
                const colour = colourOf(c.department.id);
                return (
                  <li
                    key={c.id}
                    id={`comment-${c.id}`}
                    className={cn(
                      'flex flex-col gap-2 rounded-lg border bg-card p-3 text-sm',
                      selected === c.id && 'ring-2 ring-ring',
                    )}
                  >
                    <div className="flex flex-wrap items-center gap-1.5">
                      <span
                        aria-hidden
                        className={cn(
                          'flex size-6 items-center justify-center rounded-full text-xs font-bold text-white',
                          colour.pin,
                        )}
                      >
                        {c.number}
                      </span>
                      <Badge variant="outline" className={colour.tag}>
                        {departmentName(c)}
                      </Badge>
                      <Badge variant={c.status === 'open' ? 'warning' : c.status === 'resolved' ? 'success' : 'secondary'}>
                        {t(`status.${c.status}`)}
                      </Badge>
                      <Badge variant="outline">{t('versionTag', { version: c.version })}</Badge>
                    </div>
                    <p className="break-words whitespace-pre-wrap">{c.body}</p>
                    <p className="text-xs text-muted-foreground">
                      {[
                        c.authorName,
                        format.dateTime(new Date(c.createdAt), { dateStyle: 'medium', timeStyle: 'short' }),
                        c.settledVersion !== null && c.status !== 'open' ? t('settledOn', { version: c.settledVersion }) : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </p>
                    {c.maySettle ? (
                      <SettleButtons commentId={c.id} version={c.version} />
                    ) : c.status === 'open' && currentVersion !== null && c.version < currentVersion ? (
                      <p className="text-xs text-muted-foreground">{t('waiting', { department: departmentName(c) })}</p>
                    ) : null}
                  </li>
                );
              })}
          </ol>
        </section>
      ))}
    </section>
  );
}
