import { forbidden } from 'next/navigation';

/** The proxy rewrites a signed-in user without the role here; this answers 403 with app/forbidden.tsx. */
export default function ForbiddenRoute() {
  forbidden();
}
