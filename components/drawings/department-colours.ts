/**
 * The colour of each department taking part in a review, by its place in the case's task list,
 * so a pin and its entry in the list read as the same department's. Literal class names, for
 * Tailwind to find.
 */
const PALETTE = [
  { pin: 'bg-red-600', tag: 'border-red-600 text-red-700' },
  { pin: 'bg-blue-600', tag: 'border-blue-600 text-blue-700' },
  { pin: 'bg-emerald-600', tag: 'border-emerald-600 text-emerald-700' },
  { pin: 'bg-amber-600', tag: 'border-amber-600 text-amber-800' },
  { pin: 'bg-violet-600', tag: 'border-violet-600 text-violet-700' },
  { pin: 'bg-cyan-700', tag: 'border-cyan-700 text-cyan-800' },
  { pin: 'bg-pink-600', tag: 'border-pink-600 text-pink-700' },
] as const;
/** A department no longer among the case's tasks keeps its comments, in grey. */
const OTHER = { pin: 'bg-slate-600', tag: 'border-slate-600 text-slate-700' } as const;

export type DepartmentColour = { pin: string; tag: string };

export function departmentColours(departments: readonly { id: string }[]): (departmentId: string) => DepartmentColour {
  const index = new Map(departments.map((d, i) => [d.id, i]));
  return (departmentId) => {
    const i = index.get(departmentId);
    return i === undefined ? OTHER : PALETTE[i % PALETTE.length];
  };
}
