import { generateReactHelpers } from '@uploadthing/react';
import type { CaseMaterialRouter } from './uploadthing-router';

/** Typed UploadThing hooks for the browser, used only when NEXT_PUBLIC_STORAGE_DRIVER is `uploadthing`. */
export const { useUploadThing } = generateReactHelpers<CaseMaterialRouter>({ url: '/api/uploadthing' });
