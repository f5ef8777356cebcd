import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Mail } from 'lucide-react';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { listOutbox } from '@/lib/data/mail-outbox';
import { mailKindLabel } from './mail-kind-label';
import { MailStateBadge } from './mail-state-badge';

type Message = Awaited<ReturnType<typeof listOutbox>>['items'][number];

export async function MailboxTable({ messages }: { messages: Message[] }) {
  const [t, tk, format] = await Promise.all([getTranslations('mail.mailbox'), getTranslations('mail.email'), getFormatter()]);
  if (messages.length === 0) return <EmptyState icon={Mail} title={t('empty.title')} body={t('empty.body')} />;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t('columns.createdAt')}</TableHead>
          <TableHead>{t('columns.to')}</TableHead>
          <TableHead>{t('columns.subject')}</TableHead>
          <TableHead>{t('columns.kind')}</TableHead>
          <TableHead>{t('columns.state')}</TableHead>
          <TableHead className="text-right">{t('columns.attempts')}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {messages.map((m) => (
          <TableRow key={m.id}>
            <TableCell className="whitespace-nowrap">
              {format.dateTime(m.createdAt, { dateStyle: 'short', timeStyle: 'short' })}
            </TableCell>
            <TableCell className="whitespace-nowrap">{m.toAddress}</TableCell>
            <TableCell className="min-w-56">
              <Link href={`/admin/mail/${m.id}`} className="text-primary hover:underline">
                {m.subject}
              </Link>
            </TableCell>
            <TableCell className="min-w-28">
              {mailKindLabel(m.kind, tk)}
              <span className="block text-xs text-muted-foreground">{m.essential ? t('essential') : t('optional')}</span>
            </TableCell>
            <TableCell>
              <MailStateBadge state={m.state} />
            </TableCell>
            <TableCell className="text-right">{format.number(m.attempts)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
