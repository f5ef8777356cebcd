import type { NextRequest } from 'next/server';
import { createRouteHandler } from 'uploadthing/next';
import { uploadRouter } from './core';

type Handlers = ReturnType<typeof createRouteHandler>;
let active: { token: string; handlers: Handlers } | undefined;

/** Only with a token: without one, uploads go through /api/cases/…/materials and this route does not exist. */
function handlers(): Handlers | null {
  const token = process.env.UPLOADTHING_TOKEN;
  if (!token) return null;
  if (active?.token !== token) active = { token, handlers: createRouteHandler({ router: uploadRouter, config: { token } }) };
  return active.handlers;
}

const disabled = () => Response.json({ error: { code: 'notFound' } }, { status: 404 });

export async function GET(request: NextRequest) {
  return handlers()?.GET(request) ?? disabled();
}

export async function POST(request: NextRequest) {
  return handlers()?.POST(request) ?? disabled();
}
