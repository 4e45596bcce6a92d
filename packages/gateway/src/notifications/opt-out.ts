import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { PUBLIC_API_PATHS, type Localized } from '@dvc-kit/core';
import { Hono } from 'hono';
import type { Context } from 'hono';
import type { BodyLimits } from '../http/body-limits';
import type { GatewayEnv } from '../http/env';
import type { GatewayStorage } from '../storage/types';
import { notificationMessages as texts } from './messages';

/** Hash of an e-mail address (lower-cased, trimmed): what the opt-out list keeps, never the address. */
export const addressHash = (address: string): string =>
  createHash('sha256').update(address.trim().toLowerCase()).digest('hex');

/** Signs and checks opt-out links. */
export interface OptOutLinks {
  /** `<publicUrl>/v1/notifications/opt-out?a=<hash>&sig=<hmac>` for an address. */
  url(address: string): string;
  check(hash: string, sig: string): boolean;
}

/** Builds the opt-out link signer (HMAC-SHA256 over the address hash). */
export function createOptOutLinks(secret: string, publicUrl: () => string): OptOutLinks {
  const sign = (hash: string) => createHmac('sha256', `opt-out\n${secret}`).update(hash).digest('base64url');
  return {
    url(address) {
      const hash = addressHash(address);
      return `${publicUrl().replace(/\/+$/, '')}${PUBLIC_API_PATHS.emailOptOut}?a=${hash}&sig=${sign(hash)}`;
    },
    check(hash, sig) {
      if (!/^[0-9a-f]{64}$/.test(hash)) return false;
      const expected = Buffer.from(sign(hash));
      const given = Buffer.from(sig);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}

const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function page(c: Context<GatewayEnv>, status: 200 | 404, title: string, body: string): Response {
  c.header('cache-control', 'no-store');
  return c.html(
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head><body><main>${body}</main></body></html>`,
    status,
  );
}

/** A heading and a paragraph in Vietnamese, then the paragraph in English (our own texts: not escaped). */
const said = (heading: string, text: Localized) => `<h1>${heading}</h1><p>${text.vi}</p><p lang="en">${text.en}</p>`;

const invalid = (c: Context<GatewayEnv>) => {
  const title = texts.localize('opt-out.invalid.title', undefined, 'vi');
  return page(c, 404, title, said(title, texts.localize('opt-out.invalid.text')));
};

/**
 * `GET /v1/notifications/opt-out?a=&sig=`: a page with one button (a mail scanner that
 * follows links does not opt anyone out); `POST` (the button, or a mail client's RFC 8058
 * one-click `List-Unsubscribe-Post`) records the opt-out. Works without JavaScript.
 */
export function optOutRoutes(deps: {
  storage: GatewayStorage;
  links: OptOutLinks;
  bodyLimits: BodyLimits;
}): Hono<GatewayEnv> {
  const routes = new Hono<GatewayEnv>();
  const path = PUBLIC_API_PATHS.emailOptOut;
  routes.get(path, (c) => {
    const hash = c.req.query('a') ?? '';
    const sig = c.req.query('sig') ?? '';
    if (!deps.links.check(hash, sig)) return invalid(c);
    const action = `${path}?a=${hash}&sig=${encodeURIComponent(sig)}`;
    const text = texts.localize('opt-out.ask.text');
    const button = texts.localize('opt-out.ask.button');
    return page(
      c,
      200,
      texts.localize('opt-out.ask.title', undefined, 'vi'),
      `<h1>${texts.localize('opt-out.ask.heading', undefined, 'vi')}</h1><p>${text.vi}</p>
<p lang="en">${text.en}</p>
<form method="post" action="${escape(action)}"><button type="submit">${button.vi} / ${button.en}</button></form>`,
    );
  });
  routes.post(path, deps.bodyLimits.json, async (c) => {
    const hash = c.req.query('a') ?? '';
    const sig = c.req.query('sig') ?? '';
    if (!deps.links.check(hash, sig)) return invalid(c);
    await deps.storage.notifications.optOut(hash, new Date());
    const title = texts.localize('opt-out.done.title', undefined, 'vi');
    return page(c, 200, title, said(title, texts.localize('opt-out.done.text')));
  });
  return routes;
}
