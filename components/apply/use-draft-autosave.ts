'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/actions/define-action';
import { saveDraftAction } from '@/lib/actions/case';
import { CONTACT_KEYS, saveableContact, type ContactAnswers } from '@/lib/validation/application-answers';
import type { WizardValues } from './types';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  /** `at` is null when nothing has been saved yet; `pendingContact`: invalid contact fields wait in the browser. */
  | { kind: 'saved'; at: string | null; pendingContact: boolean }
  /** `fatal`: the draft no longer takes edits (submitted elsewhere, access removed); retrying cannot help. */
  | { kind: 'failed'; error: string; fatal: boolean };

const DEBOUNCE_MS = 800;
const RETRY_MS = 5_000;
const FATAL_ERRORS = new Set(['staleVersion', 'forbidden', 'notFound', 'unauthenticated', 'invalid']);

type Dirty = { contact: Set<keyof ContactAnswers>; fields: Set<string> };

/**
 * Saves the wizard's answers as the applicant types: 800 ms after the last change, only the
 * fields changed since the last save (the server merges them into the draft). Saves run one
 * at a time. A failed save puts its fields back as unsaved and is retried — on a timer, when
 * the browser comes back online and when the page is hidden — so nothing typed is lost;
 * leaving the page with unsaved changes asks first.
 */
export function useDraftAutosave(caseId: string, read: () => WizardValues) {
  const dirty = useRef<Dirty>({ contact: new Set(), fields: new Set() });
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saving = useRef(false);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });

  const run = useCallback(
    async (all: boolean): Promise<'saved' | 'failed' | 'fatal'> => {
      const values = read();
      const contactKeys = all ? [...CONTACT_KEYS] : [...dirty.current.contact];
      const fieldKeys = all ? Object.keys(values.formData) : [...dirty.current.fields];
      const { contact, pending } = saveableContact(values.contact, contactKeys);
      const sentContact = Object.keys(contact) as (keyof ContactAnswers)[];
      dirty.current = { contact: new Set(pending), fields: new Set() };
      if (sentContact.length === 0 && fieldKeys.length === 0) {
        if (pending.length) {
          setStatus((s) =>
            s.kind === 'saved'
              ? { ...s, pendingContact: true }
              : s.kind === 'idle'
                ? { kind: 'saved', at: null, pendingContact: true }
                : s,
          );
        }
        return 'saved';
      }
      const formData = Object.fromEntries(fieldKeys.map((k) => [k, values.formData[k] ?? '']));
      saving.current = true;
      setStatus({ kind: 'saving' });
      let result: ActionResult<{ savedAt: string }>;
      try {
        result = await saveDraftAction({
          caseId,
          ...(sentContact.length ? { contact } : {}),
          ...(fieldKeys.length ? { formData } : {}),
        });
      } catch {
        result = { ok: false, formError: 'unexpected' }; // offline, or the server did not answer
      } finally {
        saving.current = false;
      }
      if (result.ok) {
        setStatus({ kind: 'saved', at: result.data.savedAt, pendingContact: dirty.current.contact.size > 0 });
        return 'saved';
      }
      // Unsent again: the next save reads their current values.
      for (const k of sentContact) dirty.current.contact.add(k);
      for (const k of fieldKeys) dirty.current.fields.add(k);
      const error = result.formError ?? 'unexpected';
      const fatal = FATAL_ERRORS.has(error);
      setStatus({ kind: 'failed', error, fatal });
      return fatal ? 'fatal' : 'failed';
    },
    [caseId, read],
  );

  const retryLater = useRef<() => void>(() => {});

  /** Saves now (after any save in progress); `all` sends every answer, as before a submission. */
  const save = useCallback(
    (all = false): Promise<boolean> => {
      clearTimeout(timer.current);
      const next = queue.current.then(() => run(all));
      queue.current = next.catch(() => undefined);
      return next.then((outcome) => {
        if (outcome === 'failed') retryLater.current();
        return outcome === 'saved';
      });
    },
    [run],
  );

  useEffect(() => {
    retryLater.current = () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        if (dirty.current.contact.size || dirty.current.fields.size) void save();
      }, RETRY_MS);
    };
  }, [save]);

  /** Records a change of one field (`contact.phone`, `formData.address`) and saves after a pause. */
  const changed = useCallback(
    (name: string | undefined) => {
      if (!name) return;
      const [group, key] = name.split('.', 2);
      if (group === 'contact' && (CONTACT_KEYS as readonly string[]).includes(key))
        dirty.current.contact.add(key as keyof ContactAnswers);
      else if (group === 'formData' && key) dirty.current.fields.add(key);
      else return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), DEBOUNCE_MS);
    },
    [save],
  );

  useEffect(() => {
    const unsaved = () => saving.current || dirty.current.fields.size > 0 || dirty.current.contact.size > 0;
    const flush = () => {
      if (unsaved()) void save();
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (unsaved()) event.preventDefault();
    };
    window.addEventListener('online', flush);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('online', flush);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      clearTimeout(timer.current);
    };
  }, [save]);

  return { status, changed, save };
}
