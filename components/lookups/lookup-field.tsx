import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

type Props = {
  name: string;
  label: string;
  hint: string;
  defaultValue?: string;
  /** Already translated. */
  error?: string;
  className?: string;
};

/** One field of the public look-up forms (plain GET forms, validated on the server). */
export function LookupField({ name, label, hint, defaultValue, error, className }: Props) {
  const id = `lookup-${name}`;
  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        name={name}
        defaultValue={defaultValue}
        autoComplete="off"
        spellCheck={false}
        maxLength={60}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        className={className}
      />
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">
        {hint}
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
