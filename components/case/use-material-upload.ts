'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useUploadThing } from '@/lib/storage/uploadthing-client';

export type MaterialUploadState =
  | { status: 'idle' }
  | { status: 'uploading'; progress: number }
  /** `version`: the material version recorded; evidence has none. */
  | { status: 'done'; version?: number }
  /** `error` is a key of `validation`, `case.upload` or `errors`, in that order of lookup. */
  | { status: 'error'; error: string };

export type MaterialUpload = {
  state: MaterialUploadState;
  /** Resolves true once the new version is recorded (the page is then refreshed). */
  upload: (file: File) => Promise<boolean>;
};

type ErrorBody = { error?: { code?: string; fields?: Record<string, string[]> } } | null;

/** The key to show for a refused upload: the first field error, else the error code. */
function errorKey(body: ErrorBody, status: number): string {
  const fields = body?.error?.fields;
  const field = fields ? Object.values(fields).flat()[0] : undefined;
  if (field) return field;
  if (body?.error?.code) return body.error.code;
  if (status === 413) return 'fileTooLarge';
  return 'unexpected';
}

/**
 * Our router's refusals carry a catalogue key as their message (see uploadthing-router.ts);
 * UploadThing's own checks say "Invalid config: FileSizeMismatch" and the like.
 */
function uploadThingErrorKey(error: { code: string; message: string }): string {
  if (/^[a-z][A-Za-z]+$/.test(error.message)) return error.message;
  if (error.message.includes('FileSizeMismatch')) return 'fileTooLarge';
  if (error.message.includes('InvalidFileType') || error.message.includes('UnknownFileType')) return 'fileType';
  if (error.code === 'FORBIDDEN') return 'forbidden';
  if (error.code === 'NOT_FOUND') return 'notFound';
  return 'unexpected';
}

// Never 100 before the server has recorded the file: the last step is the server's.
const percent = (loaded: number, total: number) => Math.min(99, Math.round((loaded / total) * 100));

/**
 * Posts the file to one of our own upload routes (`url`) with XMLHttpRequest, the one browser API
 * that reports upload progress.
 */
export function useFileUpload(url: string): MaterialUpload {
  const router = useRouter();
  const [state, setState] = useState<MaterialUploadState>({ status: 'idle' });
  const request = useRef<XMLHttpRequest | null>(null);
  useEffect(() => () => request.current?.abort(), []);

  const upload = useCallback(
    (file: File) =>
      new Promise<boolean>((resolve) => {
        request.current?.abort();
        const xhr = new XMLHttpRequest();
        request.current = xhr;
        xhr.open('POST', url);
        xhr.responseType = 'json';
        xhr.setRequestHeader('Accept', 'application/json');
        xhr.upload.onprogress = (event) => {
          if (event.lengthComputable) setState({ status: 'uploading', progress: percent(event.loaded, event.total) });
        };
        xhr.onload = () => {
          request.current = null;
          if (xhr.status >= 200 && xhr.status < 300) {
            setState({ status: 'done', version: (xhr.response as { version?: number }).version });
            router.refresh();
            resolve(true);
          } else {
            setState({ status: 'error', error: errorKey(xhr.response as ErrorBody, xhr.status) });
            resolve(false);
          }
        };
        xhr.onerror = () => {
          request.current = null;
          setState({ status: 'error', error: 'network' });
          resolve(false);
        };
        xhr.onabort = () => resolve(false);
        const body = new FormData();
        body.append('file', file);
        setState({ status: 'uploading', progress: 0 });
        xhr.send(body);
      }),
    [url, router],
  );

  return { state, upload };
}

const useLocalMaterialUpload = (caseId: string, materialCode: string) =>
  useFileUpload(`/api/cases/${encodeURIComponent(caseId)}/materials/${encodeURIComponent(materialCode)}`);

/** Uploads straight from the browser to UploadThing; our router checks, signs and records. */
function useUploadThingMaterialUpload(caseId: string, materialCode: string): MaterialUpload {
  const router = useRouter();
  const [state, setState] = useState<MaterialUploadState>({ status: 'idle' });
  const { startUpload } = useUploadThing('caseMaterial', {
    uploadProgressGranularity: 'fine',
    onUploadProgress: (progress) => setState({ status: 'uploading', progress: Math.min(99, Math.round(progress)) }),
    onUploadError: (error) => setState({ status: 'error', error: uploadThingErrorKey(error) }),
  });

  const upload = useCallback(
    async (file: File) => {
      setState({ status: 'uploading', progress: 0 });
      const result = await startUpload([file], { caseId, materialCode });
      if (!result) return false; // onUploadError has set the state
      const data = result[0]?.serverData;
      if (!data?.ok) {
        setState({ status: 'error', error: data ? errorKey({ error: data }, 400) : 'unexpected' });
        return false;
      }
      setState({ status: 'done', version: data.version });
      router.refresh();
      return true;
    },
    [caseId, materialCode, router, startUpload],
  );

  return { state, upload };
}

/**
 * One hook for both upload paths, chosen at build time by NEXT_PUBLIC_STORAGE_DRIVER, so a
 * component calls the same hook on every render whichever path it is.
 */
export const useMaterialUpload: (caseId: string, materialCode: string) => MaterialUpload =
  process.env.NEXT_PUBLIC_STORAGE_DRIVER === 'uploadthing' ? useUploadThingMaterialUpload : useLocalMaterialUpload;
