'use client';

import * as React from 'react';
import type { Bilingual } from '@/lib/i18n/config';

export type NameVerdict = 'available' | 'similar' | 'refused';
export type NamePartField = 'region' | 'tradeName' | 'industry' | 'organizationForm';

/** The answer of `POST /api/v1/names/check`, as the browser reads it. */
export type NameCheckAnswer = {
  verdict: NameVerdict;
  reasons: { rule: string; part: NamePartField; message: Bilingual; blockingName?: string; freeFrom?: string }[];
  similar: { name: string; score: number }[];
};

export type NameCheckState =
  | { status: 'idle' }
  | { status: 'loading'; previous?: NameCheckAnswer }
  | { status: 'done'; result: NameCheckAnswer }
  | { status: 'invalid'; fields: Partial<Record<NamePartField, string[]>> }
  | { status: 'error' };

const DEBOUNCE_MS = 400;

function isAnswer(body: unknown): body is NameCheckAnswer {
  const b = body as Partial<NameCheckAnswer> | null;
  return Boolean(b && typeof b.verdict === 'string' && Array.isArray(b.reasons) && Array.isArray(b.similar));
}

/** The last answer shown while the next one is on its way. */
export function shownAnswer(state: NameCheckState): NameCheckAnswer | undefined {
  return state.status === 'done' ? state.result : state.status === 'loading' ? state.previous : undefined;
}

/**
 * The live verdict of a name (DESIGN §5): `POST /api/v1/names/check`, asked 400 ms after the
 * last change of its parts (the previous request is aborted); idle until a trade name is
 * typed. The one check behind the public composer and the application wizard.
 */
export function useNameCheck(parts: Record<NamePartField, string>): { state: NameCheckState; retry: () => void } {
  const [state, setState] = React.useState<NameCheckState>({ status: 'idle' });
  const [attempt, setAttempt] = React.useState(0);
  const { region, tradeName, industry, organizationForm } = parts;
  const active = tradeName.trim().length > 0;

  React.useEffect(() => {
    if (!active) {
      setState({ status: 'idle' });
      return;
    }
    setState((s) => ({ status: 'loading', previous: shownAnswer(s) }));
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      try {
        const response = await fetch('/api/v1/names/check', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ region, tradeName, industry, organizationForm }),
          signal: controller.signal,
        });
        const body: unknown = await response.json().catch(() => null);
        if (controller.signal.aborted) return;
        if (response.status === 400) {
          const fields = (body as { error?: { fields?: Partial<Record<NamePartField, string[]>> } } | null)?.error?.fields ?? {};
          setState({ status: 'invalid', fields });
        } else if (response.ok && isAnswer(body)) {
          setState({ status: 'done', result: body });
        } else {
          setState({ status: 'error' });
        }
      } catch (error) {
        if (controller.signal.aborted || (error instanceof DOMException && error.name === 'AbortError')) return;
        setState({ status: 'error' });
      }
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [active, region, tradeName, industry, organizationForm, attempt]);

  const retry = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
