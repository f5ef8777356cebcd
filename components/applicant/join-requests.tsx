import { getFormatter, getTranslations } from 'next-intl/server';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { listJoinRequests } from '@/lib/data/accounts';
import { JoinRequestActions } from './join-request-actions';

type JoinRequest = Awaited<ReturnType<typeof listJoinRequests>>[number];

export async function JoinRequests({ requests }: { requests: JoinRequest[] }) {
  const [t, format] = await Promise.all([getTranslations('applicant.joinRequests'), getFormatter()]);
  if (requests.length === 0) return <p className="text-sm text-muted-foreground">{t('empty')}</p>;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t('applicant')}</TableHead>
          <TableHead>{t('enterprise')}</TableHead>
          <TableHead>{t('requestedAt')}</TableHead>
          <TableHead>{t('actions')}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {requests.map((r) => (
          <TableRow key={`${r.enterpriseId}:${r.userId}`}>
            <TableCell className="min-w-40">
              {r.name}
              <span className="block text-xs text-muted-foreground">{r.email}</span>
            </TableCell>
            <TableCell className="min-w-40">{r.enterpriseName}</TableCell>
            <TableCell className="whitespace-nowrap">
              <time dateTime={r.requestedAt.toISOString()}>
                {format.dateTime(r.requestedAt, { dateStyle: 'medium', timeStyle: 'short' })}
              </time>
            </TableCell>
            <TableCell>
              <JoinRequestActions
                enterpriseId={r.enterpriseId}
                userId={r.userId}
                name={r.name}
                enterpriseName={r.enterpriseName}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
