'use client';

import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

/** Move up, move down and remove for one row of an editable list, named after the row for screen readers. */
export function RowControls({
  label,
  index,
  count,
  onMove,
  onRemove,
}: {
  label: string;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}) {
  const t = useTranslations('admin.serviceEdit.rows');
  return (
    <div className="flex gap-1">
      <Button
        type="button"
        variant="ghost"
        size="icon"
        disabled={index === 0}
        onClick={() => onMove(index, index - 1)}
        aria-label={t('up', { label })}
      >
        <ArrowUp aria-hidden />
      </Button>
      <Button
        type="button"
        variant="ghost"
        size="icon"
        disabled={index === count - 1}
        onClick={() => onMove(index, index + 1)}
        aria-label={t('down', { label })}
      >
        <ArrowDown aria-hidden />
      </Button>
      <Button type="button" variant="ghost" size="icon" onClick={() => onRemove(index)} aria-label={t('remove', { label })}>
        <Trash2 aria-hidden />
      </Button>
    </div>
  );
}
