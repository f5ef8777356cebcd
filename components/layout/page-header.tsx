import Link from 'next/link';

/** A page's heading block: an optional way back, the h1, and what the page is for. */
export function PageHeader({
  back,
  title,
  intro,
  children,
}: {
  back?: { href: string; label: string };
  title: string;
  intro?: string;
  children?: React.ReactNode;
}) {
  return (
    <div>
      {back ? (
        <Link href={back.href} className="text-sm text-primary hover:underline">
          {back.label}
        </Link>
      ) : null}
      <h1 className={back ? 'mt-1 text-2xl font-bold' : 'text-2xl font-bold'}>{title}</h1>
      {intro ? <p className="mt-1 max-w-3xl text-muted-foreground">{intro}</p> : null}
      {children}
    </div>
  );
}
