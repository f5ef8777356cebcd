'use client';

import { Printer } from 'lucide-react';
import { Button } from '@/components/ui/button';

/** Opens the browser's print dialog. The label comes from the server, so no catalogue is sent for it. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" onClick={() => window.print()} className="no-print">
      <Printer aria-hidden />
      {label}
    </Button>
  );
}
