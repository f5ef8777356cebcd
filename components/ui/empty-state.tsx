import type { LucideIcon } from 'lucide-react';
import Link from 'next/link';
import { Button } from './button';

/** What an empty list shows: what is (not) there and, where there is one, the next step. */
export function EmptyState({
  icon: Icon,
  title,
  body,
  action,
}: {
  icon?: LucideIcon;
  title: string;
  body?: string;
  action?: { href: string; label: string };
}) {
  return (
    <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed bg-card px-6 py-10 text-center">
      {Icon ? <Icon className="size-10 text-muted-foreground" aria-hidden /> : null}
      <p className="font-medium">{title}</p>
      {body ? <p className="max-w-md text-sm text-muted-foreground">{body}</p> : null}
      {action ? (
        <Button asChild variant="outline">
          <Link href={action.href}>{action.label}</Link>
        </Button>
      ) : null}
    </div>
  );
}
