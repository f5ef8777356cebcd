import type { LucideIcon } from 'lucide-react';
import Link from 'next/link';
import { ChevronRight } from 'lucide-react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';

/** One area of administration on the admin home: what it is, a figure or two, and the way in. */
export function AdminSectionCard({
  icon: Icon,
  href,
  title,
  description,
  linkLabel,
  children,
}: {
  icon: LucideIcon;
  href: string;
  title: string;
  description: string;
  linkLabel: string;
  children: React.ReactNode;
}) {
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Icon className="size-5 text-primary" aria-hidden />
          <h2>
            <Link href={href} className="hover:underline">
              {title}
            </Link>
          </h2>
        </CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        {children}
        <Link href={href} className="inline-flex items-center gap-1 text-sm text-primary hover:underline">
          {linkLabel}
          <ChevronRight className="size-4" aria-hidden />
        </Link>
      </CardContent>
    </Card>
  );
}
